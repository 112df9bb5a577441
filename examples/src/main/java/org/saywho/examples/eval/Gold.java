package org.saywho.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Span;

/**
 * A gold-annotated article in the JSONL format of {@code ../shared/README.md}.
 *
 * @param id the article id
 * @param text the article
 * @param quotes every annotated attribution, direct, mixed and indirect
 */
public record Gold(String id, String text, List<Gold.Quote> quotes) {

  /**
   * One annotated attribution.
   *
   * @param span the content
   * @param type "direct", "mixed" or "indirect"
   * @param speaker the speaker as written, empty when unannotated
   * @param speakerSpan where the speaker is written
   * @param canonical the canonical speaker, when given (seed only)
   */
  public record Quote(Span span, String type, Optional<String> speaker, Optional<Span> speakerSpan, Optional<String> canonical) {}

  /** Copies the list. */
  public Gold {
    quotes = List.copyOf(quotes);
  }

  /**
   * Reads every article of a gold JSONL file.
   *
   * @param file the file
   * @return the articles in file order
   * @throws IOException when the file cannot be read or parsed
   */
  public static List<Gold> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          out.add(parse(mapper.readTree(line)));
        }
      }
    }
    return out;
  }

  private static Gold parse(JsonNode n) {
    List<Quote> quotes = new ArrayList<>();
    for (String field : List.of("quotes", "indirect")) {
      for (JsonNode q : n.path(field)) {
        Optional<Span> speakerSpan = q.hasNonNull("speaker_start")
            ? Optional.of(Span.of(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()))
            : Optional.empty();
        quotes.add(new Quote(Span.of(q.get("start").asInt(), q.get("end").asInt()), q.get("type").asText(),
            text(q, "speaker"), speakerSpan, text(q, "canonical_speaker")));
      }
    }
    return new Gold(n.get("id").asText(), n.get("text").asText(), quotes);
  }

  private static Optional<String> text(JsonNode q, String field) {
    return q.hasNonNull(field) ? Optional.of(q.get(field).asText()) : Optional.empty();
  }
}
