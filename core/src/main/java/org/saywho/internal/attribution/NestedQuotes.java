package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.Span;

/**
 * A quote with a cue but no speaker inside another attribution's report is part of that report: in
 * "Jane Doe said the town felt “forgotten”", the grammar also reads “forgotten” as a quote of "felt",
 * whose subject, the town, is no speaker; Jane Doe's mixed report holds it. Conditions: a direct quote
 * whose cue the grammar found and whose speaker it did not, strictly inside the content of another
 * attribution that has a speaker. The quote goes. Read last, over the continuations too.
 */
final class NestedQuotes {

  private NestedQuotes() {}

  /** Returns the drafts without the speakerless quotes another speaker's report holds. */
  static List<Draft> without(List<Draft> drafts) {
    List<Draft> kept = drafts.stream().filter(d -> drafts.stream().noneMatch(o -> holds(o, d))).toList();
    return kept.size() == drafts.size() ? drafts : kept;
  }

  private static boolean holds(Draft outer, Draft quote) {
    return outer != quote && outer.speaker().isPresent() && speakerlessQuoteInside(quote, outer.content());
  }

  /** Whether the draft is a quote with a cue but no speaker strictly inside {@code span}. */
  static boolean speakerlessQuoteInside(Draft quote, Span span) {
    return quote.type() == Quote.Type.DIRECT && quote.speaker().isEmpty() && quote.cue().isPresent()
        && span.contains(quote.content()) && !span.equals(quote.content());
  }
}
