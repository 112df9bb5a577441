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
  void unknownOption_isAUsageError() {
    assertThat(Main.run("--no-such-option")).isEqualTo(2);
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
  void claimTopics_tagClaimsWithTheirTopics_andABlankTopicIsAUsageError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Officials said that 40 percent of adults have had a COVID-19 vaccine. Taxes rose in 2019.");
    int[] code = new int[1];
    String out = capture(() -> code[0] = Main.run("--json", "--claim-topics", "vaccine,mask", f.toString()));
    assertThat(code[0]).isZero();
    assertThat(out).contains("\"topics\" : [ \"vaccine\" ]");
    assertThat(Main.run("--claim-topics", "covid,,mask", f.toString())).isEqualTo(2);
  }

  @Test
  void notUtf8File_isReported_andExitsThree(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Main.run(f.toString())).isEqualTo(3);
  }

  @Test
  void jsonlFolder_writesALinePerArticle_namingItsSource(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "“We will win,” Clinton said.");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.html"), "<html><body><article><h1>Vote</h1>"
        + "<p>“It is over,” Trump told reporters on Tuesday in a long speech to supporters in Ohio.</p>"
        + "<p>He spoke for two hours about trade, taxes and the border wall before leaving.</p>"
        + "<p>Officials said the crowd numbered about 5,000 people.</p></article></body></html>");
    Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"x\",\"text\":\"Lee said it rained.\"}\n{bad\n");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Path out = dir.resolve("out.jsonl");
    assertThat(Main.run("--jsonl", dir.toString(), "--out", out.toString())).isEqualTo(3);
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var lines = Files.readAllLines(out).stream().map(l -> {
      try {
        return mapper.readTree(l);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(lines).extracting(l -> l.get("source").asText()).containsExactly(
        dir.resolve("a.txt").toString(), dir.resolve("c.jsonl").toString(), dir.resolve("c.jsonl").toString(),
        dir.resolve("sub/b.html").toString());
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a.txt");
    assertThat(lines.get(1).get("id").asText()).isEqualTo("x");
    assertThat(lines.get(2).get("error").asText()).startsWith("malformed JSON");
    assertThat(lines.get(3).get("text").asText()).startsWith("Vote\n\n“It is over,”");
    assertThat(lines.get(3).get("quotes").get(0).get("text").asText()).isEqualTo("It is over,");
  }

  @Test
  void stats_printsWhoIsQuotedMost(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "“We will win,” Clinton said.\n“We will not,” Clinton added.");
    Files.writeString(dir.resolve("b.txt"), "“Sad,” Trump said.");
    int[] code = new int[1];
    String out = capture(() -> code[0] = Main.run("--stats", dir.toString()));
    assertThat(code[0]).isZero();
    assertThat(out).contains("2 articles (0 could not be processed), 3 quotes");
    assertThat(out.lines().filter(l -> l.startsWith("1 ")).findFirst()).hasValueSatisfying(l -> assertThat(l).contains("Clinton"));
    String json = capture(() -> Main.run("--stats", "--json", dir.toString()));
    assertThat(json).contains("\"name\" : \"Clinton\"");
  }

  @Test
  void html_writesAReportPage(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "“We will win,” Clinton said.");
    String out = capture(() -> Main.run("--html", f.toString()));
    assertThat(out).startsWith("<!DOCTYPE html>").contains("<mark class=\"q direct\"", "Clinton");
  }
}
