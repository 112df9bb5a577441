package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/** A single verb read as a cue when the lexicon takes its lemma with a given frame. */
final class VerbCues {

  private static final Set<CueEntry.Frame> CLAUSE = Set.of(CueEntry.Frame.CLAUSE);

  private VerbCues() {}

  /**
   * The verb at {@code verb} as a cue, when the lexicon takes its lemma with one of the frames
   * ({@code NOUN_PHRASE} for ", citing people familiar with the matter").
   *
   * @param t the tokens
   * @param verb the verb's token
   * @param lexicon the cue lexicon
   * @param morphology the lemmatiser
   * @param frames the frames, one of which the lexicon must take the lemma with
   * @return the cue, if the lexicon takes it so
   */
  static Optional<CueMention> taking(Tokens t, int verb, CueLexicon lexicon, Morphology morphology, Set<CueEntry.Frame> frames) {
    String lemma = morphology.lemma(t.lower(verb), t.tag(verb));
    return lexicon.single(lemma).filter(e -> e.frames().stream().anyMatch(frames::contains))
        .map(e -> new CueMention(new TokenRange(verb, verb), lemma, lexicon.kind(lemma)));
  }

  /**
   * The verb at {@code verb} as a cue, when the lexicon takes its lemma with a reported clause.
   *
   * @param t the tokens
   * @param verb the verb's token
   * @param lexicon the cue lexicon
   * @param morphology the lemmatiser
   * @return the cue, if the lexicon takes it so
   */
  static Optional<CueMention> takingAClause(Tokens t, int verb, CueLexicon lexicon, Morphology morphology) {
    return taking(t, verb, lexicon, morphology, CLAUSE);
  }
}
