package org.saywho.cli.input;

import java.util.Objects;
import java.util.Optional;
import org.saywho.web.WebArticle;

/**
 * One article to process, or the reason it cannot be.
 *
 * @param source the file it comes from, or "stdin"
 * @param line its line in a JSON Lines input, 0 for a whole file
 * @param id its id: the JSON line's {@code "id"}, else the file name or the line number
 * @param text the article text ("" when there is an error)
 * @param page the web page the text was taken out of, if any (output then carries the text and the
 *     page's metadata)
 * @param error why it cannot be processed, if so
 */
public record Input(String source, long line, Optional<String> id, String text, Optional<WebArticle> page,
    Optional<String> error) {

  /** Checks that no component is null. */
  public Input {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(error, "error");
  }

  static Input article(String source, long line, Optional<String> id, String text, Optional<WebArticle> page) {
    return new Input(source, line, id, text, page, Optional.empty());
  }

  static Input failed(String source, long line, Optional<String> id, String error) {
    return new Input(source, line, id, "", Optional.empty(), Optional.of(error));
  }

  /**
   * Returns this input as line {@code n} of a batch.
   *
   * @param n the line number, 0 for a whole request or file
   * @return the input at that line
   */
  public Input withLine(long n) {
    return new Input(source, n, id, text, page, error);
  }

  /** The id output names it by: its own, else its line number, else its file name. */
  public String label() {
    return id.orElse(line > 0 ? String.valueOf(line) : fileName());
  }

  private String fileName() {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? source : source.substring(slash + 1);
  }
}
