package org.saywho;

import java.util.OptionalInt;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.claims.Topics;
import org.saywho.internal.pipeline.Settings;

/**
 * The options an {@link Extractor} was built with.
 *
 * @param indirect whether indirect speech is reported
 * @param unattributed whether quotes without a known speaker are reported
 * @param speechOnly whether quotes whose cue reports a mental state are left out
 * @param minConfidence quotes below this confidence are left out
 * @param threads how many threads {@link Extractor#extractAll} uses
 * @param settings the pipeline's work bounds
 * @param claimTopics the claim topics a user follows
 */
record ExtractorOptions(boolean indirect, boolean unattributed, boolean speechOnly, double minConfidence, int threads,
    Settings settings, Topics claimTopics) {

  boolean includes(Attribution a, OptionalInt speaker) {
    if (!indirect && a.type() == Quote.Type.INDIRECT) {
      return false;
    }
    if (!unattributed && speaker.isEmpty() && a.speaker().isEmpty()) {
      return false;
    }
    if (speechOnly && a.cue().map(c -> c.kind() == Cue.Kind.THOUGHT).orElse(false)) {
      return false;
    }
    return a.confidence() >= minConfidence;
  }
}
