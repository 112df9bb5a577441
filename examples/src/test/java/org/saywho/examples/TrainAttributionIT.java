package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.Training;
import org.saywho.Training.AnnotatedArticle;
import org.saywho.testing.SharedData;

/**
 * The attribution tagger's training is reproducible: full training takes 9 to 30 minutes and 12 GB,
 * so CI rebuilds it twice on a slice of the corpus, checks the features of the whole corpus are the
 * ones the shipped model was trained on (a full rebuild from them gave the shipped bytes), and checks
 * the shipped model is the one its settings file records, trained on the corpus in {@code ../shared}.
 */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class TrainAttributionIT {

  private static final int SLICE = 30;

  private static Path corpus() {
    return SharedData.file("corpora/polnear-train.jsonl");
  }

  @Test
  void training_twiceOnASlice_givesTheSameBytes() throws Exception {
    List<AnnotatedArticle> slice = TrainAttribution.read(corpus()).subList(0, SLICE);
    Training.AttributionSettings settings = new Training.AttributionSettings(1.0, 20, 1);
    byte[] first = Training.trainAttribution(Training.attributionCorpus(slice), settings);
    byte[] second = Training.trainAttribution(Training.attributionCorpus(slice), settings);
    assertThat(first).hasSizeGreaterThan(10_000);
    assertThat(TrainCheckWorthiness.sha256(second)).isEqualTo(TrainCheckWorthiness.sha256(first));
  }

  private static Properties shippedSettings() throws Exception {
    Properties p = new Properties();
    try (InputStream in = TrainAttributionIT.class.getResourceAsStream("/org/saywho/models/attribution.properties")) {
      assertThat(in).isNotNull();
      p.load(in);
    }
    return p;
  }

  @Test
  void featuresOfTheWholeCorpus_areTheOnesTheShippedModelWasTrainedOn() throws Exception {
    Training.AttributionCorpus corpus = Training.attributionCorpus(TrainAttribution.read(corpus()));
    assertThat(corpus.featuresSha256())
        .as("the tagger's features changed since the shipped model was trained: run TrainAttribution (README) and ship its model")
        .isEqualTo(shippedSettings().getProperty("features.sha256"));
  }

  @Test
  void shippedModel_isTheOneItsSettingsRecord_fromTheSharedCorpus() throws Exception {
    Properties p = shippedSettings();
    assertThat(TrainCheckWorthiness.sha256(Training.shippedAttributionModel())).isEqualTo(p.getProperty("model.sha256"));
    assertThat(TrainCheckWorthiness.sha256(Files.readAllBytes(corpus()))).isEqualTo(p.getProperty("corpus.sha256"));
    Training.AttributionSettings shipped = Training.AttributionSettings.SHIPPED;
    assertThat(p.getProperty("iterations")).isEqualTo(Integer.toString(shipped.iterations()));
    assertThat(p.getProperty("cutoff")).isEqualTo(Integer.toString(shipped.cutoff()));
  }
}
