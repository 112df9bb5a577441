package org.saywho.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saywho.Byline;
import org.saywho.Span;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * Recognises a byline among the first lines of an article: "By Ahmed Kamel", "By Ahmed Kamel, Egypt
 * Daily News", "By Ahmed Kamel | Reuters", "Ahmed Kamel – Egypt Daily News" and "Jane Smith · CBC
 * News", each perhaps followed by when it was posted or updated ("· Posted: May 10, 2024 4:00 AM EDT |
 * Last Updated: May 10"). The dash form needs a known first name or an outlet word ("News", "Times")
 * so that a headline is not taken for one. What follows the name is no outlet when it is the author's
 * job ("By Jane Smith, Political Correspondent").
 */
public final class Bylines {

  private static final String WORD = "[\\p{Lu}][\\p{L}.’'\\-]*";
  private static final String NAME = WORD + "(?:\\s+(?:" + WORD + "|de|van|von|al|bin|da|del|la|le))" + "{0,3}";
  private static final String NAMES = NAME + "(?:\\s+(?:and|&)\\s+" + NAME + ")?";
  private static final String OUTLET = "[\\p{Lu}\\d][\\p{L}\\d.&’'\\-]*(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\d.&’'\\-]*|of|the|and|for|on|in)){0,6}";
  private static final String SEP = "\\s*(?:[|–—/,·•]|\\s-\\s|\\bfor\\b)\\s*";
  /** When the page posted or updated the article, after the byline: "· Posted: May 10, 2024 4:00 AM EDT". */
  private static final String STAMP = "(?:\\s*[|·•–—]\\s*(?i:posted|published|updated|last updated)\\b.*)?";
  private static final Pattern BY = Pattern.compile(
      "(?i:by)\\s+(" + NAMES + ")(?:" + SEP + "(" + OUTLET + "))?\\.?" + STAMP);
  private static final Pattern DASH = Pattern.compile("(" + NAME + ")\\s*(?:[|–—·•]|\\s-)\\s*(" + OUTLET + ")" + STAMP);
  private static final Set<String> OUTLET_WORDS = WordSets.named("bylines.outlet-words");
  private static final int LINES = 3;
  private static final int MAX_LENGTH = 120;

  private Bylines() {}

  /** A byline and the index of the paragraph it occupies. */
  public record Found(Byline byline, int paragraph) {}

  /**
   * Returns the byline among the first paragraphs of {@code text}.
   *
   * @param text the article
   * @param paragraphs its paragraphs
   * @param words word lists, for first names
   * @return the byline and its paragraph, if any
   */
  public static Optional<Found> find(String text, List<Span> paragraphs, Words words) {
    for (int p = 0; p < Math.min(LINES, paragraphs.size()); p++) {
      Span s = paragraphs.get(p);
      if (s.length() > MAX_LENGTH) {
        continue;
      }
      String line = s.in(text);
      Matcher by = BY.matcher(line);
      if (by.matches()) {
        Optional<String> outlet = Optional.ofNullable(by.group(2)).filter(o -> !authorsRole(o, words));
        return Optional.of(new Found(new Byline(Optional.of(by.group(1)), outlet, s), p));
      }
      Matcher dash = DASH.matcher(line);
      if (dash.matches() && (startsWithFirstName(dash.group(1), words) || hasOutletWord(dash.group(2)))) {
        return Optional.of(new Found(new Byline(Optional.of(dash.group(1)), Optional.of(dash.group(2)), s), p));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether what follows the author's name is the author's job ("Political Correspondent", "Senior
   * Reporter"), not an outlet: it ends with a newsroom title and holds no outlet word.
   */
  private static boolean authorsRole(String outlet, Words words) {
    String[] w = outlet.trim().toLowerCase(Locale.ROOT).split("\\s+");
    return words.isJournalistTitle(w[w.length - 1]) && !hasOutletWord(outlet);
  }

  private static boolean startsWithFirstName(String name, Words words) {
    String first = name.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
    return words.isFirstName(first) && name.trim().split("\\s+").length >= 2;
  }

  private static boolean hasOutletWord(String outlet) {
    for (String w : outlet.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (OUTLET_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
