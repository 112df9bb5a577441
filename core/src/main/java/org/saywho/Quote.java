package org.saywho;

import java.util.Objects;
import java.util.Optional;

/**
 * One attributed statement: words in quote marks (direct), reported content carrying verbatim words
 * (mixed), or reported speech (indirect), with who said it and the cue that says so.
 *
 * @param text the quoted or reported words, exactly {@code span} of the article
 * @param span for a direct quote the words inside the marks; for mixed and indirect quotes the whole
 *     reported content
 * @param type direct, mixed or indirect
 * @param speaker the canonical speaker, empty when the article does not say who spoke
 * @param speakerMention where the speaker is named or referred to for this quote ("He", "Peskov")
 * @param cue the reporting verb or phrase, empty for a quote attributed by continuation
 * @param confidence how sure the extractor is of the quote and its speaker, in [0, 1]
 */
public record Quote(
    String text,
    Span span,
    Type type,
    Optional<Speaker> speaker,
    Optional<Span> speakerMention,
    Optional<Cue> cue,
    double confidence) {

  /** The kind of attribution. */
  public enum Type {
    /** Words inside quote marks that someone said or wrote. */
    DIRECT,
    /** Reported content that carries verbatim words in quote marks. */
    MIXED,
    /**
     * Reported speech without quote marks; also what a headline attributes, whose single quote marks
     * set off cut-down words rather than a verbatim quote ("Trump Was ‘Mocking’ Clinton Camp").
     */
    INDIRECT
  }

  /** Checks the components. */
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(cue, "cue");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text and span lengths differ: " + text.length() + " vs " + span);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }

  /**
   * Returns whether the speaker matches {@code name} in the sense of {@link Speaker#matches(String)}.
   *
   * @param name a name or part of one
   * @return false when the quote has no speaker
   */
  public boolean isBy(String name) {
    return speaker.map(s -> s.matches(name)).orElse(false);
  }
}
