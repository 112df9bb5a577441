package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every construction of {@code attribution-cases.tsv} finds its positive case and nothing in its negative one. */
class AttributionCasesTest {

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = Objects.requireNonNull(AttributionCasesTest.class.getResourceAsStream("attribution-cases.tsv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(f -> Arguments.of(f[0], f[1], f[2].replace("\\n", "\n"), f[3]))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @MethodSource("cases")
  void construction_findsItsPositiveCaseAndNothingInItsNegativeOne(String construction, String polarity, String sentence,
      String expected) {
    List<String> found = AttributorTest.attributions(sentence);
    if (polarity.equals("negative")) {
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
