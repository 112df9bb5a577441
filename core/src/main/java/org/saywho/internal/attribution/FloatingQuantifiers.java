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
 * A quantifier that floats after its subject is no speaker of its own: "Harris and Trump both said the
 * race was close" is Harris and Trump's report, not one by "both", and so is "The candidates all said
 * …". Conditions: the speaker mention is one such word ({@code floating-quantifiers.words}: "both",
 * "all", "each"), a noun phrase or a personal pronoun ends right before it in its sentence, with no comma
 * between; the speaker becomes that phrase. Read after the tagger.
 */
final class FloatingQuantifiers {

  private static final Set<String> WORDS = WordSets.named("floating-quantifiers.words");

  private FloatingQuantifiers() {}

  /** Returns the drafts, each speaker that is a floating quantifier widened to the subject it follows. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> widened(t, d));
  }

  private static Optional<Draft> widened(Tokens t, Draft d) {
    if (d.speaker().isEmpty()) {
      return Optional.empty();
    }
    SpeakerMention sp = d.speaker().get();
    int q = sp.first();
    int p = q - 1;
    if (q != sp.last() || !WORDS.contains(t.lower(q)) || p < 0 || t.sentence(p) != t.sentence(q)) {
      return Optional.empty();
    }
    if (t.tag(p).equals("PRP")) {
      return Optional.of(d.withSpeaker(new SpeakerMention(new TokenRange(p, p), p, Optional.empty()))); // "They both said"
    }
    if (!Grammar.noun(t, p)) {
      return Optional.empty();
    }
    int s = NounPhrases.startLeftOf(t, p, t.sentenceStart(p));
    int first = s >= 0 ? joinedBefore(t, s) : -1;
    if (first < 0) {
      return Optional.empty();
    }
    return Optional.of(d.withSpeaker(new SpeakerMention(new TokenRange(first, p), NounPhrases.head(t, first, p), Optional.empty())));
  }

  /** The start of a noun phrase joined by "and" before the one at {@code s} ("Harris and Trump"), or {@code s}. */
  private static int joinedBefore(Tokens t, int s) {
    if (s < 2 || !t.lower(s - 1).equals("and") || !Grammar.noun(t, s - 2) || t.sentence(s - 2) != t.sentence(s)) {
      return s;
    }
    int before = NounPhrases.startLeftOf(t, s - 2, t.sentenceStart(s));
    return before >= 0 ? before : s;
  }
}
