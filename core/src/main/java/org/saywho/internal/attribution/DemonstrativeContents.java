package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A "this" that stands for what was said is the whole content: "Tokunbo Wahab disclosed this on
 * Sunday while inspecting drainage channels" reports "this", not the circumstances after it.
 * Conditions: a reported (not quoted) content opens with "this" outside quote marks, and the word
 * after it opens a phrase or clause of circumstance (a preposition or subordinator: "on", "in",
 * "while"; or "when"), or a comma; not "this week", nor "this is …", where "this" opens the content's
 * own noun phrase or clause. Read after the tagger.
 */
final class DemonstrativeContents {

  private DemonstrativeContents() {}

  /** Returns the drafts, a content of "this" and its circumstances cut to "this". */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> alone(t, d));
  }

  private static Optional<Draft> alone(Tokens t, Draft d) {
    if (d.type() != Quote.Type.INDIRECT) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int next = first + 1;
    if (first >= t.size() || !t.lower(first).equals("this") || t.quoted(first) || next >= t.size()
        || t.start(next) >= d.content().end()) {
      return Optional.empty();
    }
    boolean circumstance = t.tag(next).equals("IN") || t.tag(next).equals("WRB") || Grammar.comma(t, next);
    return circumstance ? Optional.of(d.withContent(Span.of(t.start(first), t.end(first)), d.type())) : Optional.empty();
  }
}
