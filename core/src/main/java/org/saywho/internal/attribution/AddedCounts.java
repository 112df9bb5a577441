package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * Adding to something is not saying: "RJ Barrett added 22 points for Toronto", "the economy added
 * 151,000 jobs", "a survey showed, adding to concerns that tariffs are weighing on the economy" and
 * "the winger would add “pace and creativity” to his attack" report nothing, though "add" is a cue ("he
 * added that …", "she added to reporters that …"). Conditions: reported speech cued by "add", whose
 * content starts right after the cue with a number; or after "to", a noun phrase whose head is no
 * person's noun, and "that"; or right after the cue (past a quote mark) with words that hold no verb,
 * and "to" and a noun phrase follow it. Read after the tagger, which takes the verb for its cue.
 */
final class AddedCounts {

  private AddedCounts() {}

  /** Returns the drafts without those that add a number of things. */
  static List<Draft> without(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    List<Draft> out = drafts.stream().filter(d -> !cuedByAdd(d) || !addsACount(t, d) && !addsToANoun(t, d, words)
        && !addsSomethingTo(t, d)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean cuedByAdd(Draft d) {
    return d.cue().filter(c -> c.lemma().equals("add")).isPresent();
  }

  private static boolean addsACount(Tokens t, Draft d) {
    int first = t.firstAtOrAfter(d.content().start());
    return first == d.cue().get().tokens().last() + 1 && first < t.size() && t.tag(first).equals("CD") && !t.quoted(first);
  }

  /** Whether the content is a thing added to something after it ("add “pace and creativity” to his attack"). */
  private static boolean addsSomethingTo(Tokens t, Draft d) {
    int first = t.firstAtOrAfter(d.content().start());
    int cueLast = d.cue().get().tokens().last();
    int last = t.lastEndingBy(first, d.content().end());
    int to = last + 1;
    while (to < t.size() && Grammar.closingQuote(t, to)) {
      to++;
    }
    if (first >= t.size() || first - cueLast > 2 || first - cueLast == 2 && !Grammar.openingQuote(t, cueLast + 1)
        || to + 1 >= t.size() || !t.lower(to).equals("to") || t.holdsVerb(first, last)) {
      return false;
    }
    return Grammar.determiner(t, to + 1) || Grammar.noun(t, to + 1);
  }

  private static boolean addsToANoun(Tokens t, Draft d, Words words) {
    int to = d.cue().get().tokens().last() + 1;
    int that = t.firstAtOrAfter(d.content().start()) - 1;
    if (to + 1 >= that || that >= t.size() || !t.lower(to).equals("to") || !t.lower(that).equals("that")) {
      return false;
    }
    int end = NounPhrases.endRightOf(t, to + 1, that - 1);
    return end == that - 1 && Grammar.noun(t, end) && !Grammar.proper(t, end) && !words.isAnimate(t.lower(end));
  }
}
