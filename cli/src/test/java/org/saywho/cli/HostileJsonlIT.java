package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;
import org.saywho.cli.input.Inputs;

/**
 * The robustness acceptance run: a JSON Lines file of hostile inputs, among them a 5 MB article made
 * of 1,500 copies of the seed article, goes through {@code ./saywho --jsonl}; every line is answered,
 * in order, within five minutes (a guard against a hang, not a timing: 69 to 95 s on one 2-core
 * machine, 159 to 231 s on a slower one), and all 15,000 direct and mixed quotes of the big article
 * are found.
 */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class HostileJsonlIT {



  private static final int COPIES = 1500;
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void saywhoJsonl_hostileFile_answersEveryLineInOrder_andFindsAllQuotesOfTheBigArticle() throws Exception {
    String seed = mapper.readTree(Files.readString(SharedData.file("gold/seed.jsonl")).trim()).get("text").asText();
    Map<String, String> articles = hostileArticles(seed);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    List<String> ids = new ArrayList<>();
    for (var a : articles.entrySet()) {
      ObjectNode line = mapper.createObjectNode().put("id", a.getKey()).put("text", a.getValue());
      input.writeBytes((mapper.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
      ids.add(a.getKey());
    }
    input.writeBytes("{\"id\":\"malformed\",\"text\":\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes("{\"id\":\"latin1\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    input.writeBytes("{\"id\":\"no-text\"}\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(("{\"id\":\"over-limit\",\"text\":\"" + "x".repeat(Inputs.MAX_ARTICLE_CHARS + 1) + "\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    Path in = Files.createDirectories(Path.of("target/hostile")).resolve("hostile.jsonl");
    Files.write(in, input.toByteArray());
    Path out = in.resolveSibling("hostile.out.jsonl");

    long start = System.nanoTime();
    Process p = new ProcessBuilder("bash", "../saywho", "--jsonl", in.toString())
        .redirectOutput(out.toFile()).redirectError(in.resolveSibling("hostile.err").toFile()).start();
    boolean finished = p.waitFor(8, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!finished) {
      p.destroyForcibly();
    }
    System.out.printf("hostile JSONL: %d lines, %.1f MB, %.1f s%n", ids.size() + 4, input.size() / 1e6, seconds);
    assertThat(finished).as("finished within 8 minutes").isTrue();
    assertThat(p.exitValue()).isEqualTo(3);

    List<JsonNode> results = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      results.add(mapper.readTree(line));
    }
    assertThat(results).hasSize(ids.size() + 4);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(results.get(i).get("id").asText()).isEqualTo(ids.get(i));
      assertThat(results.get(i).has("error")).as(ids.get(i)).isFalse();
    }
    assertThat(results.subList(ids.size(), results.size())).allSatisfy(r -> assertThat(r.has("error")).isTrue());
    assertThat(results.get(ids.size() + 1).get("error").asText()).contains("not UTF-8", "offset");
    assertThat(results.get(ids.size() + 3).get("error").asText()).contains("over the limit");
    long directAndMixed = 0;
    for (JsonNode q : results.get(ids.indexOf("seed x1500")).get("quotes")) {
      directAndMixed += q.get("type").asText().equals("INDIRECT") ? 0 : 1;
    }
    assertThat(directAndMixed).isEqualTo(10L * COPIES);
  }

  private static Map<String, String> hostileArticles(String seed) {
    Random r = new Random(6);
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      junk.append((char) r.nextInt(0x10000));
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put("seed", seed);
    m.put("empty", "");
    m.put("whitespace", " \n\t\r\n ");
    m.put("binary junk", junk.toString());
    m.put("1 MB sentence", "word and more words said Trump ".repeat(33_000));
    m.put("200k quote marks", "“".repeat(100_000) + "”".repeat(100_000));
    m.put("unbalanced and nested", "He said “she said ‘they said “no” ok” he said, “and then. ".repeat(2000));
    m.put("control characters", "\u0000\u0001 “Hi there, friends,” he said.\u0007\u001b[31m red \u0008".repeat(1000));
    m.put("right to left", "قال الرئيس “نحن سنفوز” \u202Eevil\u202C “We win,” Trump said. שלום ".repeat(1000));
    m.put("emoji", "“We 😀 won 🇺🇸,” Trump said. 👍🏽 \uD83D ".repeat(2000));
    m.put("html as text", "<html><body><p>“We won,” <b>Trump</b> said.</p><script>x=\"y\"</script></body></html>"
        .repeat(2000));
    m.put("seed x1500", String.join("\n\n", Collections.nCopies(COPIES, seed)));
    return m;
  }
}
