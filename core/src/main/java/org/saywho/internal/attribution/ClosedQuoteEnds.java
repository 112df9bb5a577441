package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A partial quote that closes its sentence closes the report: "Mayor Tom Becker told me that he
 * supports the line “in principle.” Principles do not move commuters." reports the mayor's support,
 * and the next sentence is the writer's. Conditions: a content that is no direct quote runs past a
 * closing quote mark right after a full stop, question or exclamation mark, the next token opens a new
 * sentence, and nothing from there to the content's end is inside quote marks (a quote that goes on
 * over several sentences stays whole). The content ends at the closing mark. Read after the tagger,
 * which reads on across the sentence.
 */
final class ClosedQuoteEnds {

  private ClosedQuoteEnds() {}

  /** Returns the drafts, each report that runs on past a sentence its partial quote closed cut there. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> trimmed(t, d));
  }

  private static Optional<Draft> trimmed(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int i = first + 1; i < last; i++) {
      if (closesASentence(t, i) && t.opensSentence(i + 1) && unquoted(t, i + 1, last)) {
        return Optional.of(d.withContent(Span.of(d.content().start(), t.end(i)), d.type()));
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code i} is a closing quote mark right after a sentence's final punctuation. */
  private static boolean closesASentence(Tokens t, int i) {
    String before = t.word(i - 1);
    return Grammar.closingQuote(t, i) && (before.equals(".") || before.equals("?") || before.equals("!"));
  }

  /** Whether no token of {@code [from, last]} stands inside quote marks. */
  private static boolean unquoted(Tokens t, int from, int last) {
    for (int k = from; k <= last; k++) {
      if (t.quoted(k) || Grammar.openingQuote(t, k)) {
        return false;
      }
    }
    return true;
  }
}
