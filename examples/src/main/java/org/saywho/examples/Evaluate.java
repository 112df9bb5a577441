package org.saywho.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.examples.eval.Gold;
import org.saywho.examples.eval.Scorer;

/**
 * Scores SayWho on a gold JSONL corpus with the rules of {@code ../shared/score.py}, printing
 * precision, recall, F1 and speaker accuracy for direct and mixed quotes, indirect speech, and all.
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.Evaluate -Dexec.args=../shared/corpora/polnear-dev.jsonl
 * </pre>
 */
public final class Evaluate {

  private Evaluate() {}

  /**
   * Runs the evaluation.
   *
   * @param args the gold JSONL file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Evaluate GOLD.jsonl");
      System.exit(2);
    }
    List<Gold> gold = Gold.read(Path.of(args[0]));
    Extractor extractor = Extractor.builder().build();
    long start = System.nanoTime();
    List<Extraction> results = extractor.extractAll(gold.stream().map(Gold::text).toList());
    double seconds = (System.nanoTime() - start) / 1e9;
    for (String types : List.of("direct,mixed", "indirect", "direct,mixed,indirect")) {
      Scorer scorer = new Scorer(Set.of(types.split(",")));
      for (int i = 0; i < gold.size(); i++) {
        scorer.add(gold.get(i), results.get(i));
      }
      System.out.println(scorer.scores().format(types));
    }
    System.out.printf("%d articles in %.1f s%n", gold.size(), seconds);
  }
}
