package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;

/**
 * A transcript's turn is all the speaker says until the next label: in "BENENSON: This is a man who
 * said he'd never run a negative ad, ever. He's now running them. They're now planning to run more."
 * every sentence is Benenson's, not the first alone. Conditions: a report whose cue is a colon right
 * after its speaker; the speaker a label in capitals ({@link Colons#allCaps}: every word two
 * characters or more, "Q:" being a question) that opens its paragraph; the content ends in a sentence
 * before the paragraph's last. The content then runs to the paragraph's end. A label in mixed case
 * ("Poll: Trump ties Clinton") is a headline's or a heading's, and keeps its sentence. Read after the
 * tagger.
 */
final class TranscriptTurns {

  private TranscriptTurns() {}

  /** Returns the drafts, each transcript turn's content run to its paragraph's end. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    return drafts.stream().map(d -> widened(doc, d)).toList();
  }

  private static Draft widened(Article doc, Draft d) {
    Tokens t = doc.tokens();
    if (d.cue().isEmpty() || d.speaker().isEmpty() || doc.paragraphs().isEmpty()) {
      return d;
    }
    int colon = d.cue().get().tokens().first();
    SpeakerMention sp = d.speaker().get();
    if (!t.word(colon).equals(":") || sp.last() + 1 != colon || !Colons.allCaps(t, sp.first(), sp.last())) {
      return d;
    }
    Span paragraph = doc.paragraphs().get(doc.paragraphOf(colon));
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, paragraph.end());
    if (t.firstAtOrAfter(paragraph.start()) != sp.first() || first >= t.size() || last < first
        || t.sentence(last) == t.sentence(t.lastEndingBy(first, d.content().end()))) {
      return d;
    }
    return d.withContent(Span.of(d.content().start(), t.end(last)), Attributor.typeOf(doc, new Range(first, last)));
  }
}
