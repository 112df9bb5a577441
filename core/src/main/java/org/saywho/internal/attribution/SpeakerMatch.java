package org.saywho.internal.attribution;

/**
 * The speaker found for a cue: tokens {@code [first, last]} with their head, and an appositive role
 * ("Peskov, the Kremlin spokesman, said") when there is one.
 *
 * @param first first token of the mention
 * @param last last token of the mention
 * @param head the head token
 * @param roleFirst first token of an appositive role, -1 when none
 * @param roleLast last token of the appositive role, -1 when none
 * @param position where the mention stands relative to the cue
 */
record SpeakerMatch(int first, int last, int head, int roleFirst, int roleLast, Position position) {

  /** Where a speaker stands relative to its cue. */
  enum Position {
    /** Before the cue, as its subject ("Peskov added"). */
    BEFORE,
    /** After the cue ("said Peskov", "according to Peskov"). */
    AFTER,
    /** The subject of the clause a participle or infinitive cue hangs from ("…, saying"). */
    GOVERNING
  }

  SpeakerMatch withPosition(Position p) {
    return new SpeakerMatch(first, last, head, roleFirst, roleLast, p);
  }
}
