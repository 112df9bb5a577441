package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Recalling goods is an act, not a memory told: "Tesla is recalling more than 2 million vehicles" and
 * "Ford recalled its F-150 pickups" take products back; "Smith recalled that the plant had closed"
 * remembers. Conditions: reported speech cued by a recalling verb ({@code recalled-goods.verbs}); within
 * its first {@value #MAX_BEFORE_GOODS} words, outside quote marks and before any finite verb or "that",
 * its content names goods ({@code recalled-goods.nouns}: "vehicles", "cars", "products"); a number alone
 * is no sign ("recalled a 2007 immigration bill"). Read after the tagger.
 */
final class RecalledGoods {

  /** The most words before the goods' noun ("more than 2 million vehicles"). */
  private static final int MAX_BEFORE_GOODS = 5;
  private static final Set<String> VERBS = WordSets.named("recalled-goods.verbs");
  private static final Set<String> NOUNS = WordSets.named("recalled-goods.nouns");

  private RecalledGoods() {}

  /** Returns the drafts without the goods recalled. */
  static List<Draft> without(Tokens t, List<Draft> drafts) {
    List<Draft> out = drafts.stream().filter(d -> !goodsRecalled(t, d)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean goodsRecalled(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().filter(c -> VERBS.contains(c.lemma())).isEmpty()) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int i = first; i <= last && i < t.size() && i <= first + MAX_BEFORE_GOODS; i++) {
      if (t.quoted(i) || t.finite(i) || t.lower(i).equals("that")) {
        return false;
      }
      if (NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
