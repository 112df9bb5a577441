package org.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class WebPageTest {

  private static final String PARAGRAPHS = """
      <p>The city council voted on Tuesday to close the bridge for repairs, a decision that will reroute traffic for months.</p>
      <p>“We had no choice,” said Mayor Ann Lee, who called the structure unsafe after an inspection in March.</p>
      <p>Residents said the detour would add twenty minutes to their commute, and shop owners feared losing customers.</p>
      """;

  private static String page(String head, String body) {
    return "<html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void read_declaredMetadata_fromJsonLdAndOpenGraph() {
    String head = """
        <title>Council closes bridge - Springfield Times</title>
        <meta property="og:site_name" content="Springfield Times">
        <link rel="canonical" href="https://times.example/bridge">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Council closes bridge for repairs","datePublished":"2019-11-19T05:44:06Z",
          "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}]}</script>
        """;
    WebArticle a = WebPage.read(page(head, "<article>" + PARAGRAPHS + "</article>"), "");
    assertThat(a.headline()).hasValue("Council closes bridge for repairs");
    assertThat(a.authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(a.outlet()).hasValue("Springfield Times");
    assertThat(a.published()).hasValue("2019-11-19T05:44:06Z");
    assertThat(a.url()).hasValue("https://times.example/bridge");
    assertThat(a.language()).hasValue("en");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).startsWith("Council closes bridge for repairs\n\nBy Jane Roe and John Doe – Springfield Times\n\n");
  }

  @Test
  void read_misleadingClassOnTheBodyOrItsContainer_keepsTheArticle() {
    String body = "<div class=\"one-sidebar sidebar-second modal-enabled\"><div class=\"menu-type-story\">"
        + PARAGRAPHS + "</div></div><div class=\"sidebar\"><p>Most read: a story about something else entirely, click.</p></div>";
    WebArticle a = WebPage.read(page("<title>Bridge</title>", body), "");
    assertThat(a.paragraphs()).hasSize(3).noneMatch(p -> p.startsWith("Most read"));
  }

  @Test
  void read_bodyOfDivsAndLineBreaks_readsAsParagraphs() {
    String body = "<div class=\"story\">The city council voted on Tuesday to close the bridge for repairs, a decision"
        + " that will reroute traffic.<br><br>“We had no choice,” said Mayor Ann Lee, who called the structure unsafe"
        + " after an inspection.<br><br>Residents said the detour would add twenty minutes to their commute.</div>";
    WebArticle a = WebPage.read(page("<title>Bridge</title>", body), "");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(1)).startsWith("“We had no choice,”");
  }

  @Test
  void read_captionsFurnitureAndShareBars_areLeftOut() {
    String body = "<article><figure><img src=x><figcaption>The bridge in March. Photo: AP</figcaption></figure>"
        + "<div class=\"share-bar\"><a href=#>Share</a><a href=#>Tweet</a></div>" + PARAGRAPHS
        + "<p>Advertisement</p><p>READ MORE: Council approves budget</p><p>Close</p></article>";
    WebArticle a = WebPage.read(page("<title>Bridge</title>", body), "");
    assertThat(a.body()).doesNotContain("Photo: AP", "Tweet", "Advertisement", "READ MORE", "Close");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void read_logoInH1_isNotTheHeadline_theTitleIsTakenWithoutTheSiteName() {
    String body = "<header><h1><img src=logo.png alt=Times></h1></header><article>" + PARAGRAPHS + "</article>";
    WebArticle a = WebPage.read(page("<title>Council closes bridge for repairs | Springfield Times</title>", body), "");
    assertThat(a.headline()).hasValue("Council closes bridge for repairs");
  }

  @Test
  void read_junkAuthor_isLeftOut_noAuthorIsBetterThanAWrongOne() {
    String head = "<meta name=\"author\" content=\"By Follow @springtimes\">";
    assertThat(WebPage.read(page(head, "<article>" + PARAGRAPHS + "</article>"), "").authors()).isEmpty();
  }

  @Test
  void read_windows1252Bytes_decodeRight() {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] bytes = page("<meta charset=\"iso-8859-1\">", "<article>" + PARAGRAPHS + "</article>").getBytes(cp1252);
    assertThat(WebPage.read(bytes, "", "").paragraphs().get(1)).startsWith("“We had no choice,”");
  }

  @Test
  void read_emptyOrBinaryOrNonHtml_givesAnEmptyArticleWithoutThrowing() {
    assertThat(WebPage.read("", "").isEmpty()).isTrue();
    assertThat(WebPage.read("\u0000\u0001\uFFFF<<<>>>", "").headline()).isEmpty();
    assertThat(WebPage.read(new byte[] {(byte) 0xFF, 0, 1, 2}, "application/octet-stream", "").headline()).isEmpty();
  }
}
