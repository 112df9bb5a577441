package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * "A person familiar with the matter told Reuters …" is the person speaking, not the matter: the
 * grammar's noun phrase stops at the preposition of an adjective that modifies the noun before it.
 * Conditions: the speaker mention follows an adjective and its preposition ("familiar with", "close
 * to", {@link NounPhrases#postmodifying}), and a noun phrase in the same sentence ends right before
 * the adjective. The mention then runs from that phrase's start, headed by its last word. Read after
 * the tagger, before sources that are things are dropped.
 */
final class ModifiedNounSpeakers {

  private ModifiedNounSpeakers() {}

  /** Returns the drafts, each speaker after "familiar with", "close to" … widened to the noun they modify. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().map(sp -> widened(t, d, sp)).orElse(d)).toList();
  }

  private static Draft widened(Tokens t, Draft d, SpeakerMention sp) {
    int first = sp.role().map(r -> Math.min(r.first(), sp.first())).orElse(sp.first());
    int start = modifiedNounStart(t, first, t.sentenceStart(first));
    return start < 0 ? d : d.withSpeaker(new SpeakerMention(new TokenRange(start, sp.last()), first - 3, Optional.empty()));
  }

  /**
   * The first token of the noun phrase that an adjective and its preposition right before
   * {@code first} modify, or -1: "three people" before "familiar with the matter".
   *
   * @param t the tokens
   * @param first the first token of the preposition's object
   * @param lo the leftmost token the noun phrase may use
   * @return the noun phrase's first token or -1
   */
  static int modifiedNounStart(Tokens t, int first, int lo) {
    if (first - 3 < lo || !NounPhrases.postmodifying(t, first - 2)) {
      return -1;
    }
    return NounPhrases.startLeftOf(t, first - 3, lo);
  }
}
