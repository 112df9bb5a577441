package org.saywho.internal.attribution;

import java.util.List;
import java.util.Locale;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * "When it comes to eating food, the CDC states: “…”": a cue closed by a colon introduces the words
 * after the colon; the topic named before its speaker is no content of it. Conditions: reported speech
 * that ends before its speaker and opens with a topic phrase of {@code topic-openers.txt}, whose cue
 * is followed by a colon and also introduces a content after that colon; "Masks work, the CDC says."
 * and "When asked about masks, she said: “…”" (PolNeAR counts the question as her content) stay.
 * Read after the tagger.
 */
final class ColonIntroductions {

  private ColonIntroductions() {}

  /** Returns the drafts without the topics read as contents of a cue that introduces a colon's words. */
  static List<Draft> without(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().filter(d -> !topic(doc, t, d, drafts, words)).toList();
  }

  private static boolean topic(Article doc, Tokens t, Draft d, List<Draft> drafts, Words words) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty() || d.speaker().isEmpty()
        || d.content().end() > t.start(d.speaker().get().first())
        || !words.opensWithTopic(d.content().in(doc.text()).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int cueLast = d.cue().get().tokens().last();
    if (cueLast + 1 >= t.size() || !t.word(cueLast + 1).equals(":")) {
      return false;
    }
    int colon = t.end(cueLast + 1);
    return drafts.stream().anyMatch(o -> o != d && o.content().start() >= colon
        && o.cue().map(c -> c.tokens().equals(d.cue().get().tokens())).orElse(false));
  }
}
