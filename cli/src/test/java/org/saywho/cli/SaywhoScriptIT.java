package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./saywho} in a shell: {@code | head -1} ends the run at once, and the progress bar
 * shows only when the results do not go to the terminal (a pseudo-terminal from {@code script}).
 */
class SaywhoScriptIT {

  private static final String LINE = "{\"id\":\"%d\",\"text\":\"“We will win this state,” Senator Ann Lee said on Tuesday."
      + " Her rival said the polls showed a tie, and he added that the race was close.\"}\n";

  private static String bash(String command, long seconds) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", command).directory(Path.of("..").toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as(out).isTrue();
    return out;
  }

  private static Path corpus(Path dir, int lines) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(String.format(LINE, i));
    }
    Path f = dir.resolve("big.jsonl");
    Files.writeString(f, sb);
    return f;
  }

  @Test
  void headOne_endsTheRunPromptly_withoutProcessingTheRest(@TempDir Path dir) throws Exception {
    Path big = corpus(dir, 3000);
    long start = System.nanoTime();
    String out = bash("./saywho --jsonl " + big + " --threads 1 2>/dev/null | head -1; echo \"status ${PIPESTATUS[0]}\"", 120);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(out.lines().toList()).hasSize(2);
    assertThat(out.lines().toList().get(0)).startsWith("{\"id\":\"0\"");
    assertThat(out).containsPattern("status (141|0)");
    // 3000 articles take about a minute on one thread; a run that stops at the broken pipe takes seconds.
    assertThat(seconds).isLessThan(30);
  }

  @Test
  void progressBar_onlyWhenResultsDoNotGoToTheTerminal(@TempDir Path dir) throws Exception {
    Path small = corpus(dir, 3);
    String toTerminal = bash("script -qec './saywho --jsonl " + small + "' /dev/null", 120);
    assertThat(toTerminal).contains("\"id\":\"2\"").doesNotContain("art/s").doesNotContain("%");
    String toFile = bash("script -qec './saywho --jsonl " + small + " --out " + dir.resolve("out.jsonl") + "' /dev/null", 120);
    assertThat(toFile).contains("articles").doesNotContain("\"id\"");
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(3);
  }
}
