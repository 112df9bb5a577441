package org.saywho.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.saywho.cli.input.Input;
import org.saywho.web.WebArticle;
import org.saywho.web.WebFetchException;
import org.saywho.web.WebFetcher;
import org.saywho.web.WebPage;

/**
 * One article a request asks about: its text (or the page it was read from) and the options.
 *
 * @param input the article, as the command line would read it
 * @param options what to leave out of the result
 */
record Job(Input input, Options options) {

  /** The longest article accepted, as on the command line. */
  static final int MAX_ARTICLE_CHARS = org.saywho.cli.input.Inputs.MAX_ARTICLE_CHARS;

  static Job text(String text) {
    return new Job(article("request", Optional.empty(), text, Optional.empty()), Options.ALL);
  }

  static Job page(byte[] html, String contentType) {
    WebArticle page = WebPage.read(html, contentType, "");
    return new Job(article("request", Optional.empty(), page.text(), Optional.of(page)), Options.ALL);
  }

  /**
   * Reads a JSON request: {@code {"text"|"html"|"url", "id", "options"}}.
   *
   * @param node the parsed request
   * @param fetcher fetches a {@code "url"}
   * @param line the line of a batch, 0 for a single request
   * @return the job
   * @throws ApiException 400 when the request is not of that form, 422 when its URL cannot be fetched
   */
  static Job json(JsonNode node, WebFetcher fetcher, long line) {
    if (node == null || !node.isObject()) {
      throw new ApiException(400, "the body must be a JSON object: {\"text\"|\"html\"|\"url\", \"id\", \"options\"}");
    }
    Optional<String> id = node.hasNonNull("id") ? Optional.of(node.get("id").asText()) : Optional.empty();
    Options options;
    try {
      options = Options.of(node.get("options"));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage());
    }
    JsonNode text = node.get("text");
    JsonNode html = node.get("html");
    JsonNode url = node.get("url");
    String source = line > 0 ? "line " + line : "request";
    if (text != null && text.isTextual()) {
      return new Job(article(source, id, text.asText(), Optional.empty()).withLine(line), options);
    }
    String base = url != null && url.isTextual() ? url.asText() : "";
    if (html != null && html.isTextual()) {
      WebArticle page = WebPage.read(html.asText(), base);
      return new Job(article(source, id, page.text(), Optional.of(page)).withLine(line), options);
    }
    if (!base.isEmpty()) {
      try {
        WebArticle page = fetcher.fetch(base);
        return new Job(article(source, id, page.text(), Optional.of(page)).withLine(line), options);
      } catch (WebFetchException e) {
        throw new ApiException(422, "cannot fetch " + e.getMessage());
      }
    }
    throw new ApiException(400, "the body needs a \"text\", \"html\" or \"url\" string");
  }

  private static Input article(String source, Optional<String> id, String text, Optional<WebArticle> page) {
    if (text.length() > MAX_ARTICLE_CHARS) {
      throw new ApiException(413, "article of " + text.length() + " characters is over the limit of " + MAX_ARTICLE_CHARS);
    }
    return new Input(source, 0, id, text, page, Optional.empty());
  }
}
