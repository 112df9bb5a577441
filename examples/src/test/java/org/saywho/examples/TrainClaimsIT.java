package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.Training;
import org.saywho.testing.SharedData;

/** The shipped news claim model is rebuilt bit for bit from the claims gold and the PolNeAR dev texts. */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class TrainClaimsIT {

  private static Path shared(String file) {
    return List.of(Path.of("../shared"), Path.of("../../shared")).stream().map(p -> p.resolve(file))
        .filter(Files::isRegularFile).findFirst().orElseThrow();
  }

  @Test
  void training_onTheClaimsGold_reproducesTheShippedModelsExactly() throws Exception {
    var articles = TrainClaims.articles(shared("gold/claims-dev.jsonl"), shared("corpora/polnear-dev.jsonl"));
    List<byte[]> trained = Training.trainClaims(Training.claimCorpus(articles), TrainClaims.SETTINGS);
    List<byte[]> shipped = Training.shippedClaimModels();
    assertThat(trained).hasSize(3);
    for (int k = 0; k < 3; k++) {
      assertThat(TrainCheckWorthiness.sha256(trained.get(k))).as("model " + k).isEqualTo(TrainCheckWorthiness.sha256(shipped.get(k)));
    }
  }
}
