package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * "Nick Clegg, Meta's president of global affairs, and Jennifer Newstead, its chief legal officer,
 * wrote …": two people, each described in apposition, joined by "and" before one cue, speak together;
 * the grammar's speaker was the second alone, with her description. Conditions: the speaker stands
 * before its cue and right after ", and"; before that comma a description set off by commas, with no
 * verb, quote mark or other punctuation, of at most {@value #MAX_DESCRIPTION} words; before it a run
 * of capitalised words opening the sentence. The speaker becomes the span from that run through the
 * speaker's own name, without a description; who they are, the entity stage reads as a group. "The
 * company, a unit of Alphabet, and its rivals said" is no such pair: "and" is followed by no name.
 * Read after the tagger.
 */
final class CoordinatedAppositions {

  private static final int MAX_DESCRIPTION = 12;

  private CoordinatedAppositions() {}

  /** Returns the drafts, each second of two described names given the pair as its speaker. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().flatMap(sp -> pair(t, d, sp)).map(d::withSpeaker).orElse(d)).toList();
  }

  private static Optional<SpeakerMention> pair(Tokens t, Draft d, SpeakerMention sp) {
    int and = sp.first() - 1;
    if (d.cue().isEmpty() || sp.last() >= d.cue().get().tokens().first() || and < 2 || !t.lower(and).equals("and")
        || !Grammar.comma(t, and - 1) || !t.tag(sp.first()).equals("NNP") || t.quoted(sp.first())) {
      return Optional.empty();
    }
    int comma = and - 2;
    while (comma > and - 2 - MAX_DESCRIPTION && comma > 0 && !Grammar.punctuation(t, comma)
        && !Grammar.finite(t, comma) && !t.quoted(comma)) {
      comma--;
    }
    if (comma >= and - 2 || comma <= 0 || !Grammar.comma(t, comma) || t.sentence(comma) != t.sentence(sp.first())) {
      return Optional.empty();
    }
    int first = comma - 1;
    while (first > 0 && t.sentence(first - 1) == t.sentence(comma) && t.tag(first - 1).equals("NNP") && !t.quoted(first - 1)) {
      first--;
    }
    if (!t.tag(comma - 1).equals("NNP") || first != t.sentenceStart(comma)) {
      return Optional.empty();
    }
    return Optional.of(new SpeakerMention(new TokenRange(first, sp.last()), sp.head(), Optional.empty()));
  }
}
