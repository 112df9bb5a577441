package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A cue word inside a relative clause that describes the speaker says what the speaker does, not what
 * they said: in "Dr. Kathleen Hanley, a family physician who volunteers at a shelter, told CBC News that
 * living outside is dangerous" the report is told, not volunteered. Conditions: the cue follows "who"
 * or a relative "that" (adverbs skipped); its content starts after the first comma after the cue, and
 * right after that comma (adverbs skipped) stands a finite verb the lexicon takes with a reported
 * clause, before the content; no quote mark between. That verb becomes the cue. A relative cue with a
 * content of its own ("Smith, who testified that the drug was safe, told reporters …") stays. Read
 * after the tagger.
 */
final class ApposedRelativeCues {

  private ApposedRelativeCues() {}

  /** Returns the drafts with each cue inside a speaker's relative clause moved to the clause's main verb. */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> mainVerb(t, d, lexicon, morphology).map(d::withCue));
  }

  private static Optional<CueMention> mainVerb(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    if (d.cue().isEmpty() || t.size() == 0) {
      return Optional.empty();
    }
    int cueFirst = d.cue().get().tokens().first();
    int cueLast = d.cue().get().tokens().last();
    int before = cueFirst - 1;
    while (before >= 0 && Grammar.adverb(t, before)) {
      before--;
    }
    boolean relative = before >= 0 && (t.lower(before).equals("who") || t.lower(before).equals("that") && t.tag(before).equals("WDT"));
    int first = t.firstAtOrAfter(d.content().start());
    if (!relative || first >= t.size() || first <= cueLast + 1 || t.sentence(first) != t.sentence(cueLast)) {
      return Optional.empty();
    }
    int comma = cueLast + 1;
    while (comma < first && !Grammar.comma(t, comma)) {
      if (t.quoted(comma)) {
        return Optional.empty();
      }
      comma++;
    }
    int verb = comma + 1;
    while (verb < first && Grammar.adverb(t, verb)) {
      verb++;
    }
    if (comma >= first || verb >= first || !Grammar.finite(t, verb) || t.quoted(verb)) {
      return Optional.empty();
    }
    return VerbCues.takingAClause(t, verb, lexicon, morphology);
  }
}
