package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A report inside a sentence's opening subordinate clause ends with that clause: in "As Trump laid out
 * his vision for America, the crowd reacted loudly" Trump laid out "his vision for America", and what
 * the crowd did is the article's. Conditions: the sentence opens (after "and", "but" or "so") with a
 * subordinating word ({@code introductory-clauses.subordinators}: "as", "when", "while", "after",
 * "if"); the cue comes before the sentence's first comma; reported or mixed content runs from before
 * that comma past it, and after the comma a main clause opens: a noun phrase of at most
 * {@value #MAX_SUBJECT} words with no preposition but "of" ("one of her closest aides"), then a
 * finite verb. A quote after the comma ("As Parsons had written, “We just couldn't …”") and a phrase
 * set off by it ("…, before millions of viewers, the most pointed critiques") cut nothing. Read after
 * the tagger.
 */
final class IntroductoryClauses {

  /** The most words of the main clause's subject after the comma ("the network's nightly news anchor"). */
  private static final int MAX_SUBJECT = 8;
  private static final Set<String> SUBORDINATORS = WordSets.named("introductory-clauses.subordinators");
  private static final Set<String> CONJUNCTIONS = WordSets.named("introductory-clauses.conjunctions");

  private IntroductoryClauses() {}

  /** Returns the drafts, each report that ran on from an opening clause into the main one ending with that clause. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    List<Draft> out = drafts.stream().map(d -> trimmed(doc, d)).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static Draft trimmed(Article doc, Draft d) {
    Tokens t = doc.tokens();
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty() || t.size() == 0) {
      return d;
    }
    int cueFirst = d.cue().get().tokens().first();
    int opener = t.sentenceStart(cueFirst);
    if (CONJUNCTIONS.contains(t.lower(opener)) && opener + 1 < cueFirst) {
      opener++;
    }
    if (!SUBORDINATORS.contains(t.lower(opener)) || t.quoted(opener)) {
      return d;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    int comma = -1;
    for (int i = opener + 1; i <= last && i < t.size() && t.sentence(i) == t.sentence(opener); i++) {
      if (Grammar.comma(t, i)) {
        comma = i;
        break;
      }
    }
    if (comma < 0 || comma < cueFirst || comma <= first || comma >= last || t.quoted(comma) || !mainClauseAfter(t, comma, last)) {
      return d;
    }
    return d.withContent(t.span(first, comma - 1), Attributor.typeOf(doc, new Range(first, comma - 1)));
  }

  /** Whether a noun phrase with no preposition but "of" and then a finite verb follow the comma, before {@code last}. */
  private static boolean mainClauseAfter(Tokens t, int comma, int last) {
    for (int i = comma + 1; i <= last && i <= comma + MAX_SUBJECT + 1; i++) {
      if (t.quoted(i) || Grammar.openingQuote(t, i)) {
        return false;
      }
      if (t.finite(i)) {
        return i > comma + 1;
      }
      String tag = t.tag(i);
      boolean nominal = tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("PRP")
          || tag.equals("PRP$") || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH") || t.lower(i).equals("of");
      if (!nominal) {
        return false;
      }
    }
    return false;
  }
}
