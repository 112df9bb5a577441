package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.pipeline.TestPipeline;

class AnonymityClausesTest {

  private static Annotated annotate(String sentence) {
    return TestPipeline.annotate("Headline here\n\nThe first paragraph is here.\n\n" + sentence);
  }

  /** The content of the sentence's only attribution. */
  private static String onlyContent(String sentence) {
    Annotated doc = annotate(sentence);
    assertThat(doc.attributions()).hasSize(1);
    return doc.attributions().get(0).content().in(doc.article().text());
  }

  @Test
  void askingNotToBeNamed_isNoReport_andTheQuoteTakesTheCueAfterTheClause() {
    Annotated doc = annotate("“I cannot go on,” one nurse, who asked not to be named, told CBC.");
    assertThat(doc.attributions()).singleElement().satisfies(a -> {
      assertThat(a.content().in(doc.article().text())).isEqualTo("I cannot go on,");
      assertThat(a.cue()).map(Attribution.CueMention::lemma).contains("tell");
    });
  }

  @Test
  void askingNotToBeIdentifiedWithAReason_isNoReport() {
    assertThat(onlyContent("The talks may not lead to a deal, said the people, who asked not to be identified "
        + "because the matter is private.")).isEqualTo("The talks may not lead to a deal");
  }

  @Test
  void participleAskingForAnonymityAfterTheCue_isNoReport() {
    assertThat(onlyContent("The company has not made a final decision, the sources said, asking not to be named "
        + "because the discussions are private.")).isEqualTo("The company has not made a final decision");
  }

  @Test
  void aRequestThatIsNoAnonymityCondition_staysAReport() {
    Annotated doc = annotate("The nurse asked the minister to be honest with patients.");
    assertThat(doc.attributions()).extracting(a -> a.cue().map(Attribution.CueMention::lemma).orElse(""))
        .contains("ask");
  }
}
