package org.saywho.web.internal;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Lines inside the body that are page furniture, not the article: "Advertisement", "READ MORE: …",
 * "Image copyright …", "Caption", "Close", link lists, share prompts.
 */
public final class Furniture {

  private static final Pattern LINE = Pattern.compile(
      "(?i)^(advertisement|ad|sponsored|caption|close|share|share this( article| story)?|tweet|email|print|comments?"
          + "|image( copyright| caption)?.*|photo:.*|photograph:.*|getty images|reuters|ap photo.*|file photo.*"
          + "|(read|see|watch|listen|related|more|recommended|trending|also read|read also|related coverage|don't miss)"
          + "( more| also| next)?\\s*[:|›»>-].*|sign up.*|subscribe.*|follow us.*|click here.*|skip (ad|advertisement).*"
          + "|this (article|story) (was|is|has been) (originally )?(published|updated).*|loading.*|©.*|copyright .*)$");
  private static final int SHORT = 120;

  private Furniture() {}

  /**
   * Whether a body block is furniture.
   *
   * @param block a block of the body
   * @param text its normalized text
   * @return true to leave it out
   */
  public static boolean is(Element block, String text) {
    if (text.isEmpty()) {
      return true;
    }
    if (text.length() <= SHORT && LINE.matcher(text).matches()) {
      return true;
    }
    double links = BodyFinder.linkDensity(block);
    return block.is("li") ? links > 0.5 || text.length() < 3 : links > 0.8 && text.length() < 300;
  }
}
