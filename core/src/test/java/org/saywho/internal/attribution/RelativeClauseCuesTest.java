package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeClauseCuesTest {

  @Test
  void cueInsideARelativeClauseBetweenCommas_reportsNoFurtherThanTheClause() {
    assertThat(AttributorTest.attributions("Grady, who has pleaded not guilty, sat quietly at the defense table."))
        .noneMatch(a -> a.contains("sat quietly"));
  }

  @Test
  void asideOfTheContentsSubject_isNoEndOfTheClause() {
    assertThat(AttributorTest.attributions("Aguilar, who said the two men, and Cruz in particular, must do more, spoke on Monday."))
        .noneMatch(a -> a.endsWith("| the two men, and Cruz in particular"));
  }

  @Test
  void cueOfAMainClause_keepsAContentThatRunsPastAComma() {
    assertThat(AttributorTest.attributions("Grady said the senator, who has denied wrongdoing, ordered the records destroyed."))
        .anyMatch(a -> a.startsWith("INDIRECT Grady | say |") && a.endsWith("ordered the records destroyed"));
  }
}
