package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saywho.internal.pipeline.CaseTable;

/**
 * Every construction of {@code attribution-cases.tsv} finds its positive case and nothing in its negative
 * one; a construction that types what it finds gives the attribution its negative case must not find as
 * "not …".
 */
class AttributionCasesTest {

  static Stream<Arguments> cases() throws IOException {
    return CaseTable.read(AttributionCasesTest.class, "attribution-cases.tsv").stream();
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @MethodSource("cases")
  void construction_findsItsPositiveCaseAndNothingInItsNegativeOne(String construction, String polarity, String sentence,
      String expected) {
    List<String> found = AttributorTest.attributions(sentence);
    if (polarity.equals("negative") && expected.startsWith("not ")) {
      assertThat(found).as(construction).isNotEmpty().doesNotContain(expected.substring("not ".length()));
    } else if (polarity.equals("negative")) {
      assertThat(found).as(construction).isEmpty();
    } else {
      assertThat(found).as(construction).contains(expected);
    }
  }

  @Test
  void table_hasAPositiveAndANegativeCasePerConstruction() throws IOException {
    List<Arguments> all = cases().toList();
    List<String> names = all.stream().map(a -> (String) a.get()[0]).distinct().toList();
    for (String name : names) {
      assertThat(all.stream().filter(a -> a.get()[0].equals(name)).map(a -> (String) a.get()[1]))
          .as(name).containsExactlyInAnyOrder("positive", "negative");
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
  }
}
