package org.saywho;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What SayWho found in one article: its quotes, the speakers quoted, the claims made and the byline.
 *
 * @param text the article as given; every span points into it
 * @param quotes the quotes in text order
 * @param speakers the speakers of the quotes, each once, in order of first mention
 * @param byline the byline, when the article has one
 * @param claims the claims made in the article, by speakers and by the article itself
 * @param failure why the article could not be processed, empty when it was; a failed extraction has
 *     no quotes
 * @param people every person the article names, quoted or not, in order of first mention; a quoted
 *     one is the same {@link Speaker} as in {@code speakers}
 */
public record Extraction(String text, Quotes quotes, List<Speaker> speakers, Optional<Byline> byline, Claims claims,
    Optional<String> failure, List<Speaker> people) {

  /** Checks and copies the components. */
  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quotes, "quotes");
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(failure, "failure");
    people = List.copyOf(people);
  }

  /**
   * Creates an extraction whose people are the persons among its speakers.
   *
   * @param text the article as given
   * @param quotes the quotes
   * @param speakers the speakers of the quotes
   * @param byline the byline
   * @param claims the claims
   * @param failure why the article could not be processed, empty when it was
   */
  public Extraction(String text, Quotes quotes, List<Speaker> speakers, Optional<Byline> byline, Claims claims,
      Optional<String> failure) {
    this(text, quotes, speakers, byline, claims, failure,
        speakers.stream().filter(s -> s.type() == Speaker.Type.PERSON).toList());
  }

  /**
   * Returns the people who are quoted: {@link #people()} that are also {@link #speakers()}
   * (Gender Gap Tracker's "sources").
   *
   * @return the quoted people, in order of first mention
   */
  public List<Speaker> sources() {
    return speakers.stream().filter(s -> s.type() == Speaker.Type.PERSON).toList();
  }

  /**
   * Returns the result for an article that could not be processed.
   *
   * @param text the article
   * @param reason what went wrong
   * @return an extraction with no quotes and the reason
   */
  public static Extraction failed(String text, String reason) {
    return new Extraction(text, Quotes.of(List.of()), List.of(), Optional.empty(), Claims.of(List.of(), Optional.empty()),
        Optional.of(reason), List.of());
  }

  /**
   * Returns the speaker whose canonical name equals {@code name} (ignoring case), or that matches it
   * in the sense of {@link Speaker#matches(String)} when no name is equal.
   *
   * @param name a name or part of one
   * @return the speaker, if any
   */
  public Optional<Speaker> speaker(String name) {
    Objects.requireNonNull(name, "name");
    return speakers.stream().filter(s -> s.name().equalsIgnoreCase(name.trim())).findFirst()
        .or(() -> speakers.stream().filter(s -> s.matches(name)).findFirst());
  }
}
