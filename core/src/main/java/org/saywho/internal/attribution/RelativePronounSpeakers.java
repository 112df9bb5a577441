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
 * A relative pronoun right before a cue is its speaker, standing for the noun it follows: in "… to beat
 * China, which has said it aims to land astronauts by 2030" China has said so, as in "Germany, which
 * said it would pay". The tagger finds "which said" but leaves "which has said" with no speaker.
 * Conditions: a report with a cue and no speaker; the cue's first word, past adverbs before it, comes
 * right after "who" or "which" ({@code relative-pronoun-speakers.pronouns}) outside quotes; the cue
 * holds no form of "be" ({@code cue-finder.be}: "which is expected to draw a large audience" is no
 * one's report). A "that" is left alone: "a sign that read …" speaks, but more often it opens the
 * content ("… said that"). The entity resolver reads the pronoun as its antecedent. Read after the
 * tagger.
 */
final class RelativePronounSpeakers {

  private static final Set<String> PRONOUNS = WordSets.named("relative-pronoun-speakers.pronouns");

  private RelativePronounSpeakers() {}

  /** Returns the drafts, each report with no speaker after a relative pronoun given that pronoun as its speaker. */
  static List<Draft> with(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> out = drafts.stream().map(d -> with(t, d)).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static Draft with(Tokens t, Draft d) {
    if (d.cue().isEmpty() || d.speaker().isPresent()) {
      return d;
    }
    TokenRange cue = d.cue().get().tokens();
    for (int i = cue.first(); i <= cue.last(); i++) {
      if (CueFinder.BE.contains(t.lower(i))) {
        return d;
      }
    }
    int k = cue.first() - 1;
    while (k > 0 && Grammar.adverb(t, k)) {
      k--;
    }
    if (k <= 0 || !PRONOUNS.contains(t.lower(k)) || t.quoted(k) || t.sentence(k) != t.sentence(cue.first())) {
      return d;
    }
    return d.withSpeaker(new SpeakerMention(new TokenRange(k, k), k, Optional.empty()));
  }
}
