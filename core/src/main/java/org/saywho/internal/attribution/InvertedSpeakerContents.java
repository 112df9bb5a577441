package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * A cue that closes a quote before it names its speaker after it, and reports nothing there: in "“Every
 * boom has a bust,” said longtime oil and gas worker Darlene Kowalczyk, 47, who has driven a water
 * truck for a decade", the words after "said" are who spoke, though their relative clause reads as a
 * reported clause. Conditions: a direct quote ends before the cue, its attribution names a speaker
 * after the cue, and another attribution of the same cue opens right after it and holds that speaker.
 */
final class InvertedSpeakerContents {

  private InvertedSpeakerContents() {}

  /** Returns the drafts without contents that are the inverted speaker of a quote's cue. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().filter(d -> drafts.stream().noneMatch(q -> speakerOf(t, q, d))).toList();
  }

  /** Whether {@code d}'s content is the speaker {@code quote} names after their shared cue. */
  private static boolean speakerOf(Tokens t, Draft quote, Draft d) {
    if (quote == d || quote.type() != Quote.Type.DIRECT || quote.cue().isEmpty() || d.cue().isEmpty()
        || quote.speaker().isEmpty()) {
      return false;
    }
    TokenRange cue = quote.cue().get().tokens();
    int speaker = quote.speaker().get().first();
    int first = t.firstAtOrAfter(d.content().start());
    return d.cue().get().tokens().equals(cue) && quote.content().end() <= t.start(cue.first())
        && first == cue.last() + 1 && speaker > cue.last() && t.start(speaker) < d.content().end();
  }
}
