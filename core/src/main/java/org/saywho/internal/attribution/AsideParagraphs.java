package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.text.Asides;

/**
 * What lies in a paragraph beside the story ({@link Asides}: a publisher's note, a photo caption, a
 * prompt to the reader) is not reported speech, whatever verbs it holds: "Editor’s note: Donald Trump
 * regularly incites political violence …", "FILE - … Schumer said the bill would cut emissions by 40
 * per cent. (AP Photo/J. Scott Applewhite, File)". Read after the tagger, whose features stay those it
 * was trained on.
 */
final class AsideParagraphs {

  private AsideParagraphs() {}

  /**
   * Returns, for each of the article's paragraphs, whether it is an aside, or a line of the schedule
   * a heading opens ("UP NEXT", then "Maple Leafs: Visit the Buffalo Sabres on Monday.": the team's
   * fixture, not its words) up to the first paragraph that is no such line.
   */
  static boolean[] of(Article doc, Words words) {
    boolean[] aside = doc.paragraphsWhere(p -> Asides.is(p, words));
    boolean[] heading = doc.paragraphsWhere(p -> Asides.scheduleHeading(p, words));
    boolean[] line = doc.paragraphsWhere(Asides::scheduleLine);
    boolean schedule = false;
    for (int i = 0; i < aside.length; i++) {
      schedule = heading[i] || schedule && line[i];
      aside[i] |= schedule;
    }
    return aside;
  }

  /** Returns the drafts without those whose content lies in an aside ({@link #of}). */
  static List<Draft> without(Article doc, List<Draft> drafts, boolean[] aside) {
    return drafts.stream().filter(d -> !inAside(doc, d.content(), aside)).toList();
  }

  /**
   * Returns the quotes without a cue of their own without those in an aside ({@link #of}), nor those
   * that took their speaker from one of them.
   */
  static List<Draft> withoutContinuations(Article doc, List<Draft> continuations, boolean[] aside) {
    Set<Draft> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Draft> out = new ArrayList<>();
    for (Draft d : continuations) {
      if (inAside(doc, d.content(), aside) || d.speakerSource().filter(dropped::contains).isPresent()) {
        dropped.add(d);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean inAside(Article doc, Span content, boolean[] aside) {
    return doc.paragraphHolding(content.start()).stream().anyMatch(i -> aside[i]);
  }
}
