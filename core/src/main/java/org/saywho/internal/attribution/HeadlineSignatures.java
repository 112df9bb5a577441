package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A headline that signs its claim with the speaker's name after a colon, as Indian and other wires
 * write them: "Karnataka to set up 100 new fast-track courts: CM Siddaramaiah", "Economy will grow 7
 * per cent this year: Finance Minister". Conditions: the article's first paragraph, a line of its own
 * and one unit, holds one colon outside quote marks; before it a clause with a verb; after it, to the
 * line's end, a noun phrase of at most {@value #MAX_NAME} capitalised words ending with a proper noun
 * ("Karnataka budget 2024: Key highlights" has no verb before its colon; "Photo: Jane Doe" neither); no
 * attribution holds any of it. The clause is the named speaker's. Read after the tagger.
 */
final class HeadlineSignatures {

  private static final double CONFIDENCE = 0.7;
  /** The most words of the signing name and its title ("Union Health Minister J P Nadda"). */
  private static final int MAX_NAME = 6;

  private HeadlineSignatures() {}

  /** Returns the drafts with the headline's signed claim added, when the article opens with one. */
  static List<Draft> add(Article doc, List<Unit> units, List<Draft> drafts, CueLexicon lexicon) {
    return Draft.addEach(drafts, headline(doc, units), u -> signed(doc, u, drafts, lexicon));
  }

  /**
   * The article's headline unit, when its first paragraph is a line of its own and one unit and a
   * paragraph follows; else none.
   */
  static List<Unit> headline(Article doc, List<Unit> units) {
    if (units.isEmpty() || doc.paragraphs().size() < 2) {
      return List.of();
    }
    Tokens t = doc.tokens();
    Unit unit = units.get(0);
    int end = unit.endToken();
    boolean line = unit.firstToken() == 0 && doc.paragraphOf(end - 1) == 0 && (end == t.size() || t.lineBreakAfter(end - 1));
    return line ? List.of(unit) : List.of();
  }

  /** The last token of {@code [first, end)} that is no punctuation, or {@code first}. */
  static int lastWord(Tokens t, int first, int end) {
    int last = end - 1;
    while (last > first && Grammar.punctuation(t, last)) {
      last--;
    }
    return last;
  }

  private static Optional<Draft> signed(Article doc, Unit unit, List<Draft> drafts, CueLexicon lexicon) {
    Tokens t = doc.tokens();
    int first = unit.firstToken();
    int last = lastWord(t, first, unit.endToken());
    int colon = last - 1;
    while (colon > first && last - colon <= MAX_NAME && !t.word(colon).equals(":")) {
      colon--;
    }
    if (colon <= first + 1 || !t.word(colon).equals(":") || t.quoted(colon) || !Grammar.proper(t, last)
        || NounPhrases.startLeftOf(t, last, colon + 1) != colon + 1 || !t.allCapitalized(colon + 1, last)
        || !Colons.holdsVerb(t, first, colon - 1)) {
      return Optional.empty();
    }
    if (Draft.anyHolds(drafts, t.span(first, last))) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(colon, colon), ":", lexicon.kind(":"));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(colon + 1, last), NounPhrases.head(t, colon + 1, last),
        Optional.empty());
    return Optional.of(Attributor.draft(doc, new Range(first, colon - 1), Attribution.Origin.COLON, cue,
        Optional.of(speaker), CONFIDENCE));
  }
}
