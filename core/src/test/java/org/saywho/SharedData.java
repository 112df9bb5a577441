package org.saywho;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the read-only data folder {@code shared/} beside the checkout, from any module. */
final class SharedData {

  /** Why a test that needs {@code shared/} was skipped. */
  static final String ABSENT = "needs ../shared (the corpora beside the checkout), which is absent";

  private SharedData() {}

  /**
   * Returns whether {@code shared/} is beside the checkout; JUnit's {@code @EnabledIf} calls it.
   *
   * @throws IllegalStateException when it is absent but required ({@code -Pci} sets saywho.requireShared)
   */
  static boolean present() {
    boolean present = List.of(Path.of("../shared"), Path.of("../../shared")).stream().anyMatch(p -> Files.isRegularFile(p.resolve("README.md")));
    if (!present && Boolean.getBoolean("saywho.requireShared")) {
      throw new IllegalStateException("../shared is required (-Pci) but absent");
    }
    return present;
  }

  static Path file(String relative) {
    for (Path p : List.of(Path.of("../shared"), Path.of("../../shared"))) {
      if (Files.isRegularFile(p.resolve(relative))) {
        return p.resolve(relative);
      }
    }
    throw new IllegalStateException("shared/" + relative + " not found beside the checkout");
  }

  static JsonNode seed() {
    try {
      return new ObjectMapper().readTree(Files.readString(file("gold/seed.jsonl")).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
