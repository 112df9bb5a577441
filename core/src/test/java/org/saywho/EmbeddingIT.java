package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A library user's program, in a JVM of its own with an SLF4J provider at its default level: building
 * an extractor and extracting print nothing on stderr (no tagger loading line, no warnings).
 */
class EmbeddingIT {

  @Test
  void buildingAndExtracting_printNothingOnStderr() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), EmbeddingProbe.class.getName())
        .redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out.strip()).isEqualTo("1");
    assertThat(err).isEmpty();
  }
}
