package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A cue inside a relative clause set off by commas reports no further than the clause: "Grady, who has
 * pleaded not guilty, sat quietly at the defense table" reports "not guilty", not "not guilty, sat
 * quietly …", whose verb is the main clause's. Conditions: reported speech after its cue; a "who" or
 * "which" right after a comma opens the cue's clause, with no comma between it and the cue; the
 * content's first comma, outside quote marks, is followed by a finite verb or modal (adverbs skipped),
 * the main clause resumed. The content ends before that comma. A later comma may close an aside of the
 * content's own subject ("…, who said the two men, and Mr. Cruz in particular, must do more") and
 * does not count. Read after the tagger.
 */
final class RelativeClauseCues {

  private RelativeClauseCues() {}

  /** Returns the drafts, each content cut at the end of its cue's relative clause. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> withinTheClause(t, d));
  }

  private static Optional<Draft> withinTheClause(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty() || t.size() == 0
        || !insideARelativeClause(t, d.cue().get().tokens().first())) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first <= d.cue().get().tokens().last()) {
      return Optional.empty();
    }
    for (int i = first + 1; i < last; i++) {
      if (t.quoted(i)) {
        return Optional.empty();
      }
      if (Grammar.comma(t, i)) {
        return resumesTheMainClause(t, i + 1, last)
            ? Optional.of(d.withContent(Span.of(d.content().start(), t.end(i - 1)), d.type())) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether a "who" or "which" after a comma opens the clause of the cue at {@code cue}, no comma between. */
  private static boolean insideARelativeClause(Tokens t, int cue) {
    for (int k = cue - 1; k > 0 && t.sentence(k) == t.sentence(cue); k--) {
      if (Grammar.comma(t, k) || t.quoted(k)) {
        return false;
      }
      if (t.lower(k).equals("who") || t.lower(k).equals("which")) {
        return Grammar.comma(t, k - 1);
      }
    }
    return false;
  }

  /** Whether a finite verb or modal, adverbs skipped, stands at {@code from} outside quote marks. */
  private static boolean resumesTheMainClause(Tokens t, int from, int last) {
    int verb = from;
    while (verb <= last && Grammar.adverb(t, verb)) {
      verb++;
    }
    return verb <= last && !t.quoted(verb) && Grammar.finite(t, verb);
  }
}
