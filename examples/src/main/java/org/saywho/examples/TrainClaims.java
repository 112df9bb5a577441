package org.saywho.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saywho.Claim;
import org.saywho.Span;
import org.saywho.Training;
import org.saywho.Training.ClaimArticle;
import org.saywho.Training.ClaimCorpus;
import org.saywho.Training.ClaimPrediction;
import org.saywho.Training.ClaimSentence;
import org.saywho.Training.ClaimSettings;

/**
 * Rebuilds the news claim model from the sentence-labelled claims gold, bit for bit (one thread,
 * folds by article), prints its cross-validated scores (claim detection, type accuracy, check-worthy
 * P/R/F1 and mean average precision per article), and writes the three models and their settings.
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.TrainClaims \
 *     -Dexec.args="../shared/gold/claims-dev.jsonl ../shared/corpora/polnear-dev.jsonl models/src/main/resources/org/saywho/models"
 * </pre>
 */
public final class TrainClaims {

  /** The training settings. */
  public static final ClaimSettings SETTINGS = ClaimSettings.SHIPPED;
  /** The number of folds; article {@code a} of the gold is in fold {@code a % FOLDS}. */
  public static final int FOLDS = 6;
  /**
   * The claim probability at or above which a sentence about a claim topic the user follows makes a
   * claim, chosen on the NewsClaims dev articles with their four COVID-19 topics (the claims gold
   * holds no topics).
   */
  public static final double TOPIC_CLAIM_THRESHOLD = 0.2;

  private TrainClaims() {}

  /**
   * Runs the training.
   *
   * @param args the claims gold, the corpus holding its articles' texts, and the output directory
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TrainClaims CLAIMS_GOLD.jsonl ARTICLES.jsonl OUTPUT_DIR");
      System.exit(2);
    }
    List<ClaimArticle> articles = articles(Path.of(args[0]), Path.of(args[1]));
    ClaimCorpus corpus = Training.claimCorpus(articles);
    List<ClaimSentence> gold = articles.stream().flatMap(a -> a.sentences().stream()).toList();
    List<Integer> articleOf = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      for (int k = 0; k < articles.get(a).sentences().size(); k++) {
        articleOf.add(a);
      }
    }
    List<ClaimPrediction> cv = Training.crossValidateClaims(corpus, SETTINGS, FOLDS);
    double claimThreshold = ClaimScores.bestClaimThreshold(gold, cv);
    double threshold = ClaimScores.bestThreshold(gold, cv, claimThreshold);
    System.out.printf(Locale.ROOT, "%d-fold cross-validation by article: %d articles, %d sentences%n", FOLDS, articles.size(), gold.size());
    System.out.println(ClaimScores.of(gold, cv, articleOf, claimThreshold, threshold).format());
    System.out.println(ClaimScores.typeConfusion(gold, cv, claimThreshold));
    List<byte[]> models = Training.trainClaims(corpus, SETTINGS);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    Files.write(out.resolve("news-claims-status.bin"), models.get(0));
    Files.write(out.resolve("news-claims-type.bin"), models.get(1));
    Files.write(out.resolve("news-claims-checkworthy.bin"), models.get(2));
    String settings = String.format(Locale.ROOT,
        "# Written by org.saywho.examples.TrainClaims; do not edit.%n"
            + "gold=%s%ngold.sha256=%s%nsentences=%d%nthreshold=%.2f%nclaimThreshold=%.2f%ntopicClaimThreshold=%.2f%n"
            + "l2=%s%niterations=%d%ncutoff=%d%nfolds=%d%n",
        Path.of(args[0]).getFileName(), TrainCheckWorthiness.sha256(Files.readAllBytes(Path.of(args[0]))), gold.size(),
        threshold, claimThreshold, TOPIC_CLAIM_THRESHOLD, SETTINGS.l2(), SETTINGS.iterations(), SETTINGS.cutoff(), FOLDS);
    Files.writeString(out.resolve("news-claims.properties"), settings, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "models: %d + %d + %d bytes, threshold %.2f%n", models.get(0).length, models.get(1).length,
        models.get(2).length, threshold);
  }

  /**
   * Reads the claims gold and the texts of its articles. Gold offsets count code points (Python
   * indices); they become UTF-16 offsets here.
   *
   * @param gold the claims gold
   * @param corpus a JSONL corpus holding the articles' {@code id} and {@code text}
   * @return the labelled articles, in gold order
   * @throws IOException when a file cannot be read
   */
  public static List<ClaimArticle> articles(Path gold, Path corpus) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> texts = EvaluateClaims.texts(corpus);
    List<ClaimArticle> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      String text = texts.get(n.get("id").asText());
      if (text == null) {
        throw new IllegalArgumentException("no text for article " + n.get("id") + " in " + corpus);
      }
      List<ClaimSentence> sentences = new ArrayList<>();
      for (JsonNode s : n.get("sentences")) {
        boolean claim = s.get("claim").asBoolean();
        Optional<Claim.Type> type = claim ? Optional.of(Claim.Type.valueOf(s.get("type").asText())) : Optional.empty();
        Span span = Span.of(text.offsetByCodePoints(0, s.get("start").asInt()), text.offsetByCodePoints(0, s.get("end").asInt()));
        sentences.add(new ClaimSentence(span, claim, s.get("opinion").asBoolean(), type, s.get("checkworthy").asBoolean()));
      }
      out.add(new ClaimArticle(text, sentences));
    }
    return out;
  }
}
