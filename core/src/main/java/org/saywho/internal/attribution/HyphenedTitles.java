package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * A speaker's title joined by a hyphen is whole: "UN Secretary-General António Guterres said", which the
 * tokenizer splits at the hyphen, had the speaker "General António Guterres", and "The so-called
 * experts said" the speaker "called experts". Conditions: the speaker mention's first word is joined by
 * a hyphen to the word before it; the mention then opens at the first word of that hyphened compound
 * and, when that is capitalised, takes in the capitalised proper nouns right before it in its sentence
 * ("UN"), not a day or a month, nor past a comma ("Speaking on Monday, Secretary-General …"). Read
 * after the tagger.
 */
final class HyphenedTitles {

  private HyphenedTitles() {}

  /** Returns the drafts, each speaker that opens inside a hyphened title widened to the whole title. */
  static List<Draft> widened(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> d.speaker().flatMap(sp -> widened(t, sp, words)).map(d::withSpeaker));
  }

  private static Optional<SpeakerMention> widened(Tokens t, SpeakerMention sp, Words words) {
    int first = t.hyphenedFrom(sp.first());
    if (first == sp.first()) {
      return Optional.empty();
    }
    while (t.capitalized(first) && first >= 1 && t.sentence(first - 1) == t.sentence(first) && t.tag(first - 1).equals("NNP") && t.capitalized(first - 1)
        && !t.quoted(first - 1) && !words.isCalendarWord(t.lower(first - 1))) {
      first--;
    }
    return Optional.of(new SpeakerMention(new TokenRange(first, sp.last()), sp.head(), sp.role()));
  }
}
