package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;

/**
 * A clause about a person that a colon closes introduces their words: "Marianne was more blunt: “Nobody
 * is coming after us.”", "He had a simple message for residents: “Stay home.”" (PolNeAR cues such
 * quotes with the colon: "Cruz called them on it: “…”"). Conditions: a marked quote opens right after
 * a colon outside quotes and no attribution holds it; the colon's sentence opens with a noun phrase of
 * at most {@value #MAX_SUBJECT} words before its first finite verb, headed by a name, "he", "she" or a
 * noun for a person, with no quote mark or other colon before the colon and at most
 * {@value #MAX_CLAUSE} words in all; the quote holds a verb ("He toured the Baltic states: “the hard
 * edge of Europe.”" quotes a phrase, not his words). The speaker is that noun phrase, the cue the
 * colon. "His reply was short: “No.”" (a thing) stays unattributed. Read after the tagger.
 */
final class ClausesBeforeAColon {

  /** The most words of the clause's subject ("The couple's eldest daughter"). */
  private static final int MAX_SUBJECT = 6;
  /** The most words from the sentence's start to the colon. */
  private static final int MAX_CLAUSE = 14;
  private static final double CONFIDENCE = 0.7;

  private ClausesBeforeAColon() {}

  /** Returns the drafts with an attribution added for each quote such a clause introduces. */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon, Words words) {
    List<Draft> out = new ArrayList<>(drafts);
    for (int q = 0; q < doc.quotes().size(); q++) {
      introduced(doc, q, out, lexicon, words).ifPresent(out::add);
    }
    return out.size() == drafts.size() ? drafts : List.copyOf(out);
  }

  private static Optional<Draft> introduced(Article doc, int q, List<Draft> drafts, CueLexicon lexicon, Words words) {
    Tokens t = doc.tokens();
    QuoteSpan quote = doc.quotes().get(q);
    int open = doc.quoteFirstToken(q);
    int colon = open - 1;
    if (!quote.marked() || quote.runsOnFromPrevious() || colon < 1 || !t.word(colon).equals(":") || t.quoted(colon)
        || Draft.anyHolds(drafts, quote.inner())) {
      return Optional.empty();
    }
    int start = t.sentenceStart(colon);
    if (colon - start > MAX_CLAUSE || colon - start < 2) {
      return Optional.empty();
    }
    int verb = colon;
    for (int i = colon - 1; i >= start; i--) {
      if (t.quoted(i) || t.word(i).equals(":")) {
        return Optional.empty();
      }
      verb = t.finite(i) ? i : verb;
    }
    int last = verb - 1;
    if (verb >= colon || last < start || last - start >= MAX_SUBJECT || NounPhrases.startLeftOf(t, last, start) != start) {
      return Optional.empty();
    }
    int head = NounPhrases.head(t, start, last);
    String w = t.lower(head);
    boolean someone = t.tagIs(head, "NNP") || w.equals("he") || w.equals("she") || words.isPersonNoun(w) || words.isTitle(w);
    if (!someone) {
      return Optional.empty();
    }
    if (!t.holdsVerb(open, doc.quoteLastToken(q))) {
      return Optional.empty(); // "He toured the Baltic states: “the hard edge of Europe.”" names, it says nothing
    }
    CueMention cue = new CueMention(new TokenRange(colon, colon), ":", lexicon.kind(":"));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(start, last), head, Optional.empty());
    return Optional.of(Attributor.draft(doc, new Range(open, doc.quoteLastToken(q)), Attribution.Origin.COLON, cue,
        Optional.of(speaker), CONFIDENCE));
  }
}
