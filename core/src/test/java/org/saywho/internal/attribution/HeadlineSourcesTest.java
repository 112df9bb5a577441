package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineSourcesTest {

  @Test
  void documentBeforeAHeadlinesColon_reportsTheClause_andAReportInsideItStays() {
    assertThat(AttributorTest.attributions("Report: Amazon plans to cut thousands of jobs\n\nThe cuts would come next year."))
        .contains("INDIRECT Report | : | Amazon plans to cut thousands of jobs", "INDIRECT Amazon | plan | to cut thousands of jobs");
  }

  @Test
  void topicBeforeAHeadlinesColon_isNoSource() {
    assertThat(AttributorTest.attributions("Traffic: Lanes closed after crash on the M62\n\nThe road reopened at noon."))
        .isEmpty();
  }
}
