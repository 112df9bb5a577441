package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * How something was said is the writer's, not part of what was said: in "China's commerce ministry
 * said Beijing would take necessary measures to protect its companies, without giving details" the
 * ministry did not say it gave no details. Conditions: a content after its cue holds, outside quote
 * marks, a comma and then "without" and a gerund ("without giving details", "without providing
 * evidence", "without elaborating"), with no finite verb, modal or quote mark after it to the
 * content's end; the content is cut before that comma. Not a content before its cue, whose speaker said
 * all of it, nor "without" a clause follows ("…, without saying that the deal was off" keeps what it
 * says). Read after the tagger.
 */
final class MannerPhrases {

  private MannerPhrases() {}

  /** Returns the drafts, each content after its cue without a closing "without" and gerund. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> OccasionPhrases.cutBeforeAClosingPhrase(doc, d, (from, last) -> manner(t, from, last)));
  }

  /** Whether tokens {@code [from, last]} are "without" and a gerund with no finite verb, modal or quote mark. */
  private static boolean manner(Tokens t, int from, int last) {
    if (from + 1 > last || !t.lower(from).equals("without") || !t.tag(from + 1).equals("VBG")) {
      return false;
    }
    for (int i = from + 2; i <= last; i++) {
      if (t.quoted(i) || Grammar.finite(t, i) || t.tag(i).equals("MD") || t.lower(i).equals("that")) {
        return false;
      }
    }
    return true;
  }
}
