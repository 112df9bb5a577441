package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * The features the check-worthiness model reads from a sentence: words and word pairs, part-of-speech
 * tags and tag pairs, numbers and quantities, names, tense, modality, first and second person, and
 * length. Binary; the same code serves training and extraction, so the two always agree.
 */
public final class ClaimFeatures {

  private static final Set<String> FIRST_SINGULAR = WordSets.named("claim-features.first-singular");
  private static final Set<String> FIRST_PLURAL = WordSets.named("claim-features.first-plural");
  private static final Set<String> SECOND = WordSets.named("claim-features.second");
  private static final Set<String> OBLIGATION = WordSets.named("claim-features.obligation");
  private static final Set<String> MONEY = WordSets.named("claim-features.money");
  private static final Set<String> PERCENT = WordSets.named("claim-features.percent");

  private ClaimFeatures() {}

  /**
   * Returns the features of tokens {@code [first, end)}.
   *
   * @param t tagged tokens
   * @param first the sentence's first token
   * @param end one past its last token
   * @return the features, each once, in a fixed order
   */
  public static List<String> of(Tokens t, int first, int end) {
    Set<String> f = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int numbers = 0;
    int names = 0;
    for (int i = first; i < end; i++) {
      String w = t.lower(i);
      String tag = t.tag(i);
      if (tag.equals("``") || tag.equals("''")) {
        continue;
      }
      words.add(normalize(w, tag));
      tags.add(tag);
      if (tag.equals("CD")) {
        numbers++;
        f.add(year(w) ? "num:year" : "num");
      }
      if (tag.startsWith("NNP")) {
        names++;
      }
      if (MONEY.contains(w)) {
        f.add("num:money");
      }
      if (PERCENT.contains(w)) {
        f.add("num:percent");
      }
      if (FIRST_SINGULAR.contains(w)) {
        f.add("person:1s");
      } else if (FIRST_PLURAL.contains(w)) {
        f.add("person:1p");
      } else if (SECOND.contains(w)) {
        f.add("person:2");
      }
      if (tag.equals("MD")) {
        f.add("modal:" + w);
      }
      if (OBLIGATION.contains(w) && i + 1 < end && t.lower(i + 1).equals("to")) {
        f.add("modal:obligation");
      }
      if (tag.equals("VBD") || tag.equals("VBN")) {
        f.add("tense:past");
      } else if (tag.equals("VBZ") || tag.equals("VBP")) {
        f.add("tense:present");
      }
      if (tag.equals("JJR") || tag.equals("RBR") || tag.equals("JJS") || tag.equals("RBS")) {
        f.add("compare");
      }
    }
    for (int k = 0; k < words.size(); k++) {
      f.add("w=" + words.get(k));
      f.add("p=" + tags.get(k));
      String prev = k == 0 ? "<s>" : words.get(k - 1);
      String prevTag = k == 0 ? "<s>" : tags.get(k - 1);
      f.add("b=" + prev + "_" + words.get(k));
      f.add("pb=" + prevTag + "_" + tags.get(k));
    }
    if (!words.isEmpty()) {
      f.add("first=" + words.get(0));
      f.add("last=" + words.get(words.size() - 1));
    }
    f.add("nums=" + Math.min(numbers, 3));
    f.add("names=" + Math.min(names, 4));
    f.add("len=" + lengthBin(words.size()));
    return new ArrayList<>(f);
  }

  private static String normalize(String w, String tag) {
    if (tag.equals("CD")) {
      return year(w) ? "<year>" : "<num>";
    }
    return w;
  }

  private static boolean year(String w) {
    if (w.length() != 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return false;
      }
    }
    return w.startsWith("19") || w.startsWith("20");
  }

  private static String lengthBin(int n) {
    return n <= 5 ? "xs" : n <= 10 ? "s" : n <= 20 ? "m" : n <= 40 ? "l" : "xl";
  }
}
