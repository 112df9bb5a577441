package org.saywho.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saywho.Extraction;
import org.saywho.Extractor;

class ReportPageTest {

  private static final String ARTICLE = "By Jane Roe – Daily News\n"
      + "“We will win this state by ten points,” Senator Ann Lee said on Tuesday.\n"
      + "Her rival, Governor Tom Park, said the polls showed a tie. “Polls <lie>,” he added.";

  @Test
  void render_highlightsEveryQuote_underlinesCues_andListsSpeakers() {
    Extraction x = Extractor.builder().build().apply(ARTICLE);
    Document page = Jsoup.parse(ReportPage.render("a.txt", x));
    assertThat(x.quotes().size()).isGreaterThanOrEqualTo(3);
    IntStream.range(0, x.quotes().size()).forEach(i ->
        assertThat(page.select("mark.q[data-q=" + i + "]")).as("quote %d", i).isNotEmpty());
    assertThat(page.select("u.cue")).isNotEmpty();
    assertThat(page.select("article mark.q").first().attr("title")).contains("Ann Lee", "Senator", "direct");
    assertThat(page.select("aside table tbody tr")).hasSize(x.speakers().size());
    assertThat(page.select("script[src], link, img, iframe")).isEmpty();
    assertThat(page.getElementById("article").wholeText()).isEqualTo(ARTICLE);
  }
}
