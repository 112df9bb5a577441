package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;

/**
 * Reported speech split by its attribution ("The museum, Mr. Obama said, would make visitors face
 * uncomfortable truths"): the words before the parenthetical speaker and cue are the report's first
 * part, and become a content of their own with the same speaker and cue, as a direct quote split by
 * its cue does. Conditions: the reported content starts right after ", SPEAKER CUE ,"; nothing but
 * words without a verb or comma ("told me on Friday") stands between the cue and that comma; the
 * first part runs from the sentence's start (after a leading "And" or "But") to the comma before the
 * speaker, holds no comma and no quote mark, and no other attribution covers it.
 */
final class FrontedParts {

  private FrontedParts() {}

  /**
   * Returns the drafts with the fronted first part of each split report added after it.
   *
   * @param doc the tagged article
   * @param drafts the cued attributions
   * @return the drafts and the added parts
   */
  static List<Draft> add(Article doc, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts);
    for (Draft d : drafts) {
      fronted(doc, d, out).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Draft> fronted(Article doc, Draft d, List<Draft> all) {
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty() || d.speaker().isEmpty()) {
      return Optional.empty();
    }
    Tokens t = doc.tokens();
    CueMention cue = d.cue().get();
    SpeakerMention sp = d.speaker().get();
    int content = t.firstAtOrAfter(d.content().start());
    int lo = Math.min(cue.tokens().first(), sp.first());
    int hi = Math.max(cue.tokens().last(), sp.last());
    if (sp.role().isPresent()) {
      lo = Math.min(lo, sp.role().get().first());
      hi = Math.max(hi, sp.role().get().last());
    }
    int comma = lo - 1;
    if (content >= t.size() || content - 1 <= hi || !Grammar.comma(t, content - 1) || comma < 1
        || !Grammar.comma(t, comma) || t.sentence(comma) != t.sentence(content)) {
      return Optional.empty();
    }
    for (int i = hi + 1; i < content - 1; i++) {
      if (Grammar.verb(t, i) || Grammar.punctuation(t, i)) {
        return Optional.empty();
      }
    }
    int first = doc.sentences().get(t.sentence(comma)).firstToken();
    if (t.tag(first).equals("CC")) {
      first++;
    }
    if (first >= comma) {
      return Optional.empty();
    }
    for (int i = first; i < comma; i++) {
      if (Grammar.comma(t, i) || t.quoted(i) || Grammar.openingQuote(t, i) || Grammar.closingQuote(t, i)) {
        return Optional.empty();
      }
    }
    Span span = t.span(first, comma - 1);
    if (Draft.anyHolds(all, span)) {
      return Optional.empty();
    }
    return Optional.of(Draft.cued(span, Quote.Type.INDIRECT, d.origin(), cue, d.speaker(), d.confidence()));
  }
}
