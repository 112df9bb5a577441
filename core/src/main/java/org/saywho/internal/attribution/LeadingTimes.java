package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A day right after the cue dates the report, not what was reported: "The Bank of Canada said
 * Wednesday it would hold its rate" reports "it would hold its rate". Conditions: reported speech or
 * a partial quote (no quote mark at its start) whose first word follows its cue or speaker directly
 * or through "on" ("reported on Saturday that …"), is a weekday not owning the next word ("Friday's
 * decision" stays), with an optional time of day ("Wednesday night") and complementizer ("that") or
 * comma before a participle ("the official said Thursday, making it the worst outbreak"), and words
 * left after them; a content that is nothing but the day goes. A relative time ("said last week his
 * party was considering one") dates the report too ({@link #pastARelativeTime}). Read after the tagger.
 */
final class LeadingTimes {

  private static final Set<String> RELATIVES = WordSets.named("leading-times.relatives");
  private static final Set<String> SPANS = WordSets.named("leading-times.spans");

  private LeadingTimes() {}

  /**
   * Returns the drafts, each reported content that opens with the report's day starting after it, and
   * without the contents that are nothing but the day ("reported on Saturday that …" read as two
   * contents).
   */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    return drafts.stream().flatMap(d -> trimmed(doc, d).stream()).toList();
  }

  /** The draft with its leading day gone, itself when it has none, or empty when the day is all it reports. */
  private static Optional<Draft> trimmed(Article doc, Draft d) {
    Tokens t = doc.tokens();
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty()) {
      return Optional.of(d);
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first >= t.size() || last < first || !adjoins(t, d, first)) {
      return Optional.of(d);
    }
    if (!Grammar.WEEKDAYS.contains(t.lower(first))) {
      return pastARelativeTime(t, d, first, last);
    }
    if (last == first || last == first + 1 && Grammar.TIMES_OF_DAY.contains(t.lower(last))) {
      return Optional.empty();
    }
    if (last - first < 2 || t.tag(first + 1).equals("POS")) {
      return Optional.of(d);
    }
    int k = first + 1;
    if (Grammar.TIMES_OF_DAY.contains(t.lower(k))) {
      k++;
    }
    if (k < last && t.lower(k).equals("that")) {
      k++;
    } else if (k < last && t.word(k).equals(",") && t.tag(k + 1).equals("VBG")) {
      k++;
    }
    if (k > last || t.quoted(k) || Grammar.punctuation(t, k)) {
      return Optional.of(d);
    }
    return Optional.of(d.withContent(Span.of(t.start(k), d.content().end()), d.type()));
  }

  /**
   * The draft past a relative time that opens its content ("said last week his party was now
   * considering one", "told reporters this month that …"): "last", "this" or "next"
   * ({@code leading-times.relatives}), then a day or a span of time ({@code leading-times.spans}: "week",
   * "year"), then "that" or a clause's subject, not a verb ("said this year will be hard": the year is
   * the subject), a possessive ("said last year's figures") nor a preposition ("said this week at an
   * event …"). Itself otherwise.
   */
  private static Optional<Draft> pastARelativeTime(Tokens t, Draft d, int first, int last) {
    int k = first + 2;
    if (k > last || !RELATIVES.contains(t.lower(first))
        || !(SPANS.contains(t.lower(first + 1)) || Grammar.DAYS.contains(t.lower(first + 1)))) {
      return Optional.of(d);
    }
    if (t.lower(k).equals("that") && k < last) {
      k++;
    } else if (!opensASubject(t, k)) {
      return Optional.of(d);
    }
    if (t.quoted(k) || Grammar.punctuation(t, k)) {
      return Optional.of(d);
    }
    return Optional.of(d.withContent(Span.of(t.start(k), d.content().end()), d.type()));
  }

  /** Whether token {@code k} may open a clause's subject: a noun, pronoun, determiner, number or adjective. */
  private static boolean opensASubject(Tokens t, int k) {
    String tag = t.tag(k);
    return Grammar.noun(t, k) || tag.startsWith("PRP") || tag.equals("DT") || tag.equals("CD") || tag.startsWith("JJ");
  }

  /** Whether the content's first word follows its cue or speaker directly, or through an "on". */
  private static boolean adjoins(Tokens t, Draft d, int first) {
    int before = first - 1;
    if (before >= 1 && t.lower(before).equals("on")) {
      before--;
    }
    return closesCueOrSpeaker(d, before);
  }

  /** Whether token {@code b} is the last of the draft's cue or of its speaker; the draft has a cue. */
  static boolean closesCueOrSpeaker(Draft d, int b) {
    return b >= 0 && (b == d.cue().get().tokens().last() || d.speaker().map(s -> s.last() == b).orElse(false));
  }
}
