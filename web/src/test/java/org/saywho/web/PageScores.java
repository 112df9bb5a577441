package org.saywho.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The article-extraction benchmark's measures, as {@code ../shared/score_web.py} computes them: 4-word
 * shingle precision and recall of the body (the headline and a leading "By …" paragraph left out),
 * bag-of-words F1, whether the first line is a declared headline, whether the author is a declared one.
 */
final class PageScores {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private PageScores() {}

  static List<String> words(String text) {
    Matcher m = WORD.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> w = words(text);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, w.size() - 3); i++) {
      List<String> s = w.subList(Math.min(i, w.size()), Math.min(i + 4, w.size()));
      if (!s.isEmpty()) {
        out.merge(String.join(" ", s), 1, Integer::sum);
      }
    }
    return out;
  }

  static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
    int n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return n;
  }

  static int total(Map<String, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The text's body as the benchmark reads it: no headline, no leading byline paragraph. */
  static String body(String text) {
    List<String> paras = java.util.Arrays.stream(text.split("\\n\\s*\\n")).filter(p -> !p.isBlank()).skip(1).toList();
    if (!paras.isEmpty() && paras.get(0).startsWith("By ")) {
      paras = paras.subList(1, paras.size());
    }
    return String.join("\n\n", paras);
  }

  static double bagOfWordsF1(String gold, String found) {
    Map<String, Integer> g = counts(words(gold.toLowerCase(Locale.ROOT)));
    Map<String, Integer> p = counts(words(found.toLowerCase(Locale.ROOT)));
    if (g.isEmpty() || p.isEmpty()) {
      return g.equals(p) ? 1 : 0;
    }
    double tp = overlap(g, p);
    double precision = tp / total(p);
    double recall = tp / total(g);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  static boolean headlineRight(String firstLine, List<String> declared) {
    Map<String, Integer> first = counts(words(firstLine.toLowerCase(Locale.ROOT)));
    for (String h : declared) {
      Map<String, Integer> r = counts(words(h.toLowerCase(Locale.ROOT)));
      if (!r.isEmpty() && overlap(r, first) >= 0.8 * total(r) && total(first) <= 2 * total(r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an author shares a word of three letters or more with a declared author. */
  static boolean authorRight(String author, List<String> declared) {
    var a = words(author.toLowerCase(Locale.ROOT)).stream().filter(w -> w.length() >= 3).collect(Collectors.toSet());
    return declared.stream().flatMap(d -> words(d.toLowerCase(Locale.ROOT)).stream())
        .anyMatch(w -> w.length() >= 3 && !w.equals("by") && a.contains(w));
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> out = new HashMap<>();
    words.forEach(w -> out.merge(w, 1, Integer::sum));
    return out;
  }
}
