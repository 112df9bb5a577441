package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A prepositional phrase opening the sentence sets the scene for the speaker who then reports
 * something; it is not part of the report: "In a victim impact statement read to the court, one woman
 * said she no longer felt safe", "In 2008, Trump said …", "As a phone rang, the announcer said, “…”".
 * Conditions: reported speech that opens its sentence with a capitalised preposition, ends right
 * before ", SPEAKER CUE", and whose cue reports something after it too, with no comma right after the
 * cue unless a quote mark opens after that comma. A cue set off by commas splits one report in two,
 * and the phrase stays ("In other words, he said, the plan is dead"), as do phrases opened by a
 * conjunction that starts a condition or reason ("If we lose, …"). Read after the tagger.
 */
final class PrepositionalOpeners {

  /** Words tagged as prepositions that open a condition, reason or concession, not a scene. */
  private static final Set<String> CLAUSAL = WordSets.named("prepositional-openers.clausal");

  private PrepositionalOpeners() {}

  /** Returns the drafts without the scene-setting prepositional phrases read as reported speech. */
  static List<Draft> without(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().filter(d -> !sceneSetting(t, d, drafts)).toList();
  }

  private static boolean sceneSetting(Tokens t, Draft d, List<Draft> drafts) {
    if (d.type() != Quote.Type.INDIRECT || d.speaker().isEmpty() || d.cue().isEmpty()
        || !ParticipleOpeners.opensBeforeSpeaker(t, d)) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int cueLast = d.cue().get().tokens().last();
    if (!t.tag(first).equals("IN") || !t.capitalized(first) || CLAUSAL.contains(t.lower(first))
        || cueLast + 1 >= t.size() || Grammar.comma(t, cueLast + 1) && !quoteAfterComma(t, cueLast)) {
      return false;
    }
    int cueFirst = d.cue().get().tokens().first();
    return drafts.stream().anyMatch(o -> o != d && o.cue().map(c -> c.tokens().first() == cueFirst).orElse(false)
        && o.content().start() > t.end(cueLast) - 1);
  }

  /** Whether a quote mark opens right after the comma after the cue: "the announcer said, “It's 3 a.m.”". */
  private static boolean quoteAfterComma(Tokens t, int cueLast) {
    return cueLast + 2 < t.size() && Grammar.openingQuote(t, cueLast + 2);
  }
}
