package org.saywho.internal.doc;

import java.util.Set;

/**
 * The dateline a wire story's paragraph opens with: its place and agency, up to a dash ("NEW DELHI
 * (Reuters) -", "WASHINGTON ―", "LONDON, Ontario —") or up to the agency in parentheses ("Hong Kong
 * (CNN) A prominent …"). Neither the article's claim nor anyone's words, and its place and agency are
 * not sources. Conditions: at most {@value #MAX_TOKENS} tokens before the dash, each a capitalised word,
 * a number, a comma, a full stop, a slash or an agency in parentheses (one capitalised word of letters:
 * "(Reuters)", not a party's "(R-S.C.)"); and the first word in capitals, or such an agency.
 */
public final class Datelines {

  private static final int MAX_TOKENS = 8;
  private static final int MIN_CAPITALS = 2;
  private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "―");

  private Datelines() {}

  /**
   * Marks the tokens of each paragraph's dateline, its dash included.
   *
   * @param t the article's tokens
   * @return for each token, whether it belongs to a dateline
   */
  public static boolean[] of(Tokens t) {
    boolean[] out = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      if (i == 0 || t.lineBreakAfter(i - 1)) {
        int end = endOf(t, i);
        for (int k = i; k <= end; k++) {
          out[k] = true;
        }
      }
    }
    return out;
  }

  /** The last token of the dateline opening at {@code first}, or {@code first - 1} when there is none. */
  private static int endOf(Tokens t, int first) {
    boolean agency = false;
    int agencyEnd = -1;
    for (int k = first; k < Math.min(t.size(), first + MAX_TOKENS + 1); k++) {
      String w = t.word(k);
      if (DASHES.contains(w)) {
        return k > first && (capitals(t.word(first)) || agency) ? k : first - 1;
      }
      if (w.equals("(")) {
        if (k + 2 >= t.size() || !t.word(k + 2).equals(")") || !agencyName(t.word(k + 1))) {
          return first - 1; // "Rep. Trey Gowdy (R-S.C.)" is no dateline
        }
        agency = true;
        agencyEnd = k + 2;
        k += 2;
        continue;
      }
      boolean part = Character.isUpperCase(w.charAt(0)) || t.tag(k).equals("CD") || w.equals(",") || w.equals(".")
          || w.equals("/");
      if (!part) {
        return agencyEnd > first && agencyEnd == k - 1 ? agencyEnd : first - 1; // "Hong Kong (CNN) A …" ends at ")"
      }
      if (agencyEnd > first && agencyEnd == k - 1 && Character.isUpperCase(w.charAt(0)) && !capitals(w)) {
        return agencyEnd;
      }
    }
    return first - 1;
  }

  /** An agency's name in parentheses: one capitalised word of letters ("Reuters", "AP"), not "D" or "R-Tex". */
  private static boolean agencyName(String w) {
    return w.length() >= MIN_CAPITALS && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
  }

  private static boolean capitals(String w) {
    return w.length() >= MIN_CAPITALS && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
        && w.chars().anyMatch(Character::isLetter);
  }
}
