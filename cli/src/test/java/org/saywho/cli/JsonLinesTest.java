package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saywho.Extractor;
import org.saywho.cli.input.Inputs;

class JsonLinesTest {

  private static Extractor extractor;
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void build() {
    extractor = Extractor.builder().build();
  }

  private List<JsonNode> run(String input, long[] errors) throws Exception {
    return run(input.getBytes(StandardCharsets.UTF_8), errors);
  }

  private List<JsonNode> run(byte[] input, long[] errors) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonLines runner = new JsonLines(extractor, mapper, 2)) {
      errors[0] = runner.run(new ByteArrayInputStream(input), "in.jsonl", new PrintWriter(out));
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      lines.add(mapper.readTree(line));
    }
    return lines;
  }

  @Test
  void run_writesOneLinePerNonBlankInputLine_inOrder_withErrorsInPlace() throws Exception {
    String input = String.join("\n",
        "{\"id\":\"a\",\"text\":\"“We will win,” Clinton said.\"}",
        "{not json",
        "{\"id\":\"c\"}",
        "",
        "{\"id\":\"e\",\"text\":\"Officials said the bridge would reopen.\"}");
    long[] errors = new long[1];
    List<JsonNode> lines = run(input, errors);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
    assertThat(lines.get(1).get("id").isNull()).isTrue();
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("error").asText()).startsWith("malformed JSON");
    assertThat(lines.get(2).get("id").asText()).isEqualTo("c");
    assertThat(lines.get(2).get("error").asText()).contains("text");
    assertThat(lines.get(3).get("id").asText()).isEqualTo("e");
    assertThat(errors[0]).isEqualTo(2);
  }

  @Test
  void run_resultLine_hasTheDocumentedFields() throws Exception {
    long[] errors = new long[1];
    JsonNode line = run("{\"id\":\"x\",\"text\":\"Jane Roe – Daily News\\n“We will win this state by ten points,” Clinton said.\"}", errors).get(0);
    assertThat(line.fieldNames()).toIterable().containsExactly("id", "byline", "speakers", "people", "quotes", "claims");
    assertThat(line.get("byline").get("author").asText()).isEqualTo("Jane Roe");
    JsonNode speaker = line.get("speakers").get(0);
    assertThat(speaker.get("id").asText()).isEqualTo("s1");
    assertThat(speaker.get("name").asText()).isEqualTo("Clinton");
    assertThat(speaker.get("type").asText()).isEqualTo("PERSON");
    assertThat(speaker.get("gender").asText()).isEqualTo("UNKNOWN");
    assertThat(speaker.get("genderEvidence").asText()).isEqualTo("NONE");
    assertThat(line.get("people").get(0).get("speaker").asText()).isEqualTo("s1");
    JsonNode quote = line.get("quotes").get(0);
    assertThat(quote.fieldNames()).toIterable()
        .containsExactly("text", "start", "end", "type", "speaker", "speakerMention", "cue", "confidence");
    assertThat(quote.get("speaker").asText()).isEqualTo("s1");
    assertThat(quote.get("type").asText()).isEqualTo("DIRECT");
    assertThat(quote.get("cue").get("lemma").asText()).isEqualTo("say");
    assertThat(quote.get("speakerMention").get("text").asText()).isEqualTo("Clinton");
    JsonNode claim = line.get("claims").get(0);
    assertThat(claim.fieldNames()).toIterable()
        .containsExactly("text", "start", "end", "claimant", "quote", "type", "checkWorthiness", "checkWorthy", "hedged", "topics",
            "topicRelevance");
    assertThat(claim.get("claimant").asText()).isEqualTo("s1");
    assertThat(claim.get("quote").asInt()).isZero();
    assertThat(errors[0]).isZero();
  }

  @Test
  void run_lineNotUtf8_isAnErrorNamingTheFileAndByteOffset_andTheRunGoesOn() throws Exception {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\":\"a\",\"text\":\"Hi.\"}\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes("{\"id\":\"b\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    input.write(0xE9);
    input.writeBytes("\"}\r\n{\"id\":\"c\",\"text\":\"“We won,” Lee said.\"}".getBytes(StandardCharsets.UTF_8));
    long[] errors = new long[1];
    List<JsonNode> lines = run(input.toByteArray(), errors);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("error").asText()).isEqualTo("in.jsonl is not UTF-8 text: invalid byte at offset 45");
    assertThat(lines.get(2).get("quotes")).hasSize(1);
    assertThat(errors[0]).isEqualTo(1);
  }

  @Test
  void run_articleOverTheSizeLimit_isAnError() throws Exception {
    String big = "a".repeat(Inputs.MAX_ARTICLE_CHARS + 1);
    long[] errors = new long[1];
    List<JsonNode> lines = run("{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"text\":\"ok\"}", errors);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("big");
    assertThat(lines.get(0).get("error").asText()).contains("over the limit of 10000000");
    assertThat(lines.get(1).get("id").asText()).isEqualTo("2");
    assertThat(errors[0]).isEqualTo(1);
  }

  @Test
  void run_manyArticles_keepsInputOrder() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      input.append("{\"id\":\"").append(i).append("\",\"text\":\"").append("Lee said it rained. ".repeat(i % 7 * 20))
          .append("\"}\n");
    }
    List<JsonNode> lines = run(input.toString(), new long[1]);
    assertThat(lines).extracting(l -> l.get("id").asText())
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(String::valueOf).toList());
  }
}
