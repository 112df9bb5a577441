package org.saywho.internal.attribution;

import org.saywho.internal.doc.Tokens;

/**
 * A noun phrase with a quoted apposition is a subject still waiting for its verb: in "Ofcom said the
 * programme, “People's Forum: The Prime Minister”, had given Sunak “a platform …”", the title is
 * what the programme is called, and "had given" is the programme's verb, not Ofcom's next action.
 * Conditions: a report's words open with a noun phrase (no verb, nothing quoted), a comma, and then
 * only quoted words up to the point asked about. The report goes on past the comma after the quote;
 * the tagger, trained before, stops there, so the merge keeps the grammar's words. Repaired grammar only.
 */
final class QuotedAppositions {

  private QuotedAppositions() {}

  /** Whether tokens {@code [from, to)} are a noun phrase, a comma and a quote in apposition to it. */
  static boolean subjectAwaitingItsVerb(Tokens t, int from, int to) {
    int comma = from;
    while (comma < to && !Grammar.comma(t, comma)) {
      if (t.quoted(comma) || Grammar.verb(t, comma)) {
        return false;
      }
      comma++;
    }
    if (comma == from || comma + 1 >= to || !Grammar.noun(t, comma - 1)) {
      return false;
    }
    for (int k = comma + 1; k < to; k++) {
      if (!t.quoted(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tagger's words {@code tagged} stop at the comma after a subject's quoted apposition
   * where the grammar's words {@code grammar}, from the same token, go on to its verb.
   */
  static boolean cutShort(Tokens t, Range tagged, Range grammar) {
    int comma = tagged.last() + 1;
    return grammar.first() == tagged.first() && grammar.last() > comma && Grammar.comma(t, comma)
        && subjectAwaitingItsVerb(t, tagged.first(), comma);
  }
}
