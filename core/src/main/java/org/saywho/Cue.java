package org.saywho;

import java.util.Objects;

/**
 * The words that mark an attribution: a reporting verb ("responded"), a phrase ("according to",
 * "floated the idea") or a colon after a speaker's name.
 *
 * @param text the cue as written in the article
 * @param lemma its dictionary form ("respond", "according to")
 * @param span where it is written
 */
public record Cue(String text, String lemma, Span span) {

  /** Checks that no component is null. */
  public Cue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(span, "span");
  }
}
