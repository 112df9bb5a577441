package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * Doing is not saying. An attribution cued by a verb of doing in {@code action-verbs.txt} ("Trump has
 * tried to use the ad against Clinton", "they spent millions on ads") reports nothing; the tagger takes
 * such verbs for cues from the frame around them (a subject, then a clause or an infinitive). Conditions:
 * the cue's lemma is on the list and the cue is that verb alone, after auxiliaries and adverbs if any
 * ("has tried", "needs"); a longer cue keeps its report ("gives credit to … for speaking out").
 * Read after the tagger.
 */
final class ActionVerbs {

  private ActionVerbs() {}

  /** Returns the drafts without those an action verb cues. */
  static List<Draft> without(Tokens t, List<Draft> drafts, Words words) {
    List<Draft> out = drafts.stream().filter(d -> !cuedByAction(t, d, words)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean cuedByAction(Tokens t, Draft d, Words words) {
    return d.cue().filter(c -> words.isActionVerb(c.lemma()) && verbAlone(t, c)).isPresent();
  }

  private static boolean verbAlone(Tokens t, CueMention c) {
    int last = c.tokens().last();
    for (int i = c.tokens().first(); i < last; i++) {
      if (!Grammar.auxiliary(t, i) && !Grammar.adverb(t, i)) {
        return false;
      }
    }
    return Grammar.verb(t, last);
  }
}
