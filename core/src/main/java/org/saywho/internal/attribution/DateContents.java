package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A report that is only its date is none: "Treasury figures released on Tuesday show …" had "Tuesday"
 * as what the figures released, and "The Times reported on Saturday that …", "Romney fired back in
 * March" their days as what was reported, where the tagger read the date after a cue as its content.
 * Conditions: reported speech (no quote mark) whose words are, after an optional "on" or "in", a day of
 * the week ({@code grammar.days}) or a month ({@code grammar.months}), then at most a part of the day
 * ({@code grammar.times-of-day}) or a number ("March 3"). "He announced Tuesday's vote" holds a noun
 * after the day and stays. Read after the tagger.
 */
final class DateContents {

  private static final Set<String> MONTHS = WordSets.named("grammar.months");

  private DateContents() {}

  /** Returns the drafts without the reports that are only a date. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> kept = drafts.stream().filter(d -> !onlyADate(t, d)).toList();
    return kept.size() == drafts.size() ? drafts : kept;
  }

  private static boolean onlyADate(Tokens t, Draft d) {
    if (d.type() != Quote.Type.INDIRECT) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first >= t.size() || last < first || last > first + 2 || t.holdsQuoted(first, last)) {
      return false;
    }
    int k = first;
    if (k < last && (t.lower(k).equals("on") || t.lower(k).equals("in"))) {
      k++;
    }
    if (!Grammar.DAYS.contains(t.lower(k)) && !MONTHS.contains(t.lower(k))) {
      return false;
    }
    return k == last || k + 1 == last && (Grammar.TIMES_OF_DAY.contains(t.lower(last)) || t.tag(last).equals("CD"));
  }
}
