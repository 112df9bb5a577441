package org.saywho.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;

/** The shipped second first-name table is rebuilt byte for byte from Bergsma and Lin's counts and the corpora. */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class BuildFirstNamesIT {

  @Test
  void building_fromTheCounts_reproducesTheShippedTableExactly() throws Exception {
    Path counts = Path.of("../models/target/corenlp-build-only/edu/stanford/nlp/models/dcoref/gender.data.gz");
    assertThat(counts).as("unpacked by the models module's build").isRegularFile();
    String built = BuildFirstNames.build(counts, SharedData.file("corpora/polnear-train.jsonl"), SharedData.file("corpora/claimbuster-train.jsonl"));
    String shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/saywho/models/" + BuildFirstNames.FILE)) {
      assertThat(in).as("the shipped table").isNotNull();
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(built).isEqualTo(shipped);
    assertThat(built).contains("\nvolodymyr\tMALE\n", "\nyulia\tFEMALE\n").doesNotContain("\nquarterback\t", "\noctober\t");
  }
}
