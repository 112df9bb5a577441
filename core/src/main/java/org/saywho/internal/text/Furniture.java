package org.saywho.internal.text;

import java.util.Locale;
import java.util.regex.Pattern;
import org.saywho.Span;
import org.saywho.internal.lexicon.Words;

/**
 * Recognises a paragraph of page furniture: a label of {@code furniture.txt} standing alone
 * ("Caption", "Close") or before a colon, bar or chevron ("READ MORE: ‘…’", "WATCH: …", "Photo: Reuters");
 * a label the list writes with a comma before a comma, as screen-reader captions print them ("Image
 * caption, Cyclists on Broad Street", "Image source, Getty Images"; not "More, he said, was needed" nor
 * "‘Follow us,’ Ms. Gil said"); or a
 * page's time stamp, a label of {@code time-labels.txt} before a time or a date in a short paragraph
 * ("Published 3 hours ago", "Updated: 12 March 2025, 10:32 GMT"); or a short copyright notice ("© 2026
 * Global News, a division of Corus Entertainment Inc.", "Copyright 2026 The Associated Press. All rights
 * reserved."; not "Copyright lawyers say the ruling …").
 */
final class Furniture {

  /** Labels are short; a longer paragraph start is prose ("Watch what happens when…"). */
  private static final int MAX_LABEL = 30;
  /** A page's time stamp is short; a longer paragraph is prose ("Updated figures show 3 …"). */
  private static final int MAX_STAMP = 60;
  /** A copyright notice is short. */
  private static final int MAX_NOTICE = 200;
  /** "©", "(c)" or "Copyright" and a year, opening a notice. */
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)\\s*\\d{4}|copyright\\s+(©\\s*)?\\d{4}).*");

  private Furniture() {}

  /**
   * Returns whether paragraph {@code p} of {@code text} is furniture.
   *
   * @param text the article
   * @param p a paragraph
   * @param words the word lists
   * @return true when it is a furniture label or starts with one before a separator
   */
  static boolean is(String text, Span p, Words words) {
    String para = p.in(text).strip();
    int end = Math.min(para.length(), MAX_LABEL + 1);
    for (int i = 0; i < end; i++) {
      char c = para.charAt(i);
      if (c == ':' || c == '|' || c == '»' || c == '>') {
        return words.isFurniture(label(para.substring(0, i))) || timeStamp(para, words);
      }
      if (c == ',' && words.isFurnitureBeforeAComma(label(para.substring(0, i)))) {
        return true;
      }
    }
    return para.length() <= MAX_LABEL && words.isFurniture(label(para)) || timeStamp(para, words)
        || para.length() <= MAX_NOTICE && COPYRIGHT.matcher(para).matches();
  }

  /**
   * A short paragraph of a time label and a time or date: "Published 3 hours ago", "Updated: 12 March
   * 2025"; or stamps separated by bars, each one such ("Published 6:45 a.m. ET Dec. 5, 2026 | Updated
   * 9:12 a.m. ET Dec. 5, 2026").
   */
  private static boolean timeStamp(String para, Words words) {
    for (String part : para.split("\\|")) {
      String stamp = part.strip();
      if (stamp.length() > MAX_STAMP || stamp.chars().noneMatch(Character::isDigit)
          || !words.opensWithTimeLabel(stamp.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String label(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    while (!l.isEmpty() && !Character.isLetterOrDigit(l.charAt(l.length() - 1))) {
      l = l.substring(0, l.length() - 1).strip();
    }
    while (!l.isEmpty() && !Character.isLetterOrDigit(l.charAt(0))) {
      l = l.substring(1).strip();
    }
    return l;
  }
}
