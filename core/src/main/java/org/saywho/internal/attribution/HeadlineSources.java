package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;

/**
 * A headline that names its source before a colon, as American wires write them: "Police: Man
 * arrested after stabbing in Leeds", "Report: Amazon plans to cut thousands of jobs", "Officials:
 * Storm damage worse than feared". Conditions: the article's first paragraph, a line of its own and one
 * unit, opens with a noun phrase of at most {@value #MAX_SOURCE} words and a colon outside quote
 * marks; the phrase's noun is a plural for people ({@code person-nouns.txt}: "officials",
 * "witnesses"), a state's body ({@code state-bodies.txt}: "police") or names a document or finding
 * ({@code source-things.txt}: "report", "study"), and the phrase is no label of the story's kind
 * ({@code headline-labels.txt}: "Analysis", "Poll", "Fact check"); after the colon a clause with a
 * verb, no quote mark, which no attribution overlaps but a whole report inside it ("Report: Amazon
 * plans to cut thousands of jobs" is the report's, and the plan Amazon's). The clause is the source's.
 * A common noun of another kind names the story's topic ("Traffic: Lanes closed after crash"); a name
 * before the colon is the grammar's headline colon, not this rule's. Read after the tagger.
 */
final class HeadlineSources {

  private static final double CONFIDENCE = 0.7;
  /** The most words of the source before the colon ("State health officials"). */
  private static final int MAX_SOURCE = 4;

  private HeadlineSources() {}

  /** Returns the drafts with the headline's sourced claim added, when the article opens with one. */
  static List<Draft> add(Article doc, List<Unit> units, List<Draft> drafts, CueLexicon lexicon, Words words) {
    return Draft.addEach(drafts, HeadlineSignatures.headline(doc, units), u -> sourced(doc, u, drafts, lexicon, words));
  }

  private static Optional<Draft> sourced(Article doc, Unit unit, List<Draft> drafts, CueLexicon lexicon, Words words) {
    Tokens t = doc.tokens();
    int first = unit.firstToken();
    int last = HeadlineSignatures.lastWord(t, first, unit.endToken());
    int colon = first + 1;
    while (colon <= first + MAX_SOURCE && colon < last && !t.word(colon).equals(":")) {
      colon++;
    }
    if (colon >= last || !t.word(colon).equals(":") || t.holdsQuoted(first, last) || !Grammar.noun(t, colon - 1)
        || NounPhrases.startLeftOf(t, colon - 1, first) != first || !Colons.holdsVerb(t, colon + 1, last)
        || lexicon.isHeadlineLabel(t.text().substring(t.start(first), t.end(colon - 1)).replaceAll("\\s+", " "))
        || !source(t, colon - 1, words) || !onlyWholeReportsIn(t, drafts, t.span(colon + 1, last))) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(colon, colon), ":", lexicon.kind(":"));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(first, colon - 1), NounPhrases.head(t, first, colon - 1),
        Optional.empty());
    return Optional.of(Attributor.draft(doc, new Range(colon + 1, last), Attribution.Origin.COLON, cue,
        Optional.of(speaker), CONFIDENCE));
  }

  /** Whether every attribution the clause overlaps lies inside it, speaker and cue too ("Report: Amazon plans …"). */
  private static boolean onlyWholeReportsIn(Tokens t, List<Draft> drafts, Span clause) {
    return drafts.stream().filter(d -> d.content().overlaps(clause))
        .allMatch(d -> Attributor.reportedInside(t, d, clause));
  }

  /** Whether the noun at {@code head} names people, a state's body or a document; a name does not. */
  private static boolean source(Tokens t, int head, Words words) {
    String w = t.lower(head);
    return words.isPeopleNoun(w) || words.isThing(w) || words.isStateBody(w);
  }
}
