package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddedCountsTest {

  @Test
  void addingANumberOfThings_reportsNothing() {
    assertThat(AttributorTest.attributions("RJ Barrett added 22 points for Toronto, which has won four of five."))
        .noneMatch(a -> a.contains("| add |"));
  }

  @Test
  void addingThatANumberHolds_staysAReport() {
    assertThat(AttributorTest.attributions("The coach added that 22 players would travel to Boston."))
        .contains("INDIRECT The coach | add | 22 players would travel to Boston");
  }

  @Test
  void addingToAConcernThat_reportsNothing_butAddingToReportersThatDoes() {
    assertThat(AttributorTest.attributions("Factory activity shrank in May, a private survey showed, adding to concerns that tariffs are weighing on the economy."))
        .noneMatch(a -> a.contains("| add |"));
    assertThat(AttributorTest.attributions("The coach added to reporters that 22 players would travel to Boston."))
        .anyMatch(a -> a.endsWith("| add | 22 players would travel to Boston"));
  }

  @Test
  void addingQuotedWordsToSomething_reportsNothing_butAddingAQuotedClauseDoes() {
    assertThat(AttributorTest.attributions("Head coach Enzo Maresca said the winger would add \"pace and creativity\" to his attack."))
        .noneMatch(a -> a.startsWith("DIRECT"));
    assertThat(AttributorTest.attributions("\"It was a hard game,\" Maresca said. He added: \"We were lucky to win.\""))
        .anyMatch(a -> a.contains("| add | We were lucky to win."));
  }
}
