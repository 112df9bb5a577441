package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A headline's label is no part of what the headline reports: "Exclusive: Automaker weighs closing
 * Ontario plant, sources say" reports "Automaker weighs closing Ontario plant". Conditions: the
 * content opens, outside quote marks, with a label of {@code headline-labels.txt} ("Exclusive",
 * "Analysis", "The Latest") and a colon, and goes on after it. Read after the tagger.
 */
final class LabelledContents {

  /** The most words a label has. */
  private static final int MAX_LABEL = 3;

  private LabelledContents() {}

  /** Returns the drafts with each content's opening label left out. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts, CueLexicon lexicon) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> pastTheLabel(t, d, lexicon));
  }

  private static Optional<Draft> pastTheLabel(Tokens t, Draft d, CueLexicon lexicon) {
    int first = t.firstAtOrAfter(d.content().start());
    for (int colon = first + 1; colon < t.size() && colon <= first + MAX_LABEL; colon++) {
      if (t.quoted(colon) || t.start(colon) >= d.content().end()) {
        return Optional.empty();
      }
      if (t.word(colon).equals(":")) {
        boolean label = Colons.headlineLabel(t, first, colon - 1, lexicon) && colon + 1 < t.size()
            && t.start(colon + 1) < d.content().end();
        return label ? Optional.of(d.withContent(Span.of(t.start(colon + 1), d.content().end()), d.type()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
