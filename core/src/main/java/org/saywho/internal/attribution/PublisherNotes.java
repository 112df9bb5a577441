package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.lexicon.Words;

/**
 * A note the publisher adds about the article or its author is not reported speech: an editor's note
 * or a correction ("Editor’s note: Donald Trump regularly incites political violence … and birther who
 * has repeatedly pledged to ban all Muslims"), or a line asking readers to follow the author ("Follow
 * Pam Key on Twitter @pamkeyNEN"). Conditions: the paragraph holding the content, without leading
 * quote marks, opens with a label of {@code publisher-notes.txt} before a colon; or it opens with
 * "Follow", has at most {@link #MAX_FOLLOW_WORDS} words and names a network of
 * {@code social-networks.txt} after "on", or an @handle. Not a paragraph that only mentions a note
 * ("In an editor's note, the newspaper said …"). Read after the tagger, whose features stay those it was trained on.
 */
final class PublisherNotes {

  /** The most words a line asking readers to follow an author has. */
  private static final int MAX_FOLLOW_WORDS = 25;
  /** The longest note label, in characters. */
  private static final int MAX_LABEL = 30;
  private static final Pattern LEADING_QUOTES = Pattern.compile("^[\\s\"“”‘’'«»]+");
  private static final Pattern ON_NETWORK = Pattern.compile("\\bon\\s+(\\p{L}+)");
  private static final Pattern HANDLE = Pattern.compile("(^|\\s)@\\w+");

  private PublisherNotes() {}

  /** Returns the drafts without those whose content lies in a publisher's note. */
  static List<Draft> without(Article doc, List<Draft> drafts, Words words) {
    return drafts.stream().filter(d -> !inNote(doc, d.content(), words)).toList();
  }

  /**
   * Returns the quotes without a cue of their own without those in a publisher's note, nor those
   * that took their speaker from one of them.
   */
  static List<Draft> withoutContinuations(Article doc, List<Draft> continuations, Words words) {
    Set<Draft> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Draft> out = new ArrayList<>();
    for (Draft d : continuations) {
      if (inNote(doc, d.content(), words) || d.speakerSource().filter(dropped::contains).isPresent()) {
        dropped.add(d);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean inNote(Article doc, Span content, Words words) {
    if (doc.paragraphs().isEmpty()) {
      return false;
    }
    Span p = doc.paragraphs().get(doc.paragraphAt(content.start()));
    return p.start() <= content.start() && content.start() < p.end() && isNote(p.in(doc.text()), words);
  }

  /**
   * Returns whether a paragraph is a publisher's note.
   *
   * @param paragraph the paragraph's text
   * @param words the word lists
   * @return true for an editor's note, a correction or a line asking readers to follow the author
   */
  static boolean isNote(String paragraph, Words words) {
    String para = LEADING_QUOTES.matcher(paragraph).replaceFirst("").strip();
    int colon = para.indexOf(':');
    if (colon > 0 && colon <= MAX_LABEL
        && words.isPublisherNote(para.substring(0, colon).strip().toLowerCase(Locale.ROOT).replace('’', '\''))) {
      return true;
    }
    if (!para.startsWith("Follow ") || para.split("\\s+").length > MAX_FOLLOW_WORDS) {
      return false;
    }
    var on = ON_NETWORK.matcher(para);
    while (on.find()) {
      if (words.isSocialNetwork(on.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return HANDLE.matcher(para).find();
  }
}
