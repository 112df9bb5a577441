package org.saywho.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.saywho.examples.eval.Gold;

/** The articles benchmarks run on: the bundled seed article and articles of a corpus. */
final class Articles {

  private Articles() {}

  /** The bundled seed article (about 600 words). */
  static String seed() {
    try (InputStream in = Articles.class.getResourceAsStream("/org/saywho/examples/articles/rubio-lavrov.txt")) {
      if (in == null) {
        throw new IllegalStateException("the seed article is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article of the corpus whose length is nearest 300 words: a short wire story. */
  static String wire(Path corpus) {
    return texts(corpus).stream().min(Comparator.comparingInt(t -> Math.abs(words(t) - 300))).orElseThrow();
  }

  /** The corpus's longest articles joined until they reach 5,000 words: a long feature. */
  static String feature(Path corpus) {
    List<String> longest = new ArrayList<>(texts(corpus));
    longest.sort(Comparator.comparingInt(Articles::words).reversed());
    StringBuilder out = new StringBuilder();
    for (String t : longest) {
      if (words(out.toString()) >= 5000) {
        break;
      }
      out.append(out.length() == 0 ? "" : "\n\n").append(t);
    }
    return out.toString();
  }

  /** All texts of a corpus. */
  static List<String> texts(Path corpus) {
    try {
      return Gold.read(corpus).stream().map(Gold::text).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
