package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * The question in "Asked whether the province would add doctors, the minister said …" was put by
 * someone the article does not name, not by the minister, who answers it. Conditions: the cue is
 * "asked" opening its sentence, and the speaker found for it comes after the cue (the subject of
 * the answer). The question stays reported speech, without a speaker, as PolNeAR marks it. Read
 * after the tagger.
 */
final class AskedQuestions {

  private AskedQuestions() {}

  /** Returns the drafts, a sentence-opening "Asked …" question without the answerer as its speaker. */
  static List<Draft> unattributed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> askedOfTheSpeaker(t, d) ? d.withoutSpeaker() : d).toList();
  }

  private static boolean askedOfTheSpeaker(Tokens t, Draft d) {
    if (d.cue().isEmpty() || d.speaker().isEmpty() || !d.cue().get().lemma().equals("ask")) {
      return false;
    }
    int cue = d.cue().get().tokens().first();
    boolean opens = cue == 0 || t.sentence(cue - 1) != t.sentence(cue);
    return opens && t.lower(cue).equals("asked") && d.speaker().get().first() > cue;
  }
}
