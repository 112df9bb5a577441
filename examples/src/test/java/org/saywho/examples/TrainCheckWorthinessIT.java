package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.claims.CheckWorthinessModel;
import org.saywho.internal.claims.CheckWorthinessTrainer;

/** The shipped check-worthiness model is rebuilt bit for bit from the ClaimBuster corpus. */
class TrainCheckWorthinessIT {

  @Test
  void training_onTheCorpus_reproducesTheShippedModelExactly() throws Exception {
    Path corpus = List.of(Path.of("../shared"), Path.of("../../shared")).stream()
        .map(p -> p.resolve("corpora/claimbuster-train.jsonl")).filter(Files::isRegularFile).findFirst().orElseThrow();
    var examples = TrainCheckWorthiness.examples(corpus);
    byte[] trained = CheckWorthinessTrainer.bytes(new CheckWorthinessTrainer(
        TrainCheckWorthiness.L2, TrainCheckWorthiness.ITERATIONS, TrainCheckWorthiness.CUTOFF).train(examples));
    byte[] shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(CheckWorthinessModel.MODEL)) {
      shipped = in.readAllBytes();
    }
    assertThat(TrainCheckWorthiness.sha256(trained)).isEqualTo(TrainCheckWorthiness.sha256(shipped));
  }
}
