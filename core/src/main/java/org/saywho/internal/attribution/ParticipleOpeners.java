package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A participle phrase opening the sentence sets the scene for the speaker; it is not what they said:
 * "Speaking to the BBC on Sunday, Reeves said: “…”", "Campaigning against Mitt Romney in 2012, he
 * barely mentioned climate change". Conditions: reported speech that opens its sentence with a
 * capitalised "-ing" word, holds no finite verb, and ends right before ", SPEAKER CUE". A clause with a
 * gerund subject keeps its finite verb and stays ("Raising taxes would hurt families, she said").
 * Read after the tagger.
 */
final class ParticipleOpeners {

  private ParticipleOpeners() {}

  /** Returns the drafts without the scene-setting participle phrases read as reported speech. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().filter(d -> !sceneSetting(t, d)).toList();
  }

  private static boolean sceneSetting(Tokens t, Draft d) {
    if (d.type() != Quote.Type.INDIRECT || d.speaker().isEmpty() || d.cue().isEmpty()) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (!opensBeforeSpeaker(t, d) || !t.tag(first).equals("VBG") || !t.capitalized(first)) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (Grammar.finite(t, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the content opens its sentence and ends right before ", SPEAKER": a draft with a speaker. */
  static boolean opensBeforeSpeaker(Tokens t, Draft d) {
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    return t.opensSentence(first) && last + 2 < t.size() && Grammar.comma(t, last + 1) && d.speaker().get().first() == last + 2;
  }
}
