package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A report goes on through a second "that" clause joined to the first: "Libby said the storm had
 * weakened, but that rainfall warnings remained in effect" reports both clauses, where the tagger
 * sometimes stopped at the first. Conditions: reported speech after its cue; right after its content an
 * optional comma, "and" or "but", and "that" opening a clause, outside quote marks (no verb right
 * after it: in "and that is why" it is the subject); then, within the sentence, a finite
 * verb before any quote mark, and no other report starting before the sentence ends. The content then
 * runs to the sentence's last word. Read after the tagger.
 */
final class CoordinatedReports {

  private CoordinatedReports() {}

  /** Returns the drafts, each report that stopped before a second "that" clause carried through it. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> throughSecondClause(t, d, drafts));
  }

  private static Optional<Draft> throughSecondClause(Tokens t, Draft d, List<Draft> drafts) {
    int first = t.firstAtOrAfter(d.content().start());
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty() || first >= t.size() || d.cue().get().tokens().last() >= first) {
      return Optional.empty();
    }
    int last = t.lastEndingBy(first, d.content().end());
    int k = last + 1;
    if (last < 0 || k >= t.size() || t.sentence(k) != t.sentence(last)) {
      return Optional.empty();
    }
    if (t.word(k).equals(",")) {
      k++;
    }
    if (k + 2 >= t.size() || !(t.lower(k).equals("and") || t.lower(k).equals("but")) || !t.lower(k + 1).equals("that")
        || t.finite(k + 2) || t.quoted(k) || t.quoted(k + 1)) {
      return Optional.empty();
    }
    int end = Grammar.lastWordOfSentence(t, k + 2);
    if (t.holdsQuoted(k + 2, end) || !Grammar.holdsAFiniteVerb(t, k + 2, end, false)) {
      return Optional.empty();
    }
    Span rest = Span.of(t.start(k), t.end(end));
    boolean taken = drafts.stream().anyMatch(o -> o != d && (o.content().overlaps(rest)
        || o.cue().map(c -> t.start(c.tokens().first()) >= rest.start() && t.start(c.tokens().first()) < rest.end())
            .orElse(false)));
    return taken ? Optional.empty()
        : Optional.of(d.withContent(Span.of(d.content().start(), t.end(end)), d.type()));
  }
}
