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
    List<Integer> numbers = nonBlankLines(input);
    assertThat(written).as("lines written").hasSize(numbers.size());
    long errorLines = 0;
    for (int i = 0; i < written.size(); i++) {
      JsonNode line = Shared.MAPPER.readTree(written.get(i));
      assertThat(line.isObject()).isTrue();
      if (line.has("error")) {
        errorLines++;
        assertThat(line.get("line").asInt()).isEqualTo(numbers.get(i));
      } else {
        assertThat(line.has("quotes")).isTrue();
      }
    }
    assertThat(errorLines).isEqualTo(errors);
  }

  /** The 1-based numbers of the input's lines that hold more than spaces, tabs and carriage returns. */
  private static List<Integer> nonBlankLines(byte[] input) {
    List<Integer> out = new java.util.ArrayList<>();
    int line = 1;
    boolean blank = true;
    for (int i = 0; i < input.length; i++) {
      byte b = input[i];
      if (b == '\n') {
        if (!blank) {
          out.add(line);
        }
        line++;
        blank = true;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
    }
    if (input.length > 0 && input[input.length - 1] != '\n' && !blank) {
      out.add(line);
    }
    return out;
  }
}
