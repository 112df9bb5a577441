package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * A cue inside a relative clause whose own subject is the gap: in "…, a move analysts said would
 * tighten supply" and "a decision critics say will raise taxes", the analysts and the critics speak,
 * and what they say is that the move or the decision will do something. The clause before the comma
 * is the article's, not theirs, and "a move" is no part of the speaker. Conditions: a finite verb or
 * modal right after the cue (adverbs skipped), so what was said has no subject of its own; the
 * speaker mention opens with a determiner and a singular common noun, and another noun phrase follows
 * that noun before the cue, opening with no singular common noun (which would make one compound: "the
 * law enforcement agency said was ongoing"). Read after the tagger.
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
  static List<Draft> mended(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Optional<SpeakerMention> speaker = narrowed(t, d);
      if (speaker.isEmpty()) {
        out.add(d);
      } else if (t.end(d.cue().get().tokens().last()) <= d.content().start()) {
        out.add(d.withSpeaker(speaker.get()));
      } // else the clause before the relative's head noun, which is not what was said
    }
    return out;
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
