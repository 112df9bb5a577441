package org.saywho.internal.doc;


/**
 * The dateline a wire story's paragraph opens with: its place and agency, up to a dash ("NEW DELHI
 * (Reuters) -", "WASHINGTON ―", "LONDON, Ontario —") or up to the agency in parentheses ("Hong Kong
 * (CNN) A prominent …"). Neither the article's claim nor anyone's words, and its place and agency are
 * not sources. Conditions: at most {@value #MAX_TOKENS} tokens before the dash, each a capitalised word,
 * a number, a comma, a full stop, a slash or an agency in parentheses (one capitalised word of letters:
 * "(Reuters)", not a party's "(R-S.C.)"); and the first word in capitals, or such an agency followed
 * by a dash or a new sentence (not by the verb of a name's acronym: "The Kenya Private Sector Alliance
 * (KEPSA) warned"); a press release's agency between slashes counts as one in parentheses
 * ("INDIANAPOLIS, March 10, 2021 /PRNewswire/ --"). A place in capitals before a colon is a dateline too ("MUMBAI: Virat Kohli struck …", "NEW DELHI: …", as
 * South Asian papers print them), at most {@value #MAX_COLON_WORDS} words, in one of the first {@value #COLON_PARAGRAPHS} paragraphs,
 * when it is the only paragraph of the article to open that way: several are a transcript's speakers
 * ("TRUMP: …", "CLINTON: …"). So is a place in title case before a colon that opens a lede of at least
 * {@value #MIN_LEDE_TOKENS} tokens after the headline ("Mumbai: Incessant rain overnight flooded …", as
 * Indian papers print them), when no other paragraph opens with title-case words and a colon: a
 * headline's "Trump: My plans aren't set in stone" opens the article, and a transcript has many.
 */
public final class Datelines {

  private static final int MAX_TOKENS = 8;
  private static final int MIN_CAPITALS = 2;
  private static final int MAX_COLON_WORDS = 3;
  /** A colon dateline opens one of the article's first paragraphs: the headline, a byline, the lede. */
  private static final int COLON_PARAGRAPHS = 4;
  /** A lede after a title-case dateline is a sentence, not a headline's few words. */
  private static final int MIN_LEDE_TOKENS = 12;

  private Datelines() {}

  /**
   * Marks the tokens of each paragraph's dateline, its dash included.
   *
   * @param t the article's tokens
   * @return for each token, whether it belongs to a dateline
   */
  public static boolean[] of(Tokens t) {
    boolean[] out = new boolean[t.size()];
    int labels = 0;
    int titleLabels = 0;
    for (int i = 0; i < t.size(); i++) {
      if (i == 0 || t.lineBreakAfter(i - 1)) {
        labels += colonAfterCapitals(t, i) > i ? 1 : 0;
        titleLabels += colonAfterTitleWords(t, i) > i ? 1 : 0;
      }
    }
    int paragraph = 0;
    for (int i = 0; i < t.size(); i++) {
      if (i == 0 || t.lineBreakAfter(i - 1)) {
        boolean headline = paragraph == 0;
        boolean early = paragraph++ < COLON_PARAGRAPHS;
        int colon = labels == 1 && early ? colonAfterCapitals(t, i) : -1;
        if (colon < 0 && titleLabels == 1 && early && !headline) {
          colon = colonBeforeALede(t, i);
        }
        int end = colon > i ? colon : endOf(t, i);
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
    int limit = first + MAX_TOKENS + 1;
    for (int k = first; k < Math.min(t.size(), limit); k++) {
      String w = t.word(k);
      if (t.dash(k)) {
        return k > first && (capitals(t.word(first)) || agency) ? k : first - 1;
      }
      boolean slashed = w.equals("/") && k + 2 < t.size() && t.word(k + 2).equals("/") && agencyName(t.word(k + 1));
      if (w.equals("(") || slashed) { // "(Reuters)", a press release's "/PRNewswire/"
        if (!slashed && (k + 2 >= t.size() || !t.word(k + 2).equals(")") || !agencyName(t.word(k + 1)))) {
          return first - 1; // "Rep. Trey Gowdy (R-S.C.)" is no dateline
        }
        agency = true;
        agencyEnd = k + 2;
        limit += slashed ? 3 : 0; // the release's wire is no word of the place and date
        k += 2;
        continue;
      }
      boolean part = Character.isUpperCase(w.charAt(0)) || t.tag(k).equals("CD") || w.equals(",") || w.equals(".")
          || w.equals("/");
      if (!part) {
        return first - 1; // "The Kenya Private Sector Alliance (KEPSA) warned": a name and its acronym
      }
      if (agencyEnd > first && agencyEnd == k - 1 && Character.isUpperCase(w.charAt(0)) && !capitals(w)) {
        return agencyEnd;
      }
    }
    return first - 1;
  }

  /**
   * The colon after one to {@value #MAX_COLON_WORDS} words in capitals opening a paragraph, with a
   * capitalised word after it ("MUMBAI: Virat"), or -1.
   */
  private static int colonAfterCapitals(Tokens t, int first) {
    return colonAfter(t, first, true);
  }

  /**
   * The colon after one to {@value #MAX_COLON_WORDS} capitalised words of letters opening a paragraph
   * ("Mumbai:", "New Delhi:"), with a capitalised word after it, or -1.
   */
  private static int colonAfterTitleWords(Tokens t, int first) {
    return colonAfter(t, first, false);
  }

  /** The colon after one to {@value #MAX_COLON_WORDS} words of letters, in capitals or only capitalised, or -1. */
  private static int colonAfter(Tokens t, int first, boolean inCapitals) {
    for (int k = first; k < Math.min(t.size() - 1, first + MAX_COLON_WORDS + 1); k++) {
      if (t.word(k).equals(":")) {
        return k > first && !t.lineBreakAfter(k) && Character.isUpperCase(t.word(k + 1).charAt(0)) ? k : -1;
      }
      boolean word = inCapitals ? capitals(t.word(k)) : t.capitalized(k);
      if (!word || !t.word(k).chars().allMatch(Character::isLetter)) {
        return -1;
      }
    }
    return -1;
  }

  /** {@link #colonAfterTitleWords} when a lede of at least {@value #MIN_LEDE_TOKENS} tokens follows it in its paragraph. */
  private static int colonBeforeALede(Tokens t, int first) {
    int colon = colonAfterTitleWords(t, first);
    if (colon < 0) {
      return -1;
    }
    int k = colon + 1;
    while (k < t.size() - 1 && !t.lineBreakAfter(k) && k - colon < MIN_LEDE_TOKENS) {
      k++;
    }
    return k - colon >= MIN_LEDE_TOKENS ? colon : -1;
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
