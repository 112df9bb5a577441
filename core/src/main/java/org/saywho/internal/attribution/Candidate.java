package org.saywho.internal.attribution;

/**
 * A content found for a cue and its speaker, before duplicates are removed.
 *
 * @param content the content tokens
 * @param cue the cue
 * @param speaker the speaker
 * @param confidence prior confidence
 */
record Candidate(Range content, CueMatch cue, SpeakerMatch speaker, double confidence) {

  int distanceToCue() {
    return content.last() < cue.first() ? cue.first() - content.last() : Math.max(0, content.first() - cue.last());
  }
}
