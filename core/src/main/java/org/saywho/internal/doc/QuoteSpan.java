package org.saywho.internal.doc;

import org.saywho.Span;

/**
 * Words between quote marks in one paragraph.
 *
 * @param inner the words inside the marks
 * @param outer the words with their marks (without the closing mark when the quote runs on into the
 *     next paragraph)
 * @param paragraph index of the paragraph holding it
 * @param runsOn whether the paragraph ends without closing the quote and the next paragraph reopens it
 * @param runsOnFromPrevious whether this quote reopens a quote left open by the previous paragraph
 * @param marked whether real quote marks delimit it; doubled apostrophes (''…'') delimit a stretch
 *     of words without being quote marks, unless the extractor is told to read them as such
 */
public record QuoteSpan(Span inner, Span outer, int paragraph, boolean runsOn, boolean runsOnFromPrevious, boolean marked) {}
