package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * What the news led to is the writer's, not part of what was said: "Australia's central bank … said it
 * was not yet confident inflation was returning sustainably to target, dashing hopes of a cut before
 * mid-year" reports the bank's confidence, not the dashed hopes. Conditions: a content after its cue
 * holds, outside quote marks, a comma and then a participle of a result ({@code
 * trailing-circumstances.results}: "raising", "prompting", "dashing", "sending") with no finite verb or
 * modal after it to the content's end, but one of a relative clause right after its noun ("…, reviving
 * concerns about an economy that grew just 0.6% last year"); the content is cut before that comma. Not a content before its
 * cue, whose speaker said all of it ("The tariffs would go, raising hopes of lower prices, the minister
 * said"), nor a participle a clause of its own follows ("…, raising fears that prices will rise").
 * Read after the tagger.
 */
final class ResultParticiples {

  private static final Set<String> RESULTS = WordSets.named("trailing-circumstances.results");

  private ResultParticiples() {}

  /** Returns the drafts, each content after its cue without a closing participle of a result. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> OccasionPhrases.cutBeforeAClosingPhrase(doc, d, (from, last) -> result(t, from, last)));
  }

  /** Whether tokens {@code [from, last]} open with a result's participle and hold no finite verb, modal or quote mark. */
  private static boolean result(Tokens t, int from, int last) {
    if (!RESULTS.contains(t.lower(from)) || !t.tag(from).equals("VBG")) {
      return false;
    }
    for (int i = from + 1; i <= last; i++) {
      if (t.quoted(i) || Grammar.finite(t, i) && !relativeVerb(t, i) || t.tag(i).equals("MD")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the finite verb at {@code i} is a relative clause's right after its noun's "that" ("an economy that grew"). */
  private static boolean relativeVerb(Tokens t, int i) {
    return i >= 2 && (t.tag(i - 1).equals("WDT") || t.tag(i - 1).equals("WP")) && Grammar.noun(t, i - 2);
  }
}
