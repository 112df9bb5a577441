package org.saywho.web.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article's body in a cleaned page, as a reader's eye does: paragraphs score their
 * containers by how much running text they hold (length, commas), less the share of it that is link
 * text; the best container, with the siblings that score near it, is the body. Its paragraphs are read
 * in order, leaving out link lists and page-furniture lines.
 */
public final class BodyFinder {

  private static final int MIN_PARAGRAPH = 25;
  private static final int LEVELS = 5;
  private static final int LENGTH_UNIT = 100;
  private static final double MAX_LENGTH_POINTS = 3;
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
          + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
          + "|recirc|trending|newsletter|most-|popular",
      Pattern.CASE_INSENSITIVE);
  /** Another container scoring at least this share of the top one is a part of a split body. */
  private static final double SPLIT_PART_SHARE = 0.5;
  private static final int MAX_SPLIT_LEVELS = 3;
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre";

  private BodyFinder() {}

  /**
   * Returns the body's blocks, in reading order.
   *
   * @param body the cleaned page's body
   * @return the blocks of the article's text
   */
  public static List<Element> blocks(Element body) {
    // Insertion (document) order keeps ties and split-part merging the same from run to run.
    Map<Element, Double> raw = new LinkedHashMap<>();
    for (Element p : body.select("p, pre, td")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = (1 + count(text, ',') + Math.min(text.length() / (double) LENGTH_UNIT, MAX_LENGTH_POINTS))
          * (1 - linkDensity(p));
      Element a = p.parent();
      for (int level = 0; a != null && level < LEVELS; level++, a = a.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        raw.merge(a, initial(a) + score * share, (old, add) -> old + score * share);
      }
    }
    Map<Element, Double> scores = new LinkedHashMap<>();
    raw.forEach((e, s) -> scores.put(e, s * (1 - linkDensity(e))));
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    if (top == null) {
      return new ArrayList<>(body.select(BLOCKS));
    }
    top = withSplitParts(top, best, scores);
    List<Element> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      parts.add(top);
    } else {
      double threshold = Math.max(10, best * 0.2);
      for (Element sibling : parent.children()) {
        if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold
            || looksLikeParagraph(sibling)) {
          parts.add(sibling);
        }
      }
    }
    List<Element> out = new ArrayList<>();
    Set<Element> taken = new HashSet<>();
    for (Element part : parts) {
      Elements blocks = part.is(BLOCKS) ? new Elements(part) : part.select(BLOCKS);
      for (Element b : blocks) {
        boolean holdsBlocks = b.select(BLOCKS).size() > 1;
        if (!holdsBlocks && !insideTaken(b, taken)) {
          taken.add(b);
          out.add(b);
        }
      }
    }
    return out;
  }

  /**
   * Moves the top container up to hold the article's other parts: a body split into chunks (around
   * ads or pull quotes) has another container of the same kind (tag and class) scoring near the top
   * one, a few levels away.
   *
   * @param scores each container's score, link text discounted
   */
  private static Element withSplitParts(Element top, double best, Map<Element, Double> scores) {
    Element out = top;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element c = e.getKey();
      boolean sameKind = !c.className().isEmpty() && c.className().equals(top.className()) && c.normalName().equals(top.normalName());
      if (!sameKind || e.getValue() < SPLIT_PART_SHARE * best || c == out
          || c.parents().contains(out) || out.parents().contains(c)) {
        continue;
      }
      Element common = out.parent();
      for (int up = 1; common != null && up <= MAX_SPLIT_LEVELS && !c.parents().contains(common); up++) {
        common = common.parent();
      }
      if (common != null && c.parents().contains(common) && !common.normalName().equals("body")) {
        out = common;
      }
    }
    return out;
  }

  private static boolean insideTaken(Element b, Set<Element> taken) {
    for (Element a = b.parent(); a != null; a = a.parent()) {
      if (taken.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeParagraph(Element e) {
    if (!e.is("p")) {
      return false;
    }
    String text = e.text();
    double links = linkDensity(e);
    return text.length() > 80 && links < 0.25 || text.length() > 0 && links == 0 && text.matches("(?s).*\\.\\s*$");
  }

  private static double initial(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = e.className() + " " + e.id();
    if (NEGATIVE.matcher(names).find()) {
      s -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      s += 25;
    }
    return s;
  }

  /** The share of the element's text that is link text. */
  public static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) length);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
