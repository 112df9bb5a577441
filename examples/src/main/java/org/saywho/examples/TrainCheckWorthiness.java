package org.saywho.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.saywho.Training;
import org.saywho.Training.CheckWorthinessCorpus;
import org.saywho.Training.CheckWorthinessSettings;
import org.saywho.Training.LabelledSentence;

/**
 * Rebuilds the check-worthiness model from the ClaimBuster corpus, bit for bit (one thread, fixed
 * folds), prints its 10-fold cross-validated scores, and writes the model and its settings.
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.TrainCheckWorthiness \
 *     -Dexec.args="../shared/corpora/claimbuster-train.jsonl models/src/main/resources/org/saywho/models"
 * </pre>
 */
public final class TrainCheckWorthiness {

  /** The training settings: L2 cost 4 (chosen by cross-validation among 0.5 to 32), 300 iterations, cutoff 1. */
  public static final CheckWorthinessSettings SETTINGS = CheckWorthinessSettings.SHIPPED;
  /** The fold shuffle seed. */
  public static final long SEED = 13;
  /** The number of folds. */
  public static final int FOLDS = 10;

  private TrainCheckWorthiness() {}

  /**
   * Runs the training.
   *
   * @param args the corpus and the output directory
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TrainCheckWorthiness CORPUS.jsonl OUTPUT_DIR");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    CheckWorthinessCorpus examples = examples(corpus);
    List<Boolean> labels = examples.labels();
    double prior = labels.stream().filter(b -> b).count() / (double) labels.size();
    List<Double> probabilities = Training.crossValidateCheckWorthiness(examples, SETTINGS, FOLDS, SEED);
    double threshold = bestBalancedThreshold(labels, probabilities, prior);
    System.out.printf(Locale.ROOT, "%d-fold cross-validation, %d sentences, %.1f%% check-worthy%n", FOLDS, examples.size(), 100 * prior);
    report("natural distribution", labels, probabilities, prior, threshold, false);
    report("balanced (negatives weighted to the positives' share)", labels, probabilities, prior, threshold, true);
    byte[] bytes = Training.trainCheckWorthiness(examples, SETTINGS);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Files.write(out.resolve("checkworthiness.bin"), bytes);
    String settings = String.format(Locale.ROOT,
        "# Written by org.saywho.examples.TrainCheckWorthiness; do not edit.%n"
            + "corpus=%s%ncorpus.sha256=%s%nsentences=%d%nprior=%.6f%nthreshold=%.2f%nl2=%s%niterations=%d%ncutoff=%d%nseed=%d%n",
        corpus.getFileName(), sha256(Files.readAllBytes(corpus)), examples.size(), prior, threshold, SETTINGS.l2(),
        SETTINGS.iterations(), SETTINGS.cutoff(), SEED);
    Files.writeString(out.resolve("checkworthiness.properties"), settings, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "model: %d bytes, sha256 %s, threshold %.2f%n", bytes.length, sha256(bytes), threshold);
  }

  /** Reads the corpus and computes each sentence's features with SayWho's own tokenizer and tagger. */
  public static CheckWorthinessCorpus examples(Path corpus) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<LabelledSentence> out = new ArrayList<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      out.add(new LabelledSentence(n.get("text").asText(), n.get("label").asInt() == 1));
    }
    return Training.checkWorthinessCorpus(out);
  }

  /** The threshold on the balanced probability that maximises F1 when both classes weigh the same. */
  static double bestBalancedThreshold(List<Boolean> examples, List<Double> probabilities, double prior) {
    double best = 0;
    double bestThreshold = 0.5;
    for (int step = 10; step <= 90; step++) {
      double th = step / 100.0;
      double f = counts(examples, probabilities, prior, th, true)[3];
      if (f > best) {
        best = f;
        bestThreshold = th;
      }
    }
    return bestThreshold;
  }

  private static void report(String label, List<Boolean> examples, List<Double> probabilities, double prior, double th, boolean balanced) {
    double[] c = counts(examples, probabilities, prior, th, balanced);
    System.out.printf(Locale.ROOT, "  %s, threshold %.2f: P=%.3f R=%.3f F1=%.3f%n", label, th, c[0], c[1], c[3]);
  }

  /** Precision, recall, (unused), F1 of the check-worthy class. */
  private static double[] counts(List<Boolean> examples, List<Double> probabilities, double prior, double th, boolean balanced) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    double negativeWeight = balanced ? prior / (1 - prior) : 1;
    for (int i = 0; i < examples.size(); i++) {
      double p = Math.min(1 - 1e-9, Math.max(1e-9, probabilities.get(i)));
      double odds = p / (1 - p) / (prior / (1 - prior));
      boolean predicted = odds / (1 + odds) >= th;
      boolean gold = examples.get(i);
      if (gold && predicted) {
        tp++;
      } else if (predicted) {
        fp += negativeWeight;
      } else if (gold) {
        fn++;
      }
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, 0, f1};
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
