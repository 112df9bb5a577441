package org.saywho.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The read-only data folder {@code shared/} beside the checkout, found from any module. Tests that
 * need it run only when it is present ({@code @EnabledIf("org.saywho.testing.SharedData#present")});
 * with {@code -Pci} it is required, and such a test fails instead of being skipped.
 */
public final class SharedData {

  /** Why a test that needs {@code shared/} was skipped. */
  public static final String ABSENT = "needs ../shared (the corpora beside the checkout), which is absent";

  private SharedData() {}

  /**
   * Returns whether {@code shared/} is beside the checkout; JUnit's {@code @EnabledIf} calls it.
   *
   * @return true when present
   * @throws IllegalStateException when it is absent but required ({@code -Pci} sets saywho.requireShared)
   */
  public static boolean present() {
    boolean present = folder().isPresent();
    if (!present && Boolean.getBoolean("saywho.requireShared")) {
      throw new IllegalStateException("../shared is required (-Pci) but absent");
    }
    return present;
  }

  /**
   * Returns a file or folder of {@code shared/}.
   *
   * @param relative its path inside {@code shared/}
   * @return its path from the module's folder
   * @throws IllegalStateException when it is not there
   */
  public static Path file(String relative) {
    Path p = folder().orElseThrow(() -> new IllegalStateException(ABSENT)).resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("shared/" + relative + " not found beside the checkout");
    }
    return p;
  }

  private static Optional<Path> folder() {
    return List.of(Path.of("../shared"), Path.of("../../shared")).stream()
        .filter(p -> Files.isRegularFile(p.resolve("README.md"))).findFirst();
  }
}
