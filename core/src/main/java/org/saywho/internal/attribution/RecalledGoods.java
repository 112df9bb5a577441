package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Recalling goods is an act, not a memory told: "Tesla is recalling more than 2 million vehicles" and
 * "Ford recalled its F-150 pickups" take products back; "Smith recalled that the plant had closed"
 * remembers. Conditions: reported speech cued by a recalling verb ({@code recalled-goods.verbs}); within
 * its first {@value #MAX_BEFORE_GOODS} words, outside quote marks and before any finite verb or "that",
 * its content names goods ({@code recalled-goods.nouns}: "vehicles", "cars", "products"); a number alone
 * is no sign ("recalled a 2007 immigration bill"). Read after the tagger, as {@link DeclaredActs} is.
 */
final class RecalledGoods {

  /** The most words before the goods' noun ("more than 2 million vehicles"). */
  private static final int MAX_BEFORE_GOODS = 5;
  private static final Set<String> VERBS = WordSets.named("recalled-goods.verbs");
  private static final Set<String> NOUNS = WordSets.named("recalled-goods.nouns");

  private RecalledGoods() {}

  /** Returns the drafts without the goods recalled. */
  static List<Draft> without(Tokens t, List<Draft> drafts) {
    return DeclaredActs.withoutActs(t, drafts, VERBS, NOUNS, MAX_BEFORE_GOODS);
  }
}
