package org.saywho;

import java.util.Objects;

/**
 * The words that mark an attribution: a reporting verb ("responded"), a phrase ("according to",
 * "floated the idea") or a colon after a speaker's name.
 *
 * @param text the cue as written in the article
 * @param lemma its dictionary form ("respond", "according to")
 * @param span where it is written
 * @param kind whether it reports speech or writing, or a mental state
 */
public record Cue(String text, String lemma, Span span, Kind kind) {

  /** What a cue reports. */
  public enum Kind {
    /** Speech or writing: "said", "told", "wrote", "according to", a colon after a name. */
    SPEECH,
    /** A belief, intention, perception or feeling: "believes", "wants", "fears", "sees". */
    THOUGHT
  }

  /** Checks that no component is null. */
  public Cue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
