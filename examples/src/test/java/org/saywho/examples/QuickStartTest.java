package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void main_printsWhoSaidWhatInTheBundledArticle() throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
      SpeakerSummary.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("By Ahmed Kamel for Egypt Daily News", "Dmitry Peskov", "1 direct quote(s) by Peskov",
        "Kremlin spokesperson");
  }
}
