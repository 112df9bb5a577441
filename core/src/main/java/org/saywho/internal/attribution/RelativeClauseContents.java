package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A relative clause about the listener says who they are, not what was said to them: "What would you
 * say to parents who are hesitant?" reports nothing, though the tagger had read "who are hesitant" as
 * what "you" say. Conditions: reported speech, cued, whose content opens with a relative pronoun
 * ("who", "which", "whom", "whose") right after the noun phrase of a "to" right after the cue, outside
 * quote marks, and a cue that takes no wh-clause ({@code W} in {@code cues.tsv}: "We asked our readers
 * who their favorite speaker was" puts a question to them). An object's relative clause stays, as
 * part of a told story ("told the story of a single mom who had to go on food stamps"). Read after
 * the tagger.
 */
final class RelativeClauseContents {

  private RelativeClauseContents() {}

  /** Returns the drafts without those whose content is a relative clause after a noun. */
  static List<Draft> without(Article doc, List<Draft> drafts, CueLexicon lexicon) {
    Tokens t = doc.tokens();
    List<Draft> out = drafts.stream().filter(d -> !relativeClause(t, d, lexicon)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean relativeClause(Tokens t, Draft d, CueLexicon lexicon) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty()
        || lexicon.single(d.cue().get().lemma()).filter(e -> e.takes(CueEntry.Frame.WH)).isPresent()) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    if (first >= t.size() || first - 1 <= d.cue().get().tokens().last() || t.quoted(first)) {
      return false;
    }
    String tag = t.tag(first);
    boolean relative = tag.equals("WP") || tag.equals("WP$") || tag.equals("WDT") && !t.lower(first).equals("that");
    if (!relative || !Grammar.noun(t, first - 1)) {
      return false;
    }
    int to = d.cue().get().tokens().last() + 1;
    return t.lower(to).equals("to") && NounPhrases.endRightOf(t, to + 1, first - 1) == first - 1;
  }
}
