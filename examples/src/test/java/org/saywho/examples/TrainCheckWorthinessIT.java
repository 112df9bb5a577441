package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;
import org.saywho.Training;

/** The shipped check-worthiness model is rebuilt bit for bit from the ClaimBuster corpus. */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class TrainCheckWorthinessIT {



  @Test
  void training_onTheCorpus_reproducesTheShippedModelExactly() throws Exception {
    Path corpus = List.of(Path.of("../shared"), Path.of("../../shared")).stream()
        .map(p -> p.resolve("corpora/claimbuster-train.jsonl")).filter(Files::isRegularFile).findFirst().orElseThrow();
    var examples = TrainCheckWorthiness.examples(corpus);
    byte[] trained = Training.trainCheckWorthiness(examples, TrainCheckWorthiness.SETTINGS);
    byte[] shipped = Training.shippedCheckWorthinessModel();
    assertThat(TrainCheckWorthiness.sha256(trained)).isEqualTo(TrainCheckWorthiness.sha256(shipped));
  }
}
