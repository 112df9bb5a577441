package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.pipeline.TestPipeline;

class AppositiveRolesTest {

  @Test
  void roleAfterAnInvertedSpeaker_takesUpToThreePrepositionalPhrases() {
    Annotated doc = TestPipeline.annotate("“This is another piece in the jigsaw,” said Kevin McConway, an emeritus professor"
        + " of applied statistics at the Open University in the UK.");
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e ->
        assertThat(e.roles()).containsExactly("emeritus professor of applied statistics at the Open University in the UK"));
  }

  @Test
  void roleAfterAnInvertedSpeaker_thatRunsOnIntoAClause_isNoRole() {
    Annotated doc = TestPipeline.annotate("“This is another piece in the jigsaw,” said Kevin McConway, an emeritus professor"
        + " of statistics and he added more.");
    assertThat(doc.speakers().speaker(0)).hasValueSatisfying(e -> assertThat(e.roles()).isEmpty());
  }
}
