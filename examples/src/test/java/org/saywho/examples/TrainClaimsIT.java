package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.Training;
import org.saywho.testing.SharedData;

/**
 * The shipped news claim model, its three regressions and the thresholds its cross-validation
 * chooses, is rebuilt bit for bit from the claims gold and the PolNeAR dev texts.
 */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class TrainClaimsIT {

  @Test
  void training_onTheClaimsGold_reproducesTheShippedModelsExactly() throws Exception {
    var articles = TrainClaims.articles(SharedData.file("gold/claims-dev.jsonl"), SharedData.file("corpora/polnear-dev.jsonl"));
    List<byte[]> trained = Training.trainClaims(Training.claimCorpus(articles), TrainClaims.SETTINGS);
    List<byte[]> shipped = Training.shippedClaimModels();
    assertThat(trained).hasSize(3);
    for (int k = 0; k < 3; k++) {
      assertThat(TrainCheckWorthiness.sha256(trained.get(k))).as("model " + k).isEqualTo(TrainCheckWorthiness.sha256(shipped.get(k)));
    }
  }

  @Test
  void crossValidation_choosesTheShippedThresholds() throws Exception {
    var articles = TrainClaims.articles(SharedData.file("gold/claims-dev.jsonl"), SharedData.file("corpora/polnear-dev.jsonl"));
    List<Training.ClaimSentence> gold = articles.stream().flatMap(a -> a.sentences().stream()).toList();
    var cv = Training.crossValidateClaims(Training.claimCorpus(articles), TrainClaims.SETTINGS, TrainClaims.FOLDS);
    double claimThreshold = ClaimScores.bestClaimThreshold(gold, cv);
    Properties shipped = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/saywho/models/news-claims.properties")) {
      assertThat(in).as("the shipped settings").isNotNull();
      shipped.load(in);
    }
    assertThat(String.format(Locale.ROOT, "%.2f", claimThreshold)).isEqualTo(shipped.getProperty("claimThreshold"));
    assertThat(String.format(Locale.ROOT, "%.2f", ClaimScores.bestThreshold(gold, cv, claimThreshold)))
        .isEqualTo(shipped.getProperty("threshold"));
  }
}
