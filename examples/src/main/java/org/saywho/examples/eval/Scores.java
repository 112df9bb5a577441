package org.saywho.examples.eval;

import java.util.Locale;

/**
 * Quote-finding and attribution scores over a corpus.
 *
 * @param precision found gold quotes over system quotes
 * @param recall found gold quotes over gold quotes
 * @param f1 harmonic mean of precision and recall
 * @param speakerAccuracy right speakers over found quotes whose gold speaker is annotated
 * @param gold number of gold quotes
 * @param found number of gold quotes found
 * @param extra number of system quotes matching no gold quote
 */
public record Scores(double precision, double recall, double f1, double speakerAccuracy, long gold, long found, long extra) {

  /** Formats the scores on one line, like {@code score.py}. */
  public String format(String label) {
    return String.format(Locale.ROOT, "quotes[%s] P=%.3f R=%.3f F1=%.3f speaker_acc=%.3f end_to_end=%.3f (gold %d, found %d, extra %d)",
        label, precision, recall, f1, speakerAccuracy, f1 * speakerAccuracy, gold, found, extra);
  }
}
