package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.examples.eval.Gold;
import org.saywho.examples.eval.Scorer;
import org.saywho.examples.eval.Scores;

/**
 * Guards accuracy on the PolNeAR dev corpus (../shared/corpora/polnear-dev.jsonl) against regressions:
 * each floor sits a little under the figure the README reports.
 */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class PolnearDevIT {



  private static List<Gold> gold;
  private static List<Extraction> results;

  @BeforeAll
  static void run() throws Exception {
    Path corpus = List.of(Path.of("../shared"), Path.of("../../shared")).stream()
        .map(p -> p.resolve("corpora/polnear-dev.jsonl")).filter(Files::isRegularFile).findFirst().orElseThrow();
    gold = Gold.read(corpus);
    results = Extractor.builder().build().extractAll(gold.stream().map(Gold::text).toList());
  }

  private static Scores score(String... types) {
    Scorer scorer = new Scorer(Set.of(types));
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i), results.get(i));
    }
    return scorer.scores();
  }

  @Test
  void directAndMixedQuotes_f1AndSpeakerAccuracy() {
    Scores s = score("direct", "mixed");
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.87);
    assertThat(s.speakerAccuracy()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void allAttributions_f1() {
    assertThat(score("direct", "mixed", "indirect").f1()).isGreaterThanOrEqualTo(0.67);
  }

  @Test
  void eachType_f1() {
    assertThat(score("direct").f1()).isGreaterThanOrEqualTo(0.91);
    assertThat(score("mixed").f1()).isGreaterThanOrEqualTo(0.68);
    assertThat(score("indirect").f1()).isGreaterThanOrEqualTo(0.54);
  }

  @Test
  void everyArticle_isProcessed() {
    assertThat(results).hasSize(84).allSatisfy(x -> assertThat(x.failure()).isEmpty());
  }
}
