package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;

/**
 * A report inside another ends before the speaker and cue that report it: "The Houthi movement in
 * Yemen claimed responsibility, Al-Masirah TV reported" is the channel's report of the claim, and the
 * claim's content is "responsibility", not "responsibility, Al-Masirah TV reported". Conditions: the
 * outer report's content holds the inner one's cue and ends before the comma that sets off its
 * speaker; the inner content holds that comma, the outer report's speaker and then its cue, with no
 * quote mark. An inner content with nothing before the comma goes; a reporter set off inside its
 * report ("…, the polls tell us, a lot of …") cuts nothing. Read after the tagger.
 */
final class PostposedReporters {

  private PostposedReporters() {}

  /** Returns the drafts, each inner content that runs over its reporter ending before it. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    List<Draft> out = drafts.stream().flatMap(d -> trimmed(doc, d, drafts).stream()).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static Optional<Draft> trimmed(Article doc, Draft d, List<Draft> drafts) {
    Tokens t = doc.tokens();
    if (d.cue().isEmpty()) {
      return Optional.of(d);
    }
    for (Draft outer : drafts) {
      if (outer == d || outer.cue().isEmpty() || outer.speaker().isEmpty()) {
        continue;
      }
      SpeakerMention speaker = outer.speaker().get();
      int comma = speaker.tokens().first() - 1;
      int cueFirst = outer.cue().get().tokens().first();
      Span innerCue = t.span(d.cue().get().tokens().first(), d.cue().get().tokens().last());
      boolean reportsIt = outer.content().contains(innerCue) && comma > 0 && outer.content().end() <= t.start(comma);
      boolean runsOver = comma > 0 && Grammar.comma(t, comma) && !t.quoted(comma) && cueFirst > speaker.tokens().last()
          && d.content().contains(t.span(comma, outer.cue().get().tokens().last()));
      if (reportsIt && runsOver) {
        int first = t.firstAtOrAfter(d.content().start());
        return comma - 1 < first ? Optional.empty()
            : Optional.of(d.withContent(t.span(first, comma - 1), Attributor.typeOf(doc, new Range(first, comma - 1))));
      }
    }
    return Optional.of(d);
  }
}
