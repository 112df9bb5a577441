package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A report whose subject carries a relative clause between commas goes on past the clause to its own
 * verb: "Ofwat said the increases, which will add £31 to the average bill, were needed to cut sewage
 * spills" reports that the increases were needed, not only "the increases, which will add £31 to the
 * average bill". The grammar ends a report at a comma before a finite verb, which is usually the
 * speaker's next act ("…, and contrasted …"), and the tagger learned the same. Conditions: reported
 * speech after its cue whose first comma opens a clause with "which" or "who", with no finite verb
 * before that comma; right after the report a comma, then a finite verb or modal (adverbs skipped),
 * outside quote marks; the report then runs to its sentence's closing punctuation, through no quote
 * mark and no other attribution. Read after the tagger.
 */
final class RelativeAsides {

  private RelativeAsides() {}

  /** Returns the drafts with each report cut at its subject's relative clause widened to its verb. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> {
      int end = clauseEnd(t, d, drafts);
      return end < 0 ? d : d.withContent(Span.of(d.content().start(), t.end(end)), d.type());
    }).toList();
  }

  /** The last token of the clause the report's subject opens, or -1. */
  private static int clauseEnd(Tokens t, Draft d, List<Draft> drafts) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty() || t.size() == 0) {
      return -1;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first <= d.cue().get().tokens().last() || !relativeAfterSubject(t, first, last)) {
      return -1;
    }
    int verb = last + 2;
    while (verb < t.size() && Grammar.adverb(t, verb)) {
      verb++;
    }
    if (last + 1 >= t.size() || !Grammar.comma(t, last + 1) || verb >= t.size() || t.quoted(verb) || !Grammar.finite(t, verb)
        || t.sentence(verb) != t.sentence(last)) {
      return -1;
    }
    int end = verb;
    while (end + 1 < t.size() && t.sentence(end + 1) == t.sentence(verb) && !Grammar.sentenceEnd(t, end + 1)) {
      end++;
      if (t.quoted(end)) {
        return -1;
      }
    }
    Span widening = Span.of(t.start(last + 1), t.end(end));
    boolean taken = drafts.stream().anyMatch(o -> o != d && o.content().overlaps(widening));
    return taken ? -1 : end;
  }

  /** Whether the report's first comma opens a "which" or "who" clause, with no finite verb before it. */
  private static boolean relativeAfterSubject(Tokens t, int first, int last) {
    for (int i = first; i < last; i++) {
      if (Grammar.finite(t, i) || t.quoted(i)) {
        return false;
      }
      if (Grammar.comma(t, i)) {
        return i > first && (t.lower(i + 1).equals("which") || t.lower(i + 1).equals("who"));
      }
    }
    return false;
  }
}
