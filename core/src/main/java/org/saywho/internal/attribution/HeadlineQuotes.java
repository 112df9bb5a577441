package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Datelines;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A headline that names its speaker before a colon and goes on with a clause holding scare quotes:
 * "Pence: Gennifer Flowers Won't Be at Debate, Trump Was ‘Mocking’ Clinton Camp", "Rush Limbaugh:
 * Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’" The grammar leaves these out (taking
 * them there and retraining the tagger cost more than it gained) and the tagger misses them.
 * Conditions: a line that is a paragraph and a unit of its own opens with a proper-noun phrase that is
 * no headline label ("The Latest", "Poll", one word of five capitals or more: "HUFFPOLLSTER") and
 * then a colon outside quote marks, with no quote mark right after it; the rest of the line holds a
 * verb and a quote mark; no attribution holds any of it; and the phrase is no dateline ("NEW DELHI:
 * The air slipped into the ‘severe’ category", {@link Datelines}). The rest of the line is the named
 * speaker's. Read after the tagger.
 */
final class HeadlineQuotes {

  private static final double CONFIDENCE = 0.7;

  private HeadlineQuotes() {}

  /**
   * Returns the drafts with each such headline's attribution added; {@code dateline} marks the
   * article's datelines ({@link Datelines#of}).
   */
  static List<Draft> add(Article doc, List<Unit> units, List<Draft> drafts, CueLexicon lexicon, boolean[] dateline) {
    return Draft.addEach(drafts, units, unit -> unit.firstToken() < dateline.length && dateline[unit.firstToken()]
        ? Optional.empty() : headline(doc, unit, drafts, lexicon));
  }

  private static Optional<Draft> headline(Article doc, Unit unit, List<Draft> drafts, CueLexicon lexicon) {
    Tokens t = doc.tokens();
    int first = unit.firstToken();
    int end = unit.endToken();
    if (!Colons.ownLine(t, unit) || unit.size() < 4) {
      return Optional.empty();
    }
    int colon = first + 1;
    while (colon < end - 1 && !t.word(colon).equals(":")) {
      colon++;
    }
    if (colon >= end - 1 || t.quoted(colon) || !Grammar.proper(t, colon - 1) || Grammar.openingQuote(t, colon + 1)
        || NounPhrases.startLeftOf(t, colon - 1, first) != first || Grammar.subjectPronoun(t, first)
        || shouted(t, first, colon - 1) || Colons.headlineLabel(t, first, colon - 1, lexicon)
        || !Colons.holdsVerb(t, colon + 1, unit) || !Colons.holdsQuote(t, colon + 1, unit)) {
      return Optional.empty();
    }
    int last = end - 1;
    while (last > colon && Grammar.punctuation(t, last) && !Grammar.closingQuote(t, last)) {
      last--;
    }
    Span rest = t.span(colon, last);
    if (last <= colon + 1 || Draft.anyHolds(drafts, rest)) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(colon, colon), ":", lexicon.kind(":"));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(first, colon - 1), NounPhrases.head(t, first, colon - 1),
        Optional.empty());
    return Optional.of(Attributor.draft(doc, new Range(colon + 1, last), Attribution.Origin.COLON, cue, Optional.of(speaker),
        CONFIDENCE));
  }

  /** Whether the phrase is one word in capitals, five letters or more: a column's label, not a name. */
  private static boolean shouted(Tokens t, int first, int last) {
    String w = t.word(first);
    return first == last && w.length() >= 5 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
  }
}
