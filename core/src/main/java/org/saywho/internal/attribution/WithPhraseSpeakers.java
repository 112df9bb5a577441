package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * "Plans for a cycle lane have divided councillors, with one calling the proposal ‘a solution looking
 * for a problem’": the participle of an absolute "with" phrase reports what the phrase's own noun
 * says, not the clause's subject. Conditions: the cue is a participle ("calling", "saying", "arguing")
 * right after a noun phrase that directly follows "with", outside quotes, in the cue's sentence. The
 * speaker becomes that noun phrase ("one", "critics", "some experts"). Read after the tagger, which
 * gives such a report the clause's subject or no speaker.
 */
final class WithPhraseSpeakers {

  private WithPhraseSpeakers() {}

  /** Returns the drafts, each absolute "with" phrase's report given the phrase's noun as its speaker. */
  static List<Draft> mended(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.cue().isEmpty() ? d : mended(t, d)).toList();
  }

  private static Draft mended(Tokens t, Draft d) {
    int cue = d.cue().get().tokens().first();
    if (!t.tag(cue).equals("VBG") || cue < 2 || t.quoted(cue - 1)) {
      return d;
    }
    int first = NounPhrases.startLeftOf(t, cue - 1, t.sentenceStart(cue));
    if (first < 1 || !t.lower(first - 1).equals("with") || t.quoted(first - 1) || t.sentence(first - 1) != t.sentence(cue)) {
      return d;
    }
    boolean already = d.speaker().map(s -> s.first() == first && s.last() == cue - 1).orElse(false);
    return already ? d : d.withSpeaker(new SpeakerMention(new TokenRange(first, cue - 1),
        NounPhrases.head(t, first, cue - 1), Optional.empty()));
  }
}
