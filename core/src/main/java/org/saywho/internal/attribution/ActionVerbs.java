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
 * A verb whose subject is the target of what others say ({@code target-verbs.txt}) drops its report
 * when alone ("Starmer is facing a growing revolt"), and its speaker when a noun of speech joins it in
 * the cue ("Trump has faced questions about his foundation": others asked). Read after the tagger.
 */
final class ActionVerbs {

  private ActionVerbs() {}

  /**
   * Returns the drafts without those an action verb or a target verb alone cues, and without the
   * speaker of those a target verb cues with its noun.
   */
  static List<Draft> without(Tokens t, List<Draft> drafts, Words words) {
    List<Draft> out = drafts.stream().filter(d -> !cuedByAction(t, d, words))
        .map(d -> d.speaker().isPresent() && cuedByATarget(d, words) ? d.withoutSpeaker() : d).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static boolean cuedByAction(Tokens t, Draft d, Words words) {
    return d.cue().filter(c -> (words.isActionVerb(c.lemma()) || words.isTargetVerb(c.lemma())) && verbAlone(t, c)).isPresent();
  }

  private static boolean cuedByATarget(Draft d, Words words) {
    return d.cue().filter(c -> words.isTargetVerb(c.lemma())).isPresent();
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
