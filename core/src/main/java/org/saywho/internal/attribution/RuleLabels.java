package org.saywho.internal.attribution;

import java.util.Arrays;
import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Tokens;

/** What the attribution grammar decided at each token, as a feature of the attribution tagger. */
final class RuleLabels {

  private RuleLabels() {}

  /**
   * Labels each token with the grammar's role for it: content by type ({@code CD}, {@code CM},
   * {@code CI}, with {@code ^} on a content's first token), {@code CUE}, {@code SRC}, or {@code O}.
   */
  static String[] of(Article doc, List<Attribution> rules) {
    Tokens t = doc.tokens();
    String[] out = new String[t.size()];
    Arrays.fill(out, "O");
    for (Attribution a : rules) {
      String type = "C" + a.type().name().charAt(0);
      boolean first = true;
      for (int i = t.firstAtOrAfter(a.content().start()); i < t.size() && t.start(i) < a.content().end(); i++) {
        out[i] = first ? type + "^" : type;
        first = false;
      }
      a.cue().ifPresent(c -> mark(out, c.tokens().first(), c.tokens().last(), "CUE"));
      a.speaker().ifPresent(s -> mark(out, s.first(), s.last(), "SRC"));
    }
    return out;
  }

  private static void mark(String[] out, int first, int last, String label) {
    for (int i = Math.max(0, first); i <= last && i < out.length; i++) {
      out[i] = label;
    }
  }
}
