package org.saywho.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what pages declare as authors into names: "By TOM KRISHER, AP Auto Writer" is Tom Krisher,
 * "Analysis by Chris Cillizza, CNN Editor-at-large" is Chris Cillizza. A value that does not read as a
 * name (a URL, a handle, a date, "Follow @…", a sentence) is dropped: no author is better than a wrong one.
 */
final class Authors {

  private static final Pattern BY = Pattern.compile("^(?i)(?:.*?\\b)?by\\s+");
  private static final Pattern ROLE_TAIL = Pattern.compile("(?i)\\s*(?:[,|]|\\s[/–—-]\\s|\\bfor\\b).*$");
  private static final Pattern WORD_OF_THREE = Pattern.compile("\\p{L}{3,}");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i).*(https?:|www\\.|@|\\d|follow|\\.com|\\.net|\\.org|staff|editor|writer|contributor|correspondent"
          + "|\\b(view|more|articles?|posts?|stories|profile|contact|latest|all|read|see|about|bio)\\b).*");
  private static final int MAX_WORDS = 5;

  private Authors() {}

  static List<String> clean(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String value : raw) {
      for (String part : value.split("(?i)\\s*(?:;|\\band\\b|&)\\s*")) {
        name(part).filter(n -> !out.contains(n)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Reads a name from an author page's URL: ".../author/madeline-fry" is Madeline Fry.
   *
   * @param url a link to an author's page
   * @return the name, when the URL's last segment reads as two to four words
   */
  static Optional<String> fromUrl(String url) {
    java.util.regex.Matcher m = AUTHOR_URL.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    String[] words = m.group(1).split("-");
    if (words.length < 2 || words.length > 4) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
        return Optional.empty();
      }
      sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return Optional.of(sb.toString());
  }

  private static final Pattern AUTHOR_URL = Pattern.compile("/authors?/([a-z-]+?)(?:-\\d+)?/?(?:\\.html?)?(?:[?#].*)?$");

  static Optional<String> name(String value) {
    String v = Metadata.clean(value);
    v = BY.matcher(v).replaceFirst("");
    v = ROLE_TAIL.matcher(v).replaceFirst("").strip();
    if (v.isEmpty() || NOT_A_NAME.matcher(v).matches() || v.split("\\s+").length > MAX_WORDS
        || !Character.isLetter(v.charAt(0)) || !WORD_OF_THREE.matcher(v).find()) {
      return Optional.empty();
    }
    if (v.equals(v.toUpperCase(Locale.ROOT)) && v.length() > 3) {
      v = titleCase(v);
    }
    return Optional.of(v);
  }

  private static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : upper.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return sb.toString();
  }
}
