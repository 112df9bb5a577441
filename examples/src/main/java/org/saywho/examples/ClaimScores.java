package org.saywho.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.saywho.Claim;
import org.saywho.Training.ClaimPrediction;
import org.saywho.Training.ClaimSentence;

/**
 * Claim scores over labelled sentences: detection P/R/F1, type accuracy, check-worthy P/R/F1 at a
 * threshold, and the mean over articles of the average precision of the check-worthiness ranking.
 *
 * @param detection claim detection precision, recall, F1
 * @param typeAccuracy type accuracy over sentences both gold and prediction call claims
 * @param checkWorthy check-worthy precision, recall, F1
 * @param meanAveragePrecision mean over articles (with a check-worthy sentence) of the ranking's average precision
 * @param claimThreshold the claim probability threshold
 * @param threshold the check-worthiness threshold
 */
record ClaimScores(double[] detection, double typeAccuracy, double[] checkWorthy, double meanAveragePrecision,
    double claimThreshold, double threshold) {

  static ClaimScores of(List<ClaimSentence> gold, List<ClaimPrediction> predicted, List<Integer> articleOf,
      double claimThreshold, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int typed = 0;
    int typeOk = 0;
    for (int i = 0; i < gold.size(); i++) {
      ClaimSentence g = gold.get(i);
      ClaimPrediction p = predicted.get(i);
      boolean claim = p.claim() >= claimThreshold;
      tp += g.claim() && claim ? 1 : 0;
      fp += !g.claim() && claim ? 1 : 0;
      fn += g.claim() && !claim ? 1 : 0;
      if (g.claim() && claim) {
        typed++;
        typeOk += g.type().filter(t -> t == p.type()).isPresent() ? 1 : 0;
      }
    }
    return new ClaimScores(prf(tp, fp, fn), typeOk / (double) Math.max(1, typed),
        checkWorthy(gold, predicted, claimThreshold, threshold),
        meanAveragePrecision(gold, predicted, articleOf, claimThreshold, threshold),
        claimThreshold, threshold);
  }

  /**
   * The type confusion over sentences both gold and prediction call claims: a row per gold type, a
   * column per predicted type.
   */
  static String typeConfusion(List<ClaimSentence> gold, List<ClaimPrediction> predicted, double claimThreshold) {
    Claim.Type[] types = Claim.Type.values();
    int[][] counts = new int[types.length][types.length];
    for (int i = 0; i < gold.size(); i++) {
      ClaimSentence g = gold.get(i);
      ClaimPrediction p = predicted.get(i);
      if (g.claim() && p.claim() >= claimThreshold && g.type().isPresent()) {
        counts[g.type().get().ordinal()][p.type().ordinal()]++;
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-11s", "gold\\found"));
    for (Claim.Type t : types) {
      out.append(String.format(Locale.ROOT, "%6.5s", t));
    }
    for (Claim.Type g : types) {
      if (Arrays.stream(counts[g.ordinal()]).sum() == 0) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%n%-11s", g));
      for (Claim.Type t : types) {
        out.append(String.format(Locale.ROOT, "%6d", counts[g.ordinal()][t.ordinal()]));
      }
    }
    return out.toString();
  }

  /** The threshold on the claim probability (0.20 to 0.80) that maximises claim detection F1. */
  static double bestClaimThreshold(List<ClaimSentence> gold, List<ClaimPrediction> predicted) {
    double best = -1;
    double bestThreshold = 0.5;
    for (int step = 20; step <= 80; step++) {
      double f = of(gold, predicted, Collections.nCopies(gold.size(), 0), step / 100.0, 1).detection()[2];
      if (f > best) {
        best = f;
        bestThreshold = step / 100.0;
      }
    }
    return bestThreshold;
  }

  /** The threshold on check-worthiness (0.10 to 0.90) that maximises check-worthy F1. */
  static double bestThreshold(List<ClaimSentence> gold, List<ClaimPrediction> predicted, double claimThreshold) {
    double best = -1;
    double bestThreshold = 0.5;
    for (int step = 10; step <= 90; step++) {
      double f = checkWorthy(gold, predicted, claimThreshold, step / 100.0)[2];
      if (f > best) {
        best = f;
        bestThreshold = step / 100.0;
      }
    }
    return bestThreshold;
  }

  private static double[] checkWorthy(List<ClaimSentence> gold, List<ClaimPrediction> predicted, double claimThreshold,
      double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean g = gold.get(i).checkWorthy();
      boolean p = predicted.get(i).claim() >= claimThreshold && predicted.get(i).checkWorthiness() >= threshold;
      tp += g && p ? 1 : 0;
      fp += !g && p ? 1 : 0;
      fn += g && !p ? 1 : 0;
    }
    return prf(tp, fp, fn);
  }

  /**
   * The mean average precision of each article's sentences ranked as {@code Claims.ranked()} ranks
   * claims: check-worthy ones first, then by check-worthiness, and sentences without a claim last.
   */
  private static double meanAveragePrecision(List<ClaimSentence> gold, List<ClaimPrediction> predicted, List<Integer> articleOf,
      double claimThreshold, double threshold) {
    Map<Integer, List<Integer>> byArticle = new TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      byArticle.computeIfAbsent(articleOf.get(i), a -> new ArrayList<>()).add(i);
    }
    List<Boolean> ranked = new ArrayList<>();
    double sum = 0;
    int articles = 0;
    for (List<Integer> sentences : byArticle.values()) {
      ranked.clear();
      sentences.stream().sorted(Comparator.comparingDouble((Integer i) -> {
        ClaimPrediction p = predicted.get(i);
        boolean claim = p.claim() >= claimThreshold;
        return claim ? -(p.checkWorthiness() >= threshold ? 1 : 0) - p.checkWorthiness() : 1;
      }))
          .forEach(i -> ranked.add(gold.get(i).checkWorthy()));
      double ap = averagePrecision(ranked);
      if (ap >= 0) {
        sum += ap;
        articles++;
      }
    }
    return articles == 0 ? 0 : sum / articles;
  }

  /** The average precision of a ranking, or -1 when it holds no positive. */
  static double averagePrecision(List<Boolean> ranked) {
    int hits = 0;
    double sum = 0;
    for (int k = 0; k < ranked.size(); k++) {
      if (ranked.get(k)) {
        hits++;
        sum += hits / (double) (k + 1);
      }
    }
    return hits == 0 ? -1 : sum / hits;
  }

  /** Precision, recall and F1 of true positive, false positive and false negative counts. */
  static double[] prf(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  String format() {
    return String.format(Locale.ROOT,
        "claims P=%.3f R=%.3f F1=%.3f at %.2f | type acc %.3f | check-worthy P=%.3f R=%.3f F1=%.3f at %.2f | MAP per article %.3f",
        detection[0], detection[1], detection[2], claimThreshold, typeAccuracy, checkWorthy[0], checkWorthy[1], checkWorthy[2], threshold,
        meanAveragePrecision);
  }
}
