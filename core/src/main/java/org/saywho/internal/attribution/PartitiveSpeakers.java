package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * "The mother of one of the victims said …" is the mother speaking, not the victims: the grammar's noun
 * phrase reaches back over one "of" ("the father of the victim") but stops at a partitive ("of one of
 * the victims"). Conditions: the speaker mention follows "of" after a partitive word ("one", "some",
 * "each", a number …) and another "of"; before that "of" stands a noun for a person of the animacy
 * list, opening its sentence or a clause after a comma, with only a determiner and modifiers before
 * it. The mention then runs from that phrase's start, headed by its noun. Read after the tagger.
 */
final class PartitiveSpeakers {

  private static final Set<String> PARTITIVES = WordSets.named("partitive-speakers.partitives");

  private PartitiveSpeakers() {}

  /** Whether a partitive ("one", "some", "each" … or a number) and "of" start at {@code i}: "one of the victims". */
  static boolean opensPartitive(Tokens t, int i) {
    return i + 1 < t.size() && (PARTITIVES.contains(t.lower(i)) || t.tag(i).equals("CD")) && t.lower(i + 1).equals("of");
  }

  /** Returns the drafts, each partitive speaker mention widened to its person. */
  static List<Draft> widened(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().map(sp -> widened(t, d, sp, words)).orElse(d)).toList();
  }

  private static Draft widened(Tokens t, Draft d, SpeakerMention sp, Words words) {
    int k = sp.first() - 1;
    if (k < 3 || !opensPartitive(t, k - 1) || !t.lower(k - 2).equals("of")) {
      return d;
    }
    int noun = k - 3;
    if (!t.tag(noun).startsWith("NN") || t.capitalized(noun) && noun > 0 && t.sentence(noun - 1) == t.sentence(noun)
        || !words.isAnimate(t.lower(noun))) {
      return d;
    }
    int start = noun;
    while (start > 0 && t.sentence(start - 1) == t.sentence(noun)
        && (Grammar.determiner(t, start - 1) || Grammar.adjective(t, start - 1))) {
      start--;
    }
    boolean opens = t.opensSentence(start) || Grammar.comma(t, start - 1);
    return opens ? d.withSpeaker(new SpeakerMention(new TokenRange(start, sp.last()), noun, sp.role())) : d;
  }
}
