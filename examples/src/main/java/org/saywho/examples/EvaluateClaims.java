package org.saywho.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saywho.Claim;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.Speaker;

/**
 * Scores SayWho's claims sentence by sentence with the rules of {@code ../shared/score_claims.py}
 * (claim detection, check-worthy P/R/F1, type accuracy, hedged F1, claimer accuracy) and adds what a
 * fact-checker's reading order needs: the mean over articles of the average precision of the claims
 * ranked as {@link org.saywho.Claims#ranked()} ranks them.
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.EvaluateClaims \
 *     -Dexec.args="../shared/gold/claims-dev.jsonl ../shared/corpora/polnear-dev.jsonl"
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.EvaluateClaims \
 *     -Dexec.args="../shared/corpora/newsclaims-dev.jsonl --claim-topics covid,coronavirus,virus,vaccine,mask,cure"
 * </pre>
 */
public final class EvaluateClaims {

  private EvaluateClaims() {}

  /** One gold sentence: its UTF-16 span and labels (type, hedged and claimer may be unknown). */
  private record Sentence(int start, int end, boolean claim, boolean checkWorthy, Optional<String> type,
      Optional<Boolean> hedged, Optional<String> claimer) {}

  private record Article(String id, String text, List<Sentence> sentences) {}

  /**
   * Runs the evaluation.
   *
   * @param args the gold file, for the claims gold the corpus holding its texts, and optionally
   *     {@code --claim-topics a,b,c}
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    List<String> topics = List.of();
    int t = rest.indexOf("--claim-topics");
    if (t >= 0 && t + 1 < rest.size()) {
      topics = Arrays.asList(rest.get(t + 1).split(","));
      rest.remove(t + 1);
      rest.remove(t);
    }
    if (rest.isEmpty() || rest.size() > 2) {
      System.err.println("usage: EvaluateClaims GOLD.jsonl [ARTICLES.jsonl] [--claim-topics a,b,c]");
      System.exit(2);
    }
    List<Article> gold = read(Path.of(rest.get(0)), rest.size() > 1 ? Optional.of(Path.of(rest.get(1))) : Optional.empty());
    Extractor extractor = Extractor.builder().claimTopics(topics).build();
    List<Extraction> results = extractor.extractAll(gold.stream().map(Article::text).toList());
    System.out.println(score(gold, results));
  }

  private static String score(List<Article> gold, List<Extraction> results) {
    int[] c = new int[13];
    double apSum = 0;
    int apArticles = 0;
    for (int a = 0; a < gold.size(); a++) {
      Article g = gold.get(a);
      List<List<Claim>> said = new ArrayList<>();
      g.sentences().forEach(s -> said.add(new ArrayList<>()));
      for (Claim cl : results.get(a).claims()) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < g.sentences().size(); i++) {
          Sentence s = g.sentences().get(i);
          int overlap = Math.min(cl.span().end(), s.end()) - Math.max(cl.span().start(), s.start());
          if (overlap > bestOverlap) {
            best = i;
            bestOverlap = overlap;
          }
        }
        if (best >= 0 && cl.type() != Claim.Type.OPINION) {
          said.get(best).add(cl);
        }
      }
      List<double[]> ranking = new ArrayList<>();
      for (int i = 0; i < g.sentences().size(); i++) {
        Sentence s = g.sentences().get(i);
        List<Claim> cls = said.get(i);
        Optional<Claim> top = cls.stream().max((x, y) -> Double.compare(x.checkWorthiness(), y.checkWorthiness()));
        boolean claim = !cls.isEmpty();
        boolean worthy = cls.stream().anyMatch(Claim::checkWorthy);
        count(c, 0, s.claim(), claim);
        count(c, 3, s.checkWorthy(), worthy);
        if (s.claim() && claim && s.type().isPresent()) {
          c[6]++;
          c[7] += top.get().type().name().equals(s.type().get()) ? 1 : 0;
        }
        if (s.hedged().isPresent()) {
          count(c, 8, s.hedged().get(), cls.stream().anyMatch(Claim::hedged));
        }
        if (s.claim() && claim && s.claimer().isPresent()) {
          c[11]++;
          c[12] += sameClaimer(s.claimer().get(), top.get().claimant(), g.text()) ? 1 : 0;
        }
        ranking.add(new double[] {worthy ? 1 : 0, top.map(Claim::checkWorthiness).orElse(-1.0), s.checkWorthy() ? 1 : 0});
      }
      ranking.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(y[1], x[1]));
      double ap = ClaimScores.averagePrecision(ranking.stream().map(r -> r[2] == 1).toList());
      if (ap >= 0) {
        apSum += ap;
        apArticles++;
      }
    }
    double[] claims = prf(c, 0);
    double[] worthy = prf(c, 3);
    return String.format(Locale.ROOT,
        "claims P=%.3f R=%.3f F1=%.3f | check-worthy P=%.3f R=%.3f F1=%.3f | MAP per article %.3f (%d articles)"
            + " | type acc %s | hedged F1 %s | claimer acc %s (n=%d)",
        claims[0], claims[1], claims[2], worthy[0], worthy[1], worthy[2], apArticles == 0 ? 0 : apSum / apArticles, apArticles,
        c[6] == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", c[7] / (double) c[6]),
        c[8] + c[9] + c[10] == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", prf(c, 8)[2]),
        c[11] == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", c[12] / (double) c[11]), c[11]);
  }

  /** Counts true positives, false positives and false negatives at {@code at}, {@code at + 1}, {@code at + 2}. */
  private static void count(int[] c, int at, boolean gold, boolean system) {
    if (gold && system) {
      c[at]++;
    } else if (system) {
      c[at + 1]++;
    } else if (gold) {
      c[at + 2]++;
    }
  }

  /** Precision, recall and F1 of the counts at {@code at}, {@code at + 1}, {@code at + 2}. */
  private static double[] prf(int[] c, int at) {
    return ClaimScores.prf(c[at], c[at + 1], c[at + 2]);
  }

  /**
   * Names match when they share the last word, ignoring case, with the claimant's name or with any of its
   * mentions (gold "WHO" is the claimant "World Health Organization" that the article also calls "WHO");
   * ARTICLE or journalist matches no claimant.
   */
  private static boolean sameClaimer(String gold, Optional<Speaker> claimant, String text) {
    String g = gold.strip();
    if (g.equalsIgnoreCase("ARTICLE") || g.equalsIgnoreCase("journalist")) {
      return claimant.isEmpty();
    }
    String last = lastWord(g);
    return claimant.map(s -> lastWord(s.name()).equals(last)
        || s.mentions().stream().anyMatch(m -> !m.in(text).isBlank() && lastWord(m.in(text)).equals(last))).orElse(false);
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).strip().split("\\s+");
    return w[w.length - 1];
  }

  private static List<Article> read(Path gold, Optional<Path> corpus) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> texts = corpus.isPresent() ? texts(corpus.get()) : Map.of();
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      String id = n.get("id").asText();
      String text = n.has("text") ? n.get("text").asText() : texts.get(id);
      if (text == null) {
        throw new IllegalArgumentException("no text for article " + id + ": give the corpus that holds it");
      }
      out.add(new Article(id, text, sentences(n, text)));
    }
    return out;
  }

  /**
   * Reads the texts of a JSONL corpus by article id.
   *
   * @param corpus lines of {@code {"id", "text"}}
   * @return each article's text by its id
   * @throws IOException when the file cannot be read
   */
  static Map<String, String> texts(Path corpus) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = mapper.readTree(line);
        texts.put(n.get("id").asText(), n.get("text").asText());
      }
    }
    return texts;
  }

  /** The sentences of either gold format, with code-point offsets turned into UTF-16 ones. */
  private static List<Sentence> sentences(JsonNode n, String text) {
    List<Sentence> out = new ArrayList<>();
    JsonNode sentences = n.get("sentences");
    if (sentences.size() > 0 && sentences.get(0).isArray()) {
      Map<String, String> claimers = new HashMap<>();
      for (JsonNode c : n.get("claims")) {
        claimers.put(c.get("start").asInt() + ":" + c.get("end").asInt(), c.path("claimer").asText(""));
      }
      for (JsonNode s : sentences) {
        String key = s.get(1).asInt() + ":" + s.get(2).asInt();
        boolean claim = claimers.containsKey(key);
        out.add(new Sentence(offset(text, s.get(1).asInt()), offset(text, s.get(2).asInt()), claim, claim, Optional.empty(),
            Optional.empty(), claim && !claimers.get(key).isEmpty() ? Optional.of(claimers.get(key)) : Optional.empty()));
      }
      return out;
    }
    for (JsonNode s : sentences) {
      boolean claim = s.get("claim").asBoolean();
      out.add(new Sentence(offset(text, s.get("start").asInt()), offset(text, s.get("end").asInt()), claim,
          s.get("checkworthy").asBoolean(), claim ? Optional.of(s.get("type").asText()) : Optional.empty(),
          Optional.of(s.get("hedged").asBoolean()), s.hasNonNull("claimer") ? Optional.of(s.get("claimer").asText()) : Optional.empty()));
    }
    return out;
  }

  private static int offset(String text, int codePoints) {
    return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
  }
}
