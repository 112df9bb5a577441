package org.saywho.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  private static String page(String name) throws IOException, URISyntaxException {
    return HtmlText.of(Path.of(HtmlTextTest.class.getResource("/pages/" + name).toURI()));
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
    assertThat(HtmlText.of("just words, “quoted,” she said")).isEqualTo("just words, “quoted,” she said");
    assertThat(HtmlText.of("")).isEmpty();
  }

  @Test
  void of_pageWithTeasers_takesTheLargestArticle_andCleansTheByline() throws Exception {
    String text = page("teasers.html");
    assertThat(text).startsWith("Port strike ends after nine days\n\nBy Jo Smith – Coastal Times\n\nDock workers");
    assertThat(text).contains("union leader Marta Quinn told reporters outside the gates.");
    assertThat(text).doesNotContain("Ferry fares", "School opens", "Rain expected", "Updated");
  }
}
