package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A nickname is not a quote. One or two capitalised words in quote marks between the parts of a name
 * ("Rep. Robert C. “Bobby” Scott said", "Marcia “Cia” Price") are what people call the person, not
 * words the person said.
 */
final class Nicknames {

  private static final int MAX_WORDS = 2;

  private Nicknames() {}

  /** Returns the drafts without direct quotes that are nicknames. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    return drafts.stream().filter(d -> !nickname(doc, d)).toList();
  }

  private static boolean nickname(Article doc, Draft d) {
    if (d.type() != Quote.Type.DIRECT) {
      return false;
    }
    Tokens t = doc.tokens();
    int first = t.firstAtOrAfter(d.content().start());
    int last = first;
    while (last + 1 < t.size() && t.start(last + 1) < d.content().end()) {
      last++;
    }
    if (first >= t.size() || last - first + 1 > MAX_WORDS) {
      return false;
    }
    if (!t.allCapitalized(first, last)) {
      return false;
    }
    int before = first - 2;
    int after = last + 2;
    return before >= 0 && after < t.size() && doc.paragraphOf(before) == doc.paragraphOf(after)
        && t.capitalized(before) && t.tag(before).startsWith("NNP") && t.capitalized(after) && !t.quoted(after);
  }
}
