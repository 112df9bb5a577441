package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Extractor#apply}. A plain test run replays the regression corpus in
 * {@code src/test/resources/org/saywho/ExtractorFuzzTestInputs}; the build's {@code fuzz} execution
 * sets {@code JAZZER_FUZZ=1} and lets the fuzzer mutate inputs for a bounded time, writing any input
 * that breaks an assertion into that corpus.
 */
class ExtractorFuzzTest {

  private static final class Shared {
    static final Extractor EXTRACTOR = Extractor.builder().build();
  }

  @FuzzTest(maxDuration = "60s")
  void extract_fuzzedText_answersWithValidSpans(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Extraction x = Shared.EXTRACTOR.apply(text);
    assertThat(x.failure()).as("internal failure on %s", text).isEmpty();
    for (Quote q : x.quotes()) {
      assertThat(q.span().in(text)).isEqualTo(q.text());
      q.cue().ifPresent(c -> assertThat(c.span().in(text)).isEqualTo(c.text()));
      q.speakerMention().ifPresent(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
    }
    for (Speaker s : x.speakers()) {
      s.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
    }
    for (Claim c : x.claims()) {
      assertThat(c.span().in(text)).isEqualTo(c.text());
    }
  }
}
