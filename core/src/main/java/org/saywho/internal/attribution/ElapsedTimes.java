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
 * A stretch of time after the cue dates the report, not what was reported: "Apple said two weeks ago
 * that sales were strong" and "Apple told investors a few days later to curb production" report
 * "sales were strong" and "to curb production"; the grammar, which skips "last week" and "on
 * Monday", read the time and the listener into the content. Conditions: reported speech or a partial
 * quote (no quote mark at its start) right after its cue or speaker; optionally a listener of at
 * most {@value #MAX_LISTENER} words; a number, "a", "a few", "several" or "some"
 * ({@code elapsed-times.amounts}), a unit of time ({@code elapsed-times.units}: "weeks", "days") and
 * "ago", "later" or "earlier" ({@code elapsed-times.directions}); then "that", or "to" and a verb, and
 * words after it. The content starts after "that", or at "to". "said two weeks of talks had failed"
 * is no such time: no direction word follows the unit. A content after its cue ends, too, before a
 * comma and such a stretch of time related to an event ({@code elapsed-times.relations}: "…, a day
 * after protesters stormed parliament", "…, just a week before the vote"), and a content that is only
 * such a stretch after its cue's comma ("…, officials said, a day after it killed seven people") is
 * none. Read after the tagger.
 */
final class ElapsedTimes {

  private static final Set<String> AMOUNTS = WordSets.named("elapsed-times.amounts");
  private static final Set<String> UNITS = WordSets.named("elapsed-times.units");
  private static final Set<String> DIRECTIONS = WordSets.named("elapsed-times.directions");
  private static final Set<String> RELATIONS = WordSets.named("elapsed-times.relations");
  private static final int MAX_LISTENER = 4;

  private ElapsedTimes() {}

  /**
   * Returns the drafts, each reported content that opens with the report's time starting after it,
   * and each content after its cue without a closing stretch of time before or after an event ("…, a
   * day after protesters stormed parliament").
   */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> opened = Draft.mendEach(drafts, d -> trimmed(t, d));
    List<Draft> cut = Draft.mendEach(opened,
        d -> OccasionPhrases.cutBeforeAClosingPhrase(doc, d, (from, last) -> timeOfAnEvent(t, from, last)));
    List<Draft> kept = cut.stream().filter(d -> !timeAfterTheCue(t, d)).toList();
    return kept.size() == cut.size() ? cut : kept;
  }

  /**
   * Whether a report is only a stretch of time before or after an event, after its cue or speaker and
   * a comma: "…, officials said, a day after it killed at least seven people" dates what the officials
   * said; it is no second report of theirs.
   */
  private static boolean timeAfterTheCue(Tokens t, Draft d) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty()) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    return first >= 2 && first < last && Grammar.comma(t, first - 1) && LeadingTimes.closesCueOrSpeaker(d, first - 2)
        && timeOfAnEvent(t, first, last);
  }

  /**
   * Whether tokens {@code [from, last]} open with a stretch of time before or after an event ("a day
   * after protesters stormed parliament", "just a week before the vote"; {@code elapsed-times.relations}),
   * which dates the report, not what was said.
   */
  private static boolean timeOfAnEvent(Tokens t, int from, int last) {
    int k = from;
    if ((t.lower(k).equals("just") || t.lower(k).equals("only")) && k < last) {
      k++;
    }
    int end = amountAndUnit(t, k, last);
    return end >= 0 && end < last && RELATIONS.contains(t.lower(end + 1)) && !t.quoted(end + 1);
  }

  private static Optional<Draft> trimmed(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty()) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first >= t.size() || last <= first || !LeadingTimes.closesCueOrSpeaker(d, first - 1) || t.quoted(first)) {
      return Optional.empty();
    }
    for (int time = first; time <= Math.min(last, first + MAX_LISTENER); time++) {
      int end = elapsedTime(t, time, last);
      if (end < 0) {
        continue;
      }
      if (time > first && (!Grammar.nominal(t, time - 1) || t.holdsQuoted(first, time - 1))) {
        return Optional.empty();
      }
      int k = end + 1;
      if (k < last && t.lower(k).equals("that") && !t.quoted(k + 1)) {
        return Optional.of(d.withContent(Span.of(t.start(k + 1), d.content().end()), d.type()));
      }
      if (k < last && t.lower(k).equals("to") && t.tag(k + 1).equals("VB")) {
        return Optional.of(d.withContent(Span.of(t.start(k), d.content().end()), d.type()));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The last token of a stretch of time starting at {@code i} ("two weeks ago", "a few days later"), or -1. */
  private static int elapsedTime(Tokens t, int i, int last) {
    int unit = amountAndUnit(t, i, last);
    return unit >= 0 && unit < last && DIRECTIONS.contains(t.lower(unit + 1)) ? unit + 1 : -1;
  }

  /** The unit of an amount of time starting at {@code i} ("two weeks", "a few days", "a day"), or -1. */
  private static int amountAndUnit(Tokens t, int i, int last) {
    int k = i;
    if (t.lower(k).equals("a") && k + 1 <= last && t.lower(k + 1).equals("few")) {
      k++;
    } else if (!AMOUNTS.contains(t.lower(k)) && !t.tag(k).equals("CD")) {
      return -1;
    }
    k++;
    return k <= last && UNITS.contains(t.lower(k)) ? k : -1;
  }
}
