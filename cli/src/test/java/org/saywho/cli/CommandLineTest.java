package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saywho.cli.report.ReportPage;

/** The command line tried as a new user would: each rough edge, one test. */
class CommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a run printed and returned. */
  record Run(int status, String out, String err) {}

  static synchronized Run run(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int status = Main.run(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  @Test
  void blankLinesInJsonLines_areSkipped_notErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"“Yes,” Lee said.\"}\n\n   \n{\"id\":\"b\",\"text\":\"“No,” Kim said.\"}\n");
    Run r = run("", "--jsonl", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out().lines().toList()).hasSize(2).noneMatch(l -> l.contains("error"));
  }

  @Test
  void plainTextOnStdin_andDash_areReadAsOneArticle() {
    Run piped = run("“We will win,” Clinton said.");
    assertThat(piped.status()).isZero();
    assertThat(piped.out()).contains("Clinton", "We will win,");
    Run dash = run("“We will win,” Clinton said.", "--json", "-");
    assertThat(dash.out()).contains("\"id\" : \"stdin\"");
  }

  @Test
  void closedOrEmptyStdin_givesNoFloodOfErrors() {
    Run r = run("", "--jsonl");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).containsExactly("saywho: 0 lines, no errors");
  }

  @Test
  void missingFile_saysNoSuchFile(@TempDir Path dir) {
    Run r = run("", dir.resolve("nope.txt").toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).contains("no such file: " + dir.resolve("nope.txt"));
  }

  @Test
  void unwritableOut_saysWhy(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "“Yes,” Lee said.");
    Run r = run("", "--jsonl", f.toString(), "--out", dir.resolve("no/such/folder/out.jsonl").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("cannot write", "no such folder");
  }

  @Test
  void statsOfAMissingFolder_saysSo(@TempDir Path dir) {
    Run r = run("", "--stats", dir.resolve("corpus").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("no such file or folder: " + dir.resolve("corpus"));
  }

  @Test
  void usageErrors_printOneLineAndAPointerToHelp_notTheWholeHelp() {
    Run r = run("", "--threads", "zero");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(2).last().isEqualTo("Try 'saywho --help' for more information.");
  }

  @Test
  void jsonOfSeveralInputs_isOneValidArray_jsonOfOne_isOneObject(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "“Yes,” Lee said.");
    Files.writeString(dir.resolve("b.txt"), "“No,” Kim said.");
    JsonNode array = JSON.readTree(run("", "--json", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()).out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    assertThat(JSON.readTree(run("", "--json", dir.resolve("a.txt").toString()).out()).isObject()).isTrue();
  }

  @Test
  void conflictingOrOutOfRangeOptions_areRefusedClearly(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "“Yes,” Lee said.");
    assertThat(run("", "--json", "--jsonl", f.toString()).err()).contains("--json and --jsonl are two output formats");
    assertThat(run("", "--json", "--html", f.toString()).err()).contains("--json and --html");
    assertThat(run("", "--html", f.toString(), f.toString()).err()).contains("exactly one");
    assertThat(run("", "--threads", "0", f.toString()).err()).contains("--threads must be at least 1");
    assertThat(run("", "--threads", "-2", f.toString()).status()).isEqualTo(2);
    assertThat(run("", "--min-confidence", "1.5", f.toString()).err()).contains("between 0 and 1");
    assertThat(run("", "--format", "xls", f.toString()).err()).contains("csv or tsv");
  }

  @Test
  void minConfidence_leavesOutLessCertainQuotes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "“We will win,” Clinton said. “We will win big.”");
    int all = JSON.readTree(run("", "--json", f.toString()).out()).get("quotes").size();
    JsonNode sure = JSON.readTree(run("", "--json", "--min-confidence", "0.8", f.toString()).out()).get("quotes");
    assertThat(sure.size()).isLessThan(all);
    assertThat(sure).allSatisfy(q -> assertThat(q.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.8));
  }

  @Test
  void helpWraps_countsAreSingular_tablesHaveNoTrailingSpaces(@TempDir Path dir) throws Exception {
    assertThat(run("", "--help").out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    Files.writeString(dir.resolve("a.txt"), "“We will win,” Clinton said.");
    Run stats = run("", "--stats", dir.toString());
    assertThat(stats.out()).contains("1 article (0 could not be processed), 1 quote:");
    Run table = run("", dir.resolve("a.txt").toString());
    assertThat(table.out().lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    assertThat(table.out()).contains("1 quote").doesNotContain("1 quotes");
    assertThat(run("", "--jsonl", dir.resolve("a.txt").toString()).err()).contains("1 line,");
  }

  @Test
  void utf16WithByteOrderMark_isRead_andEncodingNamesOtherCharsets(@TempDir Path dir) throws Exception {
    Path utf16 = dir.resolve("utf16.txt");
    Files.write(utf16, "\uFEFF“Café is open,” Lee said.".getBytes(StandardCharsets.UTF_16LE));
    assertThat(run("", utf16.toString()).out()).contains("Café is open,");
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "\u201cCaf\u00e9 is open,\u201d Lee said.".getBytes(Charset.forName("windows-1252")));
    Run refused = run("", latin.toString());
    assertThat(refused.err()).contains("not UTF-8", "--encoding");
    assertThat(run("", "--encoding", "windows-1252", latin.toString()).out()).contains("Café is open,");
    assertThat(run("", "--encoding", "no-such", latin.toString()).err()).contains("unknown charset");
  }

  @Test
  void sameFileNameInTwoFolders_getsDistinctIds_theRelativePath(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/story.txt"), "“Yes,” Lee said.");
    Files.writeString(dir.resolve("b/story.txt"), "“No,” Kim said.");
    List<String> ids = run("", "--jsonl", dir.toString()).out().lines().map(l -> {
      try {
        return JSON.readTree(l).get("id").asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(ids).containsExactly("a/story.txt", "b/story.txt");
  }

  @Test
  void reportPage_headlineInTheHeader_aLegend_andDistinctColoursFor24Speakers(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("p.html");
    Files.writeString(page, "<html><head><title>Council closes bridge - Times</title></head><body><article>"
        + "<p>“We had no choice, and we will fix it,” said Mayor Ann Lee on Tuesday to reporters.</p></article></body></html>");
    String html = run("", "--html", page.toString()).out();
    assertThat(html).contains("<h1>Council closes bridge</h1>", "class=\"legend\"", "outlined", "hatched");
    java.util.Set<String> colours = new java.util.HashSet<>();
    for (int i = 0; i < 30; i++) {
      colours.add(ReportPage.colourOf(i));
    }
    assertThat(colours).hasSize(30);
  }

  @Test
  void formatCsvAndTsv_oneRowPerQuote(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "“We will win, and soon,” Clinton said.\n“Never,” Trump said.");
    List<String> csv = run("", "--format", "csv", f.toString()).out().lines().toList();
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0)).isEqualTo("id,speaker,speaker_type,type,cue,cue_kind,start,end,text");
    assertThat(csv.get(1)).isEqualTo("a.txt,Clinton,PERSON,DIRECT,say,SPEECH,1,23,\"We will win, and soon,\"");
    List<String> tsv = run("", "--format", "tsv", f.toString()).out().lines().toList();
    assertThat(tsv.get(2).split("\t")).containsExactly("a.txt", "Trump", "PERSON", "DIRECT", "say", "SPEECH", "40", "46", "Never,");
  }
}
