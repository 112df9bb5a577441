package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * "Women held about 25 percent of top posts, compared with about 32 percent in government" compares; no
 * one reports anything. Conditions: reported speech whose content opens with "compared with" or
 * "compared to", or whose cue is "compared" right after a comma and right before "with" or "to" (a
 * participle with no object of its own; "Kall compared Trump to a coach" stays); or the part after a
 * parenthetical cue opens with a word of comparison ({@code comparisons.openers}: "Revenue climbed 31%,
 * the company said, above the US$2.73 billion analysts had expected" reports the climb, and the rest is
 * the article's). Read after the tagger.
 */
final class Comparisons {

  private static final Set<String> OPENERS = WordSets.named("comparisons.openers");

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
    int part = SummaryAppositions.partAfterAParentheticalCue(t, d);
    if (part >= 0 && part + 1 < t.size() && (OPENERS.contains(t.lower(part))
        || OPENERS.contains(t.lower(part) + " " + t.lower(part + 1)))) {
      return true; // "Revenue climbed 31%, the company said, above the US$2.73 billion analysts had expected"
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
