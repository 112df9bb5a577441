package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A verdict is no report: "Jury finds Ohio contractor guilty of fraud", "The judge found him liable"
 * judge someone; they do not say that something is so, as "A study found that coffee drinkers lived
 * longer" does. Conditions: reported speech cued by a verdict verb ({@code verdicts.verbs}: "find",
 * "declare", "rule"); its content, outside quote marks, holds no finite verb and has a verdict adjective
 * ({@code verdicts.adjectives}: "guilty", "liable", "innocent") after a noun phrase of at most
 * {@value #MAX_OBJECT} words. Read after the tagger.
 */
final class Verdicts {

  /** The most words of the judged party before the adjective ("Ohio contractor", "the two former officers"). */
  private static final int MAX_OBJECT = 6;
  private static final Set<String> VERBS = WordSets.named("verdicts.verbs");
  private static final Set<String> ADJECTIVES = WordSets.named("verdicts.adjectives");

  private Verdicts() {}

  /** Returns the drafts without the verdicts. */
  static List<Draft> without(Tokens t, List<Draft> drafts) {
    List<Draft> out = drafts.stream().filter(d -> !verdict(t, d)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean verdict(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().filter(c -> VERBS.contains(c.lemma())).isEmpty()) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int i = first; i <= last && i < t.size(); i++) {
      if (t.quoted(i) || t.finite(i)) {
        return false;
      }
      String w = t.lower(i);
      if (ADJECTIVES.contains(w) || w.equals("not") && i + 1 <= last && ADJECTIVES.contains(t.lower(i + 1))) {
        return i > first && i - first <= MAX_OBJECT;
      }
    }
    return false;
  }
}
