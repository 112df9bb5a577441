package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.saywho.Extractor;

/**
 * Fuzzes the {@code --jsonl} reader with raw bytes. A plain test run replays the regression corpus in
 * {@code src/test/resources/org/saywho/cli/JsonLinesFuzzTestInputs}; the build's {@code fuzz}
 * execution lets the fuzzer mutate inputs for a bounded time.
 */
class JsonLinesFuzzTest {

  private static final class Shared {
    static final Extractor EXTRACTOR = Extractor.builder().build();
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @FuzzTest(maxDuration = "30s")
  void run_fuzzedInput_answersEveryLineInOrder(byte[] input) throws IOException {
    StringWriter out = new StringWriter();
    long errors;
    try (JsonLines runner = new JsonLines(Shared.EXTRACTOR, Shared.MAPPER, 2)) {
      errors = runner.run(new ByteArrayInputStream(input), "fuzz.jsonl", new PrintWriter(out));
    }
    List<String> written = out.toString().lines().toList();
    assertThat(written).as("lines written").hasSize(lineCount(input));
    long errorLines = 0;
    for (int i = 0; i < written.size(); i++) {
      JsonNode line = Shared.MAPPER.readTree(written.get(i));
      assertThat(line.isObject()).isTrue();
      if (line.has("error")) {
        errorLines++;
        assertThat(line.get("line").asLong()).isEqualTo(i + 1);
      } else {
        assertThat(line.has("quotes")).isTrue();
      }
    }
    assertThat(errorLines).isEqualTo(errors);
  }

  private static int lineCount(byte[] input) {
    int n = 0;
    for (byte b : input) {
      n += b == '\n' ? 1 : 0;
    }
    return input.length > 0 && input[input.length - 1] != '\n' ? n + 1 : n;
  }
}
