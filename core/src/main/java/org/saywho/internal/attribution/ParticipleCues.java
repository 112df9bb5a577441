package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A report clause after a participle cue is that cue's: in "The Law Society urged both sides to return
 * to the table, warning that lives were at stake", "lives were at stake" is warned, not urged, though
 * the tagger may take the main verb for its cue. Conditions: the content opens right after a
 * present participle that the lexicon takes with a reported clause (", warning that", ", saying"),
 * after a comma, and the draft's cue comes before that comma in the sentence. The speaker stays. Read
 * after the tagger.
 */
final class ParticipleCues {

  private ParticipleCues() {}

  /** Returns the drafts with each content after a participle cue cued by it. */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> participleBefore(t, d, lexicon, morphology).map(d::withCue));
  }

  private static Optional<CueMention> participleBefore(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    if (d.cue().isEmpty()) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    if (first >= t.size()) {
      return Optional.empty();
    }
    int verb = first > 0 && t.lower(first - 1).equals("that") ? first - 2 : first - 1;
    int cueLast = d.cue().get().tokens().last();
    if (verb < 1 || cueLast >= verb - 1 || !t.tag(verb).equals("VBG") || !t.word(verb - 1).equals(",") || t.quoted(verb)
        || t.sentence(cueLast) != t.sentence(verb) || t.sentence(first) != t.sentence(verb)) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(verb), t.tag(verb));
    return lexicon.single(lemma).filter(e -> e.frames().contains(CueEntry.Frame.CLAUSE))
        .map(e -> new CueMention(new TokenRange(verb, verb), lemma, lexicon.kind(lemma)));
  }
}
