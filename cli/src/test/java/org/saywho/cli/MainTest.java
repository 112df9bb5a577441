package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help_printsUsage_andExitsZero() {
    int[] code = new int[1];
    String out = capture(() -> code[0] = Main.run("--help"));
    assertThat(code[0]).isZero();
    assertThat(out).contains("Usage: saywho", "--jsonl");
  }

  @Test
  void noArguments_isAUsageError() {
    assertThat(Main.run()).isEqualTo(2);
  }

  @Test
  void file_printsAWhoSaidWhatTable(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "“We will win,” Clinton said.");
    int[] code = new int[1];
    String out = capture(() -> code[0] = Main.run(f.toString()));
    assertThat(code[0]).isZero();
    assertThat(out).contains("SPEAKER", "Clinton", "direct", "We will win,");
  }

  @Test
  void notUtf8File_isReported_andExitsThree(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Main.run(f.toString())).isEqualTo(3);
  }
}
