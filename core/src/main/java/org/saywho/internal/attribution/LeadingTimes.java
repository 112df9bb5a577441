package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A day right after the cue dates the report, not what was reported: "The Bank of Canada said
 * Wednesday it would hold its rate" reports "it would hold its rate". Conditions: reported speech or
 * a partial quote (no quote mark at its start) whose first word follows its cue or speaker directly,
 * is a weekday not owning the next word ("Friday's decision" stays), with an optional time of day
 * ("Wednesday night") and complementizer ("that"), and words left after them. Read after the tagger.
 */
final class LeadingTimes {

  private LeadingTimes() {}

  /** Returns the drafts, each reported content that opens with the report's day starting after it. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    return drafts.stream().map(d -> trimmed(doc, d)).toList();
  }

  private static Draft trimmed(Article doc, Draft d) {
    Tokens t = doc.tokens();
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty()) {
      return d;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    int before = first - 1;
    boolean adjoins = before >= 0 && (before == d.cue().get().tokens().last()
        || d.speaker().map(s -> s.last() == before).orElse(false));
    if (!adjoins || last - first < 2 || !Grammar.WEEKDAYS.contains(t.lower(first)) || t.tag(first + 1).equals("POS")) {
      return d;
    }
    int k = first + 1;
    if (Grammar.TIMES_OF_DAY.contains(t.lower(k))) {
      k++;
    }
    if (k < last && t.lower(k).equals("that")) {
      k++;
    }
    if (k > last || t.quoted(k) || Grammar.punctuation(t, k)) {
      return d;
    }
    return d.withContent(Span.of(t.start(k), d.content().end()), d.type());
  }
}
