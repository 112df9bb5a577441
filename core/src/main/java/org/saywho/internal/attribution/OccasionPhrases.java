package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;

/**
 * The occasion a report was made on is no part of what was said: "Shigeru Ishiba promised on Friday
 * to raise wages and strengthen the country's defences, in his first policy speech to parliament"
 * reports "to raise wages and strengthen the country's defences". Conditions: a content after its
 * cue ends in a phrase after a comma, outside quote marks, that opens with a preposition of occasion
 * ({@code occasion-phrases.prepositions}: "in", "at", "during"), names a speech event within its noun
 * phrase ({@code speech-events.txt}: "speech", "interview", "news conference") and holds no finite verb
 * or modal; the content is cut before that comma. Not a phrase with a clause of its own ("…, in a
 * speech that was widely criticised, she said …" keeps its verb's clause), nor a content before its
 * cue. Read after the tagger.
 */
final class OccasionPhrases {

  private static final Set<String> PREPOSITIONS = WordSets.named("occasion-phrases.prepositions");

  private OccasionPhrases() {}

  /** Returns the drafts, each content after its cue without a closing phrase of occasion. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts, CueLexicon lexicon) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> cutBeforeAClosingPhrase(doc, d, (from, last) -> occasion(t, from, last, lexicon)));
  }

  /**
   * The draft with its content cut before the first comma, outside quote marks, that opens a phrase
   * {@code closing} accepts (given the phrase's first and the content's last token), when the content
   * comes after its cue; else none.
   */
  static Optional<Draft> cutBeforeAClosingPhrase(Article doc, Draft d, BiPredicate<Integer, Integer> closing) {
    Tokens t = doc.tokens();
    if (d.cue().isEmpty() || t.size() == 0) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first <= d.cue().get().tokens().last() || last <= first + 1) {
      return Optional.empty();
    }
    for (int k = first + 1; k < last; k++) {
      if (Grammar.comma(t, k) && !t.quoted(k) && closing.test(k + 1, last)) {
        Range kept = new Range(first, k - 1);
        return Optional.of(d.withContent(Span.of(t.start(first), t.end(k - 1)), Attributor.typeOf(doc, kept)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether tokens {@code [from, last]} are a phrase of occasion: a listed preposition, then a noun
   * phrase headed by a speech event, and no finite verb, modal or quote mark to the end.
   */
  private static boolean occasion(Tokens t, int from, int last, CueLexicon lexicon) {
    if (!PREPOSITIONS.contains(t.lower(from)) || !t.tag(from).equals("IN")) {
      return false;
    }
    boolean event = false;
    boolean inPhrase = true;
    for (int i = from + 1; i <= last; i++) {
      if (t.quoted(i) || Grammar.finite(t, i) || t.tag(i).equals("MD")) {
        return false;
      }
      inPhrase &= Grammar.noun(t, i) || t.tagIs(i, "JJ") || t.tag(i).equals("DT") || t.tag(i).equals("PRP$")
          || t.tag(i).equals("CD") || t.tag(i).equals("POS");
      event |= inPhrase && lexicon.isSpeechEvent(t.lower(i));
    }
    return event;
  }
}
