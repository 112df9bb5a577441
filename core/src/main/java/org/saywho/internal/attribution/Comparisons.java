package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * "Women held about 25 percent of top posts, compared with about 32 percent in government" compares; no
 * one reports anything. Conditions: reported speech whose content opens with "compared with" or
 * "compared to", or whose cue is "compared" right after a comma and right before "with" or "to" (a
 * participle with no object of its own; "Kall compared Trump to a coach" stays). Read after the tagger.
 */
final class Comparisons {

  private Comparisons() {}

  /** Returns the drafts without the comparisons read as reports. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().filter(d -> d.type() != Quote.Type.INDIRECT || !comparison(t, d)).toList();
  }

  private static boolean comparison(Tokens t, Draft d) {
    int first = t.firstAtOrAfter(d.content().start());
    if (first + 1 < t.size() && comparing(t, first)) {
      return true;
    }
    return d.cue().map(c -> {
      int cue = c.tokens().first();
      return cue > 0 && Grammar.comma(t, cue - 1) && cue + 1 < t.size() && comparing(t, cue);
    }).orElse(false);
  }

  /** "compared with" or "compared to" at {@code i}. */
  private static boolean comparing(Tokens t, int i) {
    return t.lower(i).equals("compared") && (t.lower(i + 1).equals("with") || t.lower(i + 1).equals("to"));
  }
}
