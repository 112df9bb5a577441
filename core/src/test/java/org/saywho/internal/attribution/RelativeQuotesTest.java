package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.pipeline.TestPipeline;

class RelativeQuotesTest {

  private static List<String> contents(String sentence) {
    Annotated doc = TestPipeline.annotate("Headline here\n\nThe first paragraph is here.\n\n" + sentence);
    return doc.attributions().stream().map(Attribution::content).map(c -> c.in(doc.article().text())).toList();
  }

  @Test
  void theQuote_isTheRelativeClausesSubjects_andAnOuterReportEndsBeforeIt() {
    assertThat(contents("The city council voted on Tuesday to close the plant, a decision that Mayor Lisa Chen called "
        + "\"long overdue.\"")).contains("long overdue.").noneMatch(c -> c.contains("Lisa Chen"));
  }

  @Test
  void aPronounSubject_leavesTheQuoteToTheOuterReport() {
    assertThat(contents("The campaign denounced what it called \"the biggest coordinated attack in history.\""))
        .doesNotContain("the biggest coordinated attack in history.");
  }
}
