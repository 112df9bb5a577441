package org.saywho.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a table of rule cases ({@code rule<TAB>positive|negative<TAB>sentence<TAB>expected}, "#"
 * comments, {@code \n} in a sentence for a new paragraph) into test arguments.
 */
public final class CaseTable {

  private CaseTable() {}

  /**
   * Reads the table {@code resource} beside {@code owner}.
   *
   * @param owner the test class the table sits beside
   * @param resource the table's file name
   * @return one argument list per row: rule, polarity, sentence, expected
   * @throws IOException when the table cannot be read
   */
  public static List<Arguments> read(Class<?> owner, String resource) throws IOException {
    try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(f -> Arguments.of(f[0], f[1], f[2].replace("\\n", "\n"), f[3]))
          .toList();
    }
  }
}
