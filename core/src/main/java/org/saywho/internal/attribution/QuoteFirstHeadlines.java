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
import org.saywho.internal.lexicon.Words;

/**
 * A headline that opens with a quote and names who said it after a colon, as British and Irish papers
 * write them: "‘We were treated like criminals’: Windrush victims still waiting for compensation",
 * "‘Huge win’: Trump hails trade deal". The quote is the speakers'. Conditions: a line that is a
 * paragraph and a unit of its own opens with a quote mark, and the quote closes right before a colon;
 * after the colon a noun phrase headed by a name, or by a noun for a person, people or a body, is the
 * subject of a verb or of an adjective that follows it, the headline's "is" dropped ("‘We will not back
 * down’: Starmer defiant as strikes spread"), adverbs skipped ("‘A catastrophe’: the day the river burst its
 * banks" and "‘Disaster’: storm leaves thousands without power" name no speaker; a plural for people's
 * verb the tagger read as a noun counts, "‘We are not giving up’: Families of hostages rally in Tel
 * Aviv"), or, as interviews
 * are headed, a name and "on" ("‘We need to stop pretending’: climate scientist Katharine Hayhoe on
 * hope and action"; not "‘Chaos’: the war on drugs", no name); no attribution holds the quote. Read
 * after the tagger.
 */
final class QuoteFirstHeadlines {

  private static final double CONFIDENCE = 0.7;

  private QuoteFirstHeadlines() {}

  /**
   * Returns the drafts with each such headline's quote added.
   *
   * @param doc the tagged article
   * @param units its units
   * @param drafts the cued attributions
   * @param lexicon the cue lexicon
   * @param words the word lists
   * @return the drafts, with the headlines' quotes
   */
  static List<Draft> add(Article doc, List<Unit> units, List<Draft> drafts, CueLexicon lexicon, Words words) {
    return Draft.addEach(drafts, units, unit -> headline(doc, unit, drafts, lexicon, words));
  }

  private static Optional<Draft> headline(Article doc, Unit unit, List<Draft> drafts, CueLexicon lexicon, Words words) {
    Tokens t = doc.tokens();
    int first = unit.firstToken();
    int end = unit.endToken();
    if (!Colons.ownLine(t, unit) || unit.size() < 5 || !Grammar.openingQuote(t, first) || !t.quoted(first + 1)) {
      return Optional.empty();
    }
    int close = first + 1;
    while (close < end && !Grammar.closingQuote(t, close)) {
      close++;
    }
    int colon = close + 1;
    if (colon + 2 >= end || close == first + 1 || !t.word(colon).equals(":") || t.quoted(colon)) {
      return Optional.empty();
    }
    int last = NounPhrases.endRightOf(t, colon + 1, end - 1);
    boolean verbReadAsANoun = last > colon + 1 && pluralBeforeItsVerb(t, last, end, words);
    last = verbReadAsANoun ? last - 1 : last;
    int head = last < 0 ? -1 : NounPhrases.head(t, colon + 1, last);
    if (head < 0 || !speaks(t, head, words)) {
      return Optional.empty();
    }
    boolean onTopic = Grammar.proper(t, head) && head + 1 < end && t.lower(head + 1).equals("on");
    last = onTopic ? head : last;
    int verb = last + 1;
    while (verb < end && Grammar.adverb(t, verb)) {
      verb++;
    }
    boolean predicate = verbReadAsANoun
        || verb < end && (Grammar.verb(t, verb) || t.tag(verb).equals("JJ")); // "Starmer defiant as …"
    if (!onTopic && !predicate || Draft.anyHolds(drafts, t.span(first + 1, close - 1))) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(colon, colon), ":", lexicon.kind(":"));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(colon + 1, last), head, Optional.empty());
    return Optional.of(Attributor.draft(doc, new Range(first, close), Attribution.Origin.COLON, cue, Optional.of(speaker),
        CONFIDENCE));
  }

  /**
   * Whether the phrase's last word, a singular noun after a plural for people and before a preposition
   * or the line's end, is the plural's verb, which the tagger read as a noun: "Families of hostages
   * rally in Tel Aviv", "Hostage families rally …" ("Workers' union in talks" has no plural before
   * its noun).
   */
  private static boolean pluralBeforeItsVerb(Tokens t, int last, int end, Words words) {
    String plural = t.lower(last - 1);
    boolean people = words.isPeopleNoun(plural) || words.isQuantity(plural);
    return t.tag(last).equals("NN") && t.tag(last - 1).equals("NNS") && people
        && (last + 1 >= end || t.tag(last + 1).equals("IN") || Grammar.punctuation(t, last + 1));
  }

  /** Whether a phrase's head is a name or a noun for a person, people (a plural that counts, "Families") or a body. */
  private static boolean speaks(Tokens t, int head, Words words) {
    String w = t.lower(head);
    return Grammar.proper(t, head) || words.isPersonNoun(w) || words.isPeopleNoun(w) || words.isTitle(w)
        || words.isBodyNoun(w) || words.isQuantity(w) && t.tag(head).equals("NNS"); // "Families of hostages rally …"
  }
}
