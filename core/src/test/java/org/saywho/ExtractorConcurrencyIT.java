package org.saywho;

import java.nio.file.Path;
import java.nio.file.Files;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** One extractor shared by many threads gives exactly what it gives on one thread. */
@EnabledIf(value = "sharedPresent", disabledReason = "needs ../shared (the corpora beside the checkout), which is absent")
class ExtractorConcurrencyIT {

  static boolean sharedPresent() {
    return Files.isDirectory(Path.of("../shared")) || Files.isDirectory(Path.of("../../shared"));
  }


  @Test
  void extract_sharedBy16ThreadsOverTheDevCorpus_equalsSingleThreadResults() throws Exception {
    Extractor extractor = Extractor.builder().build();
    List<String> texts = DevCorpus.texts();
    List<Extraction> single = texts.stream().map(extractor).toList();

    List<Integer> work = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < texts.size(); i++) {
        work.add(i);
      }
    }
    Collections.shuffle(work, new Random(16));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (int i : work) {
        futures.add(pool.submit(() -> extractor.apply(texts.get(i))));
      }
      for (int k = 0; k < work.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(single.get(work.get(k)));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(single).allSatisfy(x -> assertThat(x.failure()).isEmpty());
    assertThat(single.stream().mapToInt(x -> x.quotes().size()).sum()).isGreaterThan(1000);
  }

  @Test
  void extractAll_overTheDevCorpus_keepsOrderAndEqualsSingleThreadResults() {
    Extractor parallel = Extractor.builder().threads(4).build();
    Extractor serial = Extractor.builder().threads(1).build();
    List<String> texts = DevCorpus.texts();
    assertThat(parallel.extractAll(texts)).containsExactlyElementsOf(serial.extractAll(texts));
  }
}
