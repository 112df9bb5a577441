package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * The role in an apposition after an inverted speaker: "said Doris Grinspun, CEO of the Registered
 * Nurses Association of Ontario", "said Raghu Venugopal, an emergency physician in Toronto", "said
 * Sally Auld, chief economist at JBWere", past an age ("said Jane Doe, 45, a nurse"). Beside the
 * grammar's roles (a determiner and a noun phrase), it opens with a lower-case singular noun, an
 * adjective before one or an acronym, and keeps up to two prepositional phrases; it ends at
 * punctuation, the sentence's end or a relative word other than "that", which may open a clause ("said
 * John Brown, adding that …" has none).
 * It is read after the tagger, so what the tagger reads does not change.
 */
final class AppositiveRoles {

  /**
   * How many prepositional phrases a role may take ("CEO of the association in Ontario", "professor of
   * applied statistics at the Open University in the UK").
   */
  private static final int ATTACHMENTS = 3;
  /** The most letters of an acronym opening a role ("CEO", "CFO"). */
  private static final int ACRONYM = 4;

  /** Participles that qualify an office in a role ("managing partner", "acting director"). */
  private static final Set<String> PARTICIPLE_MODIFIERS = WordSets.named("roles.participle-modifiers");

  private AppositiveRoles() {}

  /** Returns the drafts, an inverted speaker without a role given the one its apposition holds. */
  static List<Draft> with(Article doc, List<Draft> drafts) {
    return drafts.stream().map(d -> withRole(doc, d)).toList();
  }

  private static Draft withRole(Article doc, Draft d) {
    Tokens t = doc.tokens();
    int open = afterAnAge(t, appositionAfterInvertedSpeaker(t, d));
    if (open < 0 || !opensARole(t, open)) {
      return d;
    }
    SpeakerMention sp = d.speaker().get();
    int hi = doc.sentences().get(t.sentence(open)).endToken() - 1;
    int end = NounPhrases.endRightOf(t, open, hi);
    for (int k = 0; k < ATTACHMENTS && end >= 0 && end + 2 <= hi && t.tag(end + 1).equals("IN"); k++) {
      int more = NounPhrases.endRightOf(t, end + 2, hi);
      if (more < 0) {
        break;
      }
      end = more;
    }
    boolean closes = end >= 0 && (end == hi || Grammar.punctuation(t, end + 1) || Grammar.RELATIVE_PRONOUNS.contains(t.lower(end + 1)));
    if (!closes || t.end(end) > d.content().start() && t.start(open) < d.content().end()) {
      return d;
    }
    return d.withSpeaker(new SpeakerMention(sp.tokens(), sp.head(), Optional.of(new TokenRange(open, end))));
  }

  /** The token after an age and its comma opening an apposition ("said Jane Doe, 45, a nurse"), else {@code open}. */
  static int afterAnAge(Tokens t, int open) {
    boolean age = open >= 0 && open + 2 < t.size() && t.tag(open).equals("CD") && Grammar.comma(t, open + 1)
        && t.word(open).chars().allMatch(Character::isDigit) && t.sentence(open + 2) == t.sentence(open);
    return age ? open + 2 : open;
  }

  /**
   * The first token after the comma that follows an inverted speaker without a role, in the
   * speaker's sentence ("said X, …"), or -1.
   */
  static int appositionAfterInvertedSpeaker(Tokens t, Draft d) {
    if (!invertedWithoutARole(d)) {
      return -1;
    }
    SpeakerMention sp = d.speaker().get();
    int open = sp.last() + 2;
    boolean apposed = open < t.size() && Grammar.comma(t, sp.last() + 1) && t.sentence(open) == t.sentence(sp.last());
    return apposed ? open : -1;
  }

  /** Whether the draft's speaker follows its cue ("said X") and has no role yet. */
  static boolean invertedWithoutARole(Draft d) {
    return d.speaker().isPresent() && d.cue().isPresent() && d.speaker().get().role().isEmpty()
        && d.cue().get().tokens().last() < d.speaker().get().first();
  }

  /**
   * Whether a role opens at {@code i}: a determiner, a lower-case singular noun, a lower-case adjective
   * or participle before one ("chief economist", "former mayor", "managing partner"; not "angry at") or
   * an acronym.
   */
  static boolean opensARole(Tokens t, int i) {
    String w = t.word(i);
    boolean acronym = t.tag(i).equals("NNP") && w.length() <= ACRONYM && w.chars().allMatch(Character::isUpperCase);
    return Grammar.determiner(t, i) || lowerNoun(t, i) || qualifiesANoun(t, i) || acronym;
  }

  /**
   * Whether token {@code i} is a lower-case adjective, or a participle that qualifies an office
   * ({@code roles.participle-modifiers}: "managing", "acting", "retired"; not "gasping facedown"),
   * before a lower-case singular noun.
   */
  static boolean qualifiesANoun(Tokens t, int i) {
    String tag = t.tag(i);
    boolean participle = (tag.equals("VBG") || tag.equals("VBN")) && PARTICIPLE_MODIFIERS.contains(t.lower(i));
    boolean modifier = tag.equals("JJ") || participle;
    return modifier && Character.isLowerCase(t.word(i).charAt(0)) && i + 1 < t.size() && lowerNoun(t, i + 1);
  }

  private static boolean lowerNoun(Tokens t, int i) {
    return t.tag(i).equals("NN") && Character.isLowerCase(t.word(i).charAt(0));
  }
}
