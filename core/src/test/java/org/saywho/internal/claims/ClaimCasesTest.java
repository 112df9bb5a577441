package org.saywho.internal.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.CaseTable;
import org.saywho.internal.pipeline.TestPipeline;

/** Every rule of {@code claim-cases.tsv} holds for its positive case and not for its negative one. */
class ClaimCasesTest {

  private static final ClaimTypes TYPES = new ClaimTypes(TestPipeline.models().claimWords(), TestPipeline.models().words());

  static Stream<Arguments> cases() throws IOException {
    return CaseTable.read(ClaimCasesTest.class, "claim-cases.tsv").stream();
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @MethodSource("cases")
  void rule_holdsForItsPositiveCaseAndNotForItsNegativeOne(String rule, String polarity, String sentence, String expected) {
    assertThat(observed(sentence, expected)).as(rule + " (" + polarity + ")").isEqualTo(expected);
  }

  /** What the stage says of {@code sentence}, in the terms of {@code expected}. */
  private static String observed(String sentence, String expected) {
    if (expected.endsWith("hedged")) {
      Tokens t = TestPipeline.read(sentence).tokens();
      return TYPES.hedged(t, 0, t.size()) ? "hedged" : "not hedged";
    }
    if (expected.startsWith("type ")) {
      Tokens t = TestPipeline.read(sentence).tokens();
      return "type " + TYPES.type(t, 0, t.size());
    }
    if (expected.endsWith("number")) {
      Tokens t = TestPipeline.read(sentence).tokens();
      return IntStream.range(0, t.size()).anyMatch(i -> TYPES.pointNumber(t, i)) ? "number" : "no number";
    }
    Annotated doc = TestPipeline.annotate(sentence);
    List<ClaimCandidate> claims = doc.claims().stream().filter(ClaimCandidate::claim).toList();
    if (expected.startsWith("by ")) {
      assertThat(claims).as("a claim in: " + sentence).isNotEmpty();
      return claims.get(0).source().isPresent() ? "by speaker" : "by article";
    }
    return claims.isEmpty() ? "no claim" : "claim";
  }

  @Test
  void table_hasAPositiveAndANegativeCasePerRule() throws IOException {
    List<Arguments> all = cases().toList();
    List<String> names = all.stream().map(a -> (String) a.get()[0]).distinct().toList();
    for (String name : names) {
      assertThat(all.stream().filter(a -> a.get()[0].equals(name)).map(a -> (String) a.get()[1]))
          .as(name).containsExactlyInAnyOrder("positive", "negative");
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(9);
  }
}
