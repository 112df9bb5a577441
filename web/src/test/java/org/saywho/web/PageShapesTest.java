package org.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Pages written in the shapes common news sites have (ours, not publishers'), read end to end. */
class PageShapesTest {

  private static String page(String name) throws IOException {
    try (InputStream in = PageShapesTest.class.getResourceAsStream("/pages/" + name)) {
      return WebPage.read(in.readAllBytes(), "", "").text();
    }
  }

  @Test
  void of_wordpressShapedPage_keepsHeadlineBylineAndParagraphs_dropsTheRest() throws Exception {
    String text = page("wordpress.html");
    assertThat(text.lines().filter(l -> !l.isBlank()).toList()).containsExactly(
        "Council approves bridge repairs after two-year delay",
        "By Maria Lopez – Riverside Gazette",
        "The city council voted 7-2 on Tuesday to spend $4.2 million repairing the Elm Street bridge, which has been "
            + "closed to trucks since 2023.",
        "“This bridge carries half the town’s freight, and we have waited long enough,” said Councilwoman Dana Reyes, "
            + "who sponsored the measure.",
        "Mayor Tom Becker said the work would begin in March and take about eight months.",
        "Opponents argued that the money should go to schools. “We are patching a bridge while classrooms leak,” "
            + "Councilman Ed Park told reporters.");
  }

  @Test
  void of_newsroomShapedPage_readsArticleBodyAndMetaAuthor_withoutAdsOrNavigation() throws Exception {
    String text = page("newsroom.html");
    assertThat(text).startsWith("Ministers clash over fishing quotas\n\nBy Ahmed Kamel – Northern Wire\n\n");
    assertThat(text).contains("Tonight we protected neither,” she said.", "talks would resume in January.");
    assertThat(text).doesNotContain("cookies", "Sponsored", "Front page", "Storm warning", "Northern Wire Ltd", "loaded");
  }

  @Test
  void of_pageWithoutSemanticMarkup_findsTheParagraphs() throws Exception {
    String text = page("divsoup.html");
    assertThat(text).startsWith("Local team wins title\n\n");
    assertThat(text).contains("coach Sam Ortiz said after the match.", "organisers said.");
    assertThat(text).doesNotContain("LOG IN", "Traffic", "Copyright");
  }

  @Test
  void of_notHtmlAtAll_isItsText() {
    assertThat(WebPage.read("just words, “quoted,” she said", "").text()).isEqualTo("just words, “quoted,” she said");
    assertThat(WebPage.read("", "").text()).isEmpty();
  }

  @Test
  void of_pageWithTeasers_takesTheLargestArticle_andCleansTheByline() throws Exception {
    String text = page("teasers.html");
    assertThat(text).startsWith("Port strike ends after nine days\n\nBy Jo Smith – Coastal Times\n\nDock workers");
    assertThat(text).contains("union leader Marta Quinn told reporters outside the gates.");
    assertThat(text).doesNotContain("Ferry fares", "School opens", "Rain expected", "Updated");
  }
}
