package org.saywho.internal.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saywho.internal.lexicon.Words;

/**
 * Paragraphs that stand beside the story rather than tell it, so that they hold no quote, whatever
 * verbs they hold; captions and prompts to the reader hold no claim either. Unlike page furniture ({@link Furniture}), which the layout takes out before
 * anything reads the article, they are recognised after the attribution tagger, whose features stay
 * those it was trained on. Three constructions:
 *
 * <ul>
 *   <li><b>Publisher's note</b>: the paragraph, without leading quote marks, opens with a label of
 *       {@code publisher-notes.txt} before a colon ("Editor’s note: …", "Correction: …"); or it opens with
 *       "Follow", has at most {@link #MAX_FOLLOW_WORDS} words and names a network of
 *       {@code social-networks.txt} after "on", or an @handle ("Follow Pam Key on Twitter @pamkeyNEN").
 *       Not a paragraph that only mentions a note ("In an editor's note, the newspaper said …").</li>
 *   <li><b>Photo caption</b>: the paragraph ends with a photo credit, in parentheses holding "Photo" or
 *       a slash between capitalised words ("… (AP Photo/J. Scott Applewhite)", "… (Evan Mitsui/CBC)"), or
 *       after its last sentence without them ("… last year. Fred Lum/The Globe and Mail", "… THE
 *       CANADIAN PRESS/Sean Kilpatrick": capitalised words either side of the slash, no closing stop); or it opens with a wire service's "FILE -" ("FILE - Senate
 *       Majority Leader Chuck Schumer speaks to reporters …"). Not a sentence that ends in a
 *       parenthesis of its own ("… (R-S.C.).").</li>
 *   <li><b>Prompt to the reader</b>: the paragraph has at most {@link #MAX_PROMPT_WORDS} words and opens
 *       with a phrase of {@code reader-prompts.txt} ("Sign up to receive daily headline news …", "Story
 *       continues below advertisement", "Listen to this article"), or gives a reading time
 *       ("Estimated 3 minutes", "4 min read").</li>
 * </ul>
 */
public final class Asides {

  /** The most words a line asking readers to follow an author has. */
  private static final int MAX_FOLLOW_WORDS = 25;
  /** The most words a prompt to the reader has; a longer paragraph is prose. */
  private static final int MAX_PROMPT_WORDS = 25;
  /** The most words a schedule line's label has ("Maple Leafs"). */
  private static final int MAX_SCHEDULE_LABEL_WORDS = 4;
  /** The longest note label, in characters. */
  private static final int MAX_LABEL = 30;
  private static final Pattern LEADING_QUOTES = Pattern.compile("^[\\s\"“”‘’'«»]+");
  private static final Pattern ON_NETWORK = Pattern.compile("\\bon\\s+(\\p{L}+)");
  private static final Pattern HANDLE = Pattern.compile("(^|\\s)@\\w+");
  private static final Pattern CREDIT_IN_PARENTHESES = Pattern.compile(
      "\\((?:[^()]*\\bPhotos?\\b[^()]*|[^()]*\\p{Lu}[\\p{L}.'’ ,-]*\\s*/\\s*\\p{Lu}[^()]*)\\)\\s*$");
  private static final Pattern CREDIT_AFTER_SENTENCE = Pattern.compile(
      "[.!?][\"”’]?\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/\\s*\\p{Lu}[\\p{L}&'’-]*"
          + "(?:\\s+(?:\\p{Lu}[\\p{L}&'’-]*|and|of|the|for|&)){0,4}\\s*$");
  private static final Pattern FILE_PHOTO = Pattern.compile("^FILE(?:\\s+PHOTO)?\\s*[-–—:]\\s");
  private static final Pattern READING_TIME = Pattern.compile(
      "^(?:estimated(?: reading time)?:?\\s+)?\\d+\\s*(?:min|mins|minutes?)(?:\\s+read)?\\.?$");
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private Asides() {}

  /**
   * Returns whether a paragraph stands beside the story: a publisher's note, a photo caption or a
   * prompt to the reader.
   *
   * @param paragraph the paragraph's text
   * @param words the word lists
   * @return true when the paragraph is one of them
   */
  public static boolean is(String paragraph, Words words) {
    return publisherNote(paragraph, words) || pageMatter(paragraph, words);
  }

  /**
   * Returns whether a paragraph is matter of the page rather than of the article: a photo caption or a
   * prompt to the reader. Unlike a publisher's note, whose corrections state facts, it makes no claim.
   *
   * @param paragraph the paragraph's text
   * @param words the word lists
   * @return true for a caption or a prompt
   */
  public static boolean pageMatter(String paragraph, Words words) {
    return caption(paragraph) || readerPrompt(paragraph, words);
  }

  /**
   * Returns whether a paragraph is a publisher's note: an editor's note, a correction or a line asking
   * readers to follow the author.
   *
   * @param paragraph the paragraph's text
   * @param words the word lists
   * @return true for a note
   */
  public static boolean publisherNote(String paragraph, Words words) {
    String para = LEADING_QUOTES.matcher(paragraph).replaceFirst("").strip();
    int colon = para.indexOf(':');
    if (colon > 0 && colon <= MAX_LABEL
        && words.isPublisherNote(para.substring(0, colon).strip().toLowerCase(Locale.ROOT).replace('’', '\''))) {
      return true;
    }
    if (!para.startsWith("Follow ") || WORDS.split(para).length > MAX_FOLLOW_WORDS) {
      return false;
    }
    Matcher on = ON_NETWORK.matcher(para);
    while (on.find()) {
      if (words.isSocialNetwork(on.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return HANDLE.matcher(para).find();
  }

  /**
   * Returns whether a paragraph is a photo caption: it ends with a photo credit or opens with "FILE -".
   *
   * @param paragraph the paragraph's text
   * @return true for a caption
   */
  public static boolean caption(String paragraph) {
    String para = paragraph.strip();
    return CREDIT_IN_PARENTHESES.matcher(para).find() || CREDIT_AFTER_SENTENCE.matcher(para).find()
        || FILE_PHOTO.matcher(para).find();
  }

  /**
   * Returns whether a paragraph is the heading of a schedule closing the story ("UP NEXT"; headings in
   * {@code schedule-headings.txt}), after which {@link #scheduleLine} lines are fixtures.
   *
   * @param paragraph the paragraph's text
   * @param words the word lists
   * @return true for a heading
   */
  public static boolean scheduleHeading(String paragraph, Words words) {
    String para = paragraph.strip().toLowerCase(Locale.ROOT);
    return words.isScheduleHeading(para.endsWith(":") ? para.substring(0, para.length() - 1).strip() : para);
  }

  /**
   * Returns whether a paragraph reads as a line of a schedule: a label of at most
   * {@value #MAX_SCHEDULE_LABEL_WORDS} words before a colon, no quote marks, at most
   * {@link #MAX_PROMPT_WORDS} words ("Canadiens: Host the Boston Bruins on Tuesday.").
   *
   * @param paragraph the paragraph's text
   * @return true for a labelled short line
   */
  public static boolean scheduleLine(String paragraph) {
    String para = paragraph.strip();
    int colon = para.indexOf(':');
    return colon > 0 && WORDS.split(para.substring(0, colon).strip()).length <= MAX_SCHEDULE_LABEL_WORDS
        && para.chars().noneMatch(c -> "\"“”«»".indexOf(c) >= 0) && WORDS.split(para).length <= MAX_PROMPT_WORDS;
  }

  /**
   * Returns whether a paragraph is a prompt to the reader or a marker the page left in the text.
   *
   * @param paragraph the paragraph's text
   * @param words the word lists
   * @return true for a prompt
   */
  public static boolean readerPrompt(String paragraph, Words words) {
    String para = paragraph.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    return (words.opensWithReaderPrompt(para) || READING_TIME.matcher(para).matches())
        && WORDS.split(para).length <= MAX_PROMPT_WORDS;
  }
}
