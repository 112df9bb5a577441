package org.saywho.internal.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One reporting cue of the lexicon.
 *
 * @param lemma the dictionary form ("say", "according to")
 * @param words the words after the first for a multi-word cue ("to" for "according to"), else empty
 * @param frames the constructions the cue takes
 * @param weight prior confidence that it marks an attribution
 */
public record CueEntry(String lemma, List<String> words, Set<Frame> frames, double weight) {

  /** A construction a cue takes; see the header of {@code cues.tsv}. */
  public enum Frame {
    /** A reported clause after the cue. */
    CLAUSE,
    /** A direct quote after the cue. */
    QUOTE,
    /** The cue after its content. */
    POSTPOSED,
    /** The speaker after the cue. */
    INVERTED,
    /** A listener before the content. */
    DATIVE,
    /** A wh- or if-clause content. */
    WH,
    /** A to-infinitive content. */
    TO,
    /** A noun phrase holding a quote. */
    NOUN_PHRASE,
    /** A belief or feeling rather than speech. */
    BELIEF,
    /**
     * Listed after the attribution tagger was trained: only the repaired grammar reads it, so that the
     * tagger's features stay the ones its model learned from.
     */
    LATER
  }

  /** Copies the collections. */
  public CueEntry {
    words = List.copyOf(words);
    frames = Set.copyOf(frames);
  }

  /**
   * Returns whether the cue takes {@code frame}.
   *
   * @param frame a construction
   * @return true when listed
   */
  public boolean takes(Frame frame) {
    return frames.contains(frame);
  }
}
