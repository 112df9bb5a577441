package org.saywho;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.saywho.testing.SharedData;

/** The article texts of the PolNeAR dev corpus in {@code shared/corpora}, read once. */
final class DevCorpus {

  private static final class Holder {
    static final List<String> TEXTS = read();
  }

  private DevCorpus() {}

  static List<String> texts() {
    return Holder.TEXTS;
  }

  private static List<String> read() {
    ObjectMapper json = new ObjectMapper();
    try (var lines = Files.lines(SharedData.file("corpora/polnear-dev.jsonl"))) {
      return lines.filter(l -> !l.isBlank()).map(l -> {
        try {
          return json.readTree(l).get("text").asText();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
