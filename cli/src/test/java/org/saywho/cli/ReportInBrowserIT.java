package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.cli.input.Utf8Files;

/**
 * Loads the report page of the bundled article in headless Chromium (Debian's {@code chromium},
 * which {@code .ci/run} installs): the browser paints every quote highlighted, and a screenshot is
 * saved as {@code target/report.png}.
 */
class ReportInBrowserIT {

  private static final Path ARTICLE = Path.of("../examples/articles/rubio-lavrov.txt");

  @Test
  void htmlReport_inChromium_highlightsEveryQuote_andRenders() throws Exception {
    Path page = Path.of("target/report.html").toAbsolutePath();
    assertThat(Main.run("--html", ARTICLE.toString(), "--out", page.toString())).isZero();
    Extraction x = Extractor.builder().build().apply(Utf8Files.read(ARTICLE));

    Path profile = Files.createTempDirectory("chromium");
    String dom = chromium(profile, "--dump-dom", page.toUri().toString());
    Document loaded = Jsoup.parse(dom);
    assertThat(loaded.body().attr("data-highlighted")).isEqualTo(String.valueOf(x.quotes().size()));
    assertThat(loaded.select("mark.q")).hasSizeGreaterThanOrEqualTo(x.quotes().size());

    Path png = Path.of("target/report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium(profile, "--screenshot=" + png, "--window-size=1400,1500", "--hide-scrollbars", page.toUri().toString());
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
  }

  private static String chromium(Path profile, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("chromium", ".log");
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as("chromium exit status; log in %s", log).isZero();
    return out;
  }
}
