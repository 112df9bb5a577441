package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Who a verb of causing moves to speak speaks: in "Salazar said the changes posed a risk, prompting
 * López Obrador to announce a “pause”" López Obrador announced it, and in "…, leading many to wonder
 * whether …" many wonder; the clause's subject only caused it. Conditions: the cue is a bare verb after
 * "to", right after a noun phrase, outside quotes, that follows a verb of causing
 * ({@code caused-speakers.verbs}: "prompting", "led", "forcing", "spurred") in the cue's sentence. The
 * speaker becomes that noun phrase. "He wanted reporters to know …" has no verb of causing and keeps its
 * speaker. Read after the tagger, which gives such a report the clause's subject.
 */
final class CausedSpeakers {

  private static final Set<String> VERBS = WordSets.named("caused-speakers.verbs");

  private CausedSpeakers() {}

  /** Returns the drafts, each report a verb of causing moved someone to make given that someone as its speaker. */
  static List<Draft> mended(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> out = drafts.stream().map(d -> d.cue().isEmpty() ? d : mended(t, d)).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static Draft mended(Tokens t, Draft d) {
    int cue = d.cue().get().tokens().first();
    if (cue < 3 || !t.tag(cue).equals("VB") || !t.lower(cue - 1).equals("to") || t.quoted(cue - 1)) {
      return d;
    }
    int last = cue - 2;
    int read = NounPhrases.startLeftOf(t, last, t.sentenceStart(cue));
    if (read < 0) {
      return d;
    }
    int first = read < last && VERBS.contains(t.lower(read)) ? read + 1 : read; // leftwards it takes in "prompting"
    int verb = first - 1;
    if (first > last || verb < 0 || t.sentence(verb) != t.sentence(cue) || t.quoted(verb) || !VERBS.contains(t.lower(verb))
        || !t.tag(first).matches("NN.*|PRP|DT|CD|JJ.*")) {
      return d;
    }
    boolean already = d.speaker().map(s -> s.first() == first && s.last() == last).orElse(false);
    return already ? d : d.withSpeaker(new SpeakerMention(new TokenRange(first, last),
        NounPhrases.head(t, first, last), Optional.empty()));
  }
}
