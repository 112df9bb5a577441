package org.saywho.internal.attribution;

import org.saywho.internal.lexicon.CueEntry;

/**
 * A cue found in a unit: tokens {@code [first, last]} and the lexicon entry they match.
 *
 * @param first first token
 * @param last last token
 * @param entry the lexicon entry
 */
record CueMatch(int first, int last, CueEntry entry) {}
