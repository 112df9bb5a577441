package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * Adding a number of things is not saying: "RJ Barrett added 22 points for Toronto" and "the economy
 * added 151,000 jobs" report nothing, though "add" is a cue ("he added that …"). Conditions: reported
 * speech cued by "add", whose content starts right after the cue with a number. Read after the tagger,
 * which takes the verb for its cue.
 */
final class AddedCounts {

  private AddedCounts() {}

  /** Returns the drafts without those that add a number of things. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> out = drafts.stream().filter(d -> !addsACount(t, d)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean addsACount(Tokens t, Draft d) {
    if (d.cue().isEmpty() || !d.cue().get().lemma().equals("add")) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    return first == d.cue().get().tokens().last() + 1 && first < t.size() && t.tag(first).equals("CD") && !t.quoted(first);
  }
}
