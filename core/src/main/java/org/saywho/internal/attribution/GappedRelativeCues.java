package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A cue inside a relative clause whose own subject is the gap: in "…, a move analysts said would
 * tighten supply" and "a decision critics say will raise taxes", the analysts and the critics speak,
 * and what they say is that the move or the decision will do something. The clause before the comma
 * is the article's, not theirs, and "a move" is no part of the speaker. Conditions: a finite verb or
 * modal right after the cue (adverbs skipped), so what was said has no subject of its own; the
 * speaker mention opens with a determiner and a singular common noun, and another noun phrase follows
 * that noun before the cue, opening with no singular common noun (which would make one compound: "the
 * law enforcement agency said was ongoing"). The tagger's cue may hold the gap's verb ("said was aimed
 * at" in "a decision analysts said was aimed at pleasing investors"): a cue whose first word is a verb
 * the lexicon takes with a reported clause and whose second is a finite verb or modal is cut to its
 * first word, and what was said starts at the second. Read after the tagger.
 */
final class GappedRelativeCues {

  private GappedRelativeCues() {}

  /**
   * Returns the drafts with each gapped cue's speaker narrowed and its content before the cue dropped.
   *
   * @param doc the tagged article
   * @param drafts the cued attributions
   * @return the drafts, changed
   */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>();
    for (Draft undivided : drafts) {
      Draft d = withTheGapsVerbInTheContent(t, undivided, lexicon, morphology).orElse(undivided);
      Optional<SpeakerMention> speaker = narrowed(t, d);
      if (speaker.isEmpty()) {
        out.add(d);
      } else if (t.end(d.cue().get().tokens().last()) <= d.content().start()) {
        out.add(d.withSpeaker(speaker.get()));
      } // else the clause before the relative's head noun, which is not what was said
    }
    return out;
  }

  /** The draft with its cue cut to the cue verb, when the verb after it, the gap's, ends the cue. */
  private static Optional<Draft> withTheGapsVerbInTheContent(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    if (d.cue().isEmpty() || d.speaker().isEmpty()) {
      return Optional.empty();
    }
    TokenRange cue = d.cue().get().tokens();
    int verb = cue.first();
    int first = t.firstAtOrAfter(d.content().start());
    if (cue.last() == verb || first != cue.last() + 1 || !Grammar.finite(t, verb) || !Grammar.finite(t, verb + 1)
        || d.speaker().get().last() != verb - 1) {
      return Optional.empty();
    }
    return VerbCues.takingAClause(t, verb, lexicon, morphology)
        .map(c -> d.withCue(c).withContent(Span.of(t.start(verb + 1), d.content().end()), d.type()));
  }

  /** The speaker after the relative's head noun, when the draft's cue is a gapped relative's. */
  private static Optional<SpeakerMention> narrowed(Tokens t, Draft d) {
    if (d.cue().isEmpty() || d.speaker().isEmpty()) {
      return Optional.empty();
    }
    int cueLast = d.cue().get().tokens().last();
    int next = cueLast + 1;
    while (next < t.size() && Grammar.adverb(t, next)) {
      next++;
    }
    SpeakerMention sp = d.speaker().get();
    int noun = sp.first() + 1;
    boolean gapped = next < t.size() && Grammar.finite(t, next) && t.sentence(next) == t.sentence(cueLast);
    boolean opensWithANoun = sp.last() > noun && Grammar.determiner(t, sp.first()) && t.tag(noun).equals("NN")
        && !t.capitalized(noun) && sp.last() < d.cue().get().tokens().first() && sp.head() > noun
        && !t.tag(noun + 1).equals("NN"); // "the law enforcement agency said" is one compound
    if (!gapped || !opensWithANoun) {
      return Optional.empty();
    }
    return Optional.of(new SpeakerMention(new TokenRange(noun + 1, sp.last()), sp.head(), Optional.empty()));
  }
}
