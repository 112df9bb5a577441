package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Tokens;

/**
 * A past participle set off by commas after a noun describes that noun, and what follows its closing
 * comma is the noun's predicate, not the participle's content: in "The plan, proposed by the European
 * Commission in June, would ban new contracts", the Commission proposed the plan; it did not propose
 * "would ban new contracts". Conditions: reported speech cued by a one-word past participle right
 * after a noun and a comma, with "by" after it; its content opens right after the next comma of the
 * sentence, the participle phrase's, with a modal or a finite verb. Such a draft is dropped. Read
 * after {@link ParticipleDescriptions}, which re-cues "The report, written by two economists, says …"
 * by its reporting verb, so that one stays.
 */
final class ParticipleAsides {

  private ParticipleAsides() {}

  /** Returns the drafts without the predicates read as a participle's content. */
  static List<Draft> without(Tokens t, List<Draft> drafts) {
    List<Draft> out = drafts.stream().filter(d -> !predicateAfterAParticiple(t, d)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean predicateAfterAParticiple(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.oneWordCue().isEmpty()) {
      return false;
    }
    int p = d.oneWordCue().getAsInt();
    if (p < 2 || p + 1 >= t.size() || !t.tag(p).equals("VBN") || !Grammar.comma(t, p - 1) || !Grammar.noun(t, p - 2)
        || !t.lower(p + 1).equals("by")) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int comma = p + 2;
    while (comma < first && !Grammar.comma(t, comma) && t.sentence(comma) == t.sentence(p)) {
      comma++;
    }
    return comma == first - 1 && t.sentence(first) == t.sentence(p) && (t.tag(first).equals("MD") || t.finite(first));
  }
}
