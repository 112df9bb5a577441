package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * A cue verb's particle belongs to the verb. With some particles the verb says nothing: "the union
 * called off the strike", "the bank wrote off the loans" report nothing, though "call" and "write" are
 * cues ({@code phrasal-actions.txt}). With the others the particle is no part of what was said: "the
 * Chancellor has ruled out further tax rises" reports "further tax rises", not "out further tax rises".
 * Conditions: a particle (RP) right after the cue's verb, in its sentence (the tagger's cue may hold
 * it), where the content starts for the second; not a particle opening an amount ("said up to 300
 * millimetres could fall": "up to" is the content's). Read after the tagger.
 */
final class PhrasalCues {

  private PhrasalCues() {}

  /** Returns the drafts without those a phrasal verb of doing cues, and with no cue's particle opening a content. */
  static List<Draft> mended(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts.size());
    boolean changed = false;
    for (Draft d : drafts) {
      int particle = d.cue().map(c -> particleAfter(t, c)).filter(p -> !opensAnAmount(t, p, words)).orElse(-1);
      if (particle < 0) {
        out.add(d);
      } else if (words.isPhrasalAction(d.cue().get().lemma() + " " + t.lower(particle))) {
        changed = true;
      } else if (t.firstAtOrAfter(d.content().start()) == particle && particle + 1 < t.size()
          && t.sentence(particle + 1) == t.sentence(particle) && t.start(particle + 1) < d.content().end()) {
        out.add(d.withContent(new Span(t.start(particle + 1), d.content().end()), d.type()));
        changed = true;
      } else {
        out.add(d);
      }
    }
    return changed ? out : drafts;
  }

  /** Whether "to" and a number or a word of quantity follow the particle ("up to 300", "up to half"). */
  private static boolean opensAnAmount(Tokens t, int particle, Words words) {
    return particle + 2 < t.size() && t.lower(particle + 1).equals("to")
        && (t.tag(particle + 2).equals("CD") || words.isQuantity(t.lower(particle + 2)));
  }

  /** The particle closing the cue or right after its verb, in its sentence, or -1. */
  private static int particleAfter(Tokens t, CueMention c) {
    int last = c.tokens().last();
    int particle = t.tag(last).equals("RP") ? last : last + 1;
    int verb = particle - 1;
    return verb >= c.tokens().first() && Grammar.verb(t, verb) && particle < t.size() && t.tag(particle).equals("RP")
        && t.sentence(particle) == t.sentence(verb) && !t.quoted(particle) ? particle : -1;
  }
}
