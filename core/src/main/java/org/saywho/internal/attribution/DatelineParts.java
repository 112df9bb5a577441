package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Datelines;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * A dateline is nobody's words and nobody speaking ({@link Datelines}): a content that opens with
 * one starts after it ("NEW DELHI (Reuters) - Temperatures … could exceed 45 degrees, the weather office
 * said" reports "Temperatures …"), an attribution whose speaker is the dateline's place or agency
 * goes, and a speaker mention that opens with one starts after it.
 */
final class DatelineParts {

  private DatelineParts() {}

  /**
   * Returns the drafts with datelines out of their contents and without those spoken by a dateline.
   * The grammar's reports that such a draft had displaced come back: the tagger, reading the grammar as
   * it was trained, takes "NEW DELHI: The Rajya Sabha passed the bill amid a walkout by members, who
   * demanded that …" for the place's words, over the members' demand the grammar had found.
   *
   * @param doc the tagged article
   * @param drafts the attributions
   * @param dateline the article's datelines ({@link Datelines#of})
   * @param grammar the grammar's drafts before the tagger's were merged in
   * @return the drafts, changed
   */
  static List<Draft> without(Article doc, List<Draft> drafts, boolean[] dateline, List<Draft> grammar) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>();
    List<Span> dropped = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.speaker().filter(sp -> dateline[sp.head()]).isPresent()) {
        dropped.add(d.content());
        continue;
      }
      if (d.speaker().filter(sp -> dateline[sp.first()]).isPresent()) {
        SpeakerMention sp = d.speaker().get();
        int from = sp.first();
        while (dateline[from]) {
          from++; // "TUCSON - A News 4 Tucson viewer": the head is past the dateline, so it ends first
        }
        d = d.withSpeaker(new SpeakerMention(new TokenRange(from, sp.last()), sp.head(), sp.role()));
      }
      int first = t.firstAtOrAfter(d.content().start());
      if (first >= t.size() || !dateline[first]) {
        out.add(d);
        continue;
      }
      while (first < t.size() && dateline[first]) {
        first++;
      }
      int last = t.lastEndingBy(first - 1, d.content().end());
      if (last >= first) {
        Span rest = Span.of(t.start(first), d.content().end());
        out.add(d.withContent(rest, Attributor.typeOf(doc, new Range(first, last))));
      }
    }
    for (Draft g : grammar) {
      boolean displaced = dropped.stream().anyMatch(c -> c.overlaps(g.content()));
      if (displaced && !Draft.anyHolds(out, g.content())) {
        out.add(g);
      }
    }
    return out;
  }
}
