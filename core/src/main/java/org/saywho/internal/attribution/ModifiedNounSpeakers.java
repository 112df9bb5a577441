package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * "A person familiar with the matter told Reuters …" is the person speaking, not the matter: the
 * grammar's noun phrase stops at the preposition of an adjective that modifies the noun before it.
 * Conditions: the speaker mention follows an adjective and its preposition ("familiar with", "close
 * to", {@link NounPhrases#postmodifying}), and a noun phrase in the same sentence ends right before
 * the adjective. The mention then runs from that phrase's start, headed by its last word.
 *
 * <p>A participle phrase modifies the noun before it the same way ("A union representing 4,000 nurses
 * said", "A woman charged with killing her husband told the court", "Residents living near the plant
 * said"): the mention follows a present participle, a participle and its preposition, or a participle,
 * a preposition and a gerund, with no comma between, and a noun ends right before the participle or
 * an adverb before it ("Experts not involved in the research said"). Participles that work as
 * prepositions ("including", "following") modify no noun
 * ({@code modified-noun-speakers.prepositional-participles}); "that" and subordinators open a clause,
 * not a participle's object ("officials came as protesters marched"); a past tense ("The conversation
 * ended with Maddow asking") is a finite verb unless its noun phrase opens the sentence and names
 * people ("People briefed on the move said"); a possessive mention ("cemented by Christie's praise")
 * speaks through the noun it owns; and a thing modified ("a survey conducted by Elena Sadovskaya", "a
 * statement released by the campaign") is left alone, as the repaired grammar's speaker is then the
 * whole phrase ({@code SpeakerFinder}), through which its maker is named. The noun phrase takes in the
 * place or group it is in ("voters in six states going to the polls"). Read after the tagger, before
 * sources that are things are dropped.
 *
 * <p>An infinitive phrase modifies the noun before it too ("The last man to mount a third-party race
 * says", {@link #infinitiveModifiedNoun}), when that noun names people.
 */
final class ModifiedNounSpeakers {

  /** Prepositions that join a noun to the place or group it is in ("voters in six states"). */
  private static final Set<String> IN_PLACE = WordSets.named("noun-phrases.common-head-prepositions");
  /** Words that open a clause, not a participle's object ("came as officials praised"). */
  private static final Set<String> SUBORDINATORS = WordSets.named("content-finder.subordinators");
  /** Participles that work as prepositions and modify no noun ("Democrats including Sanders"). */
  private static final Set<String> PREPOSITIONAL_PARTICIPLES =
      WordSets.named("modified-noun-speakers.prepositional-participles");

  private ModifiedNounSpeakers() {}

  /** Returns the drafts, each speaker after "familiar with", "close to" or a participle widened to the noun they modify. */
  static List<Draft> widened(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().map(sp -> widened(t, d, sp, words)).orElse(d)).toList();
  }

  private static Draft widened(Tokens t, Draft d, SpeakerMention sp, Words words) {
    int first = sp.role().map(r -> Math.min(r.first(), sp.first())).orElse(sp.first());
    int lo = t.sentenceStart(first);
    int start = modifiedNounStart(t, first, lo);
    if (start >= 0) {
      return d.withSpeaker(new SpeakerMention(new TokenRange(start, sp.last()), first - 3, Optional.empty()));
    }
    if (t.possessiveAfter(sp.last())) {
      return d;
    }
    return participleModifiedNoun(t, first, lo, words).or(() -> infinitiveModifiedNoun(t, first, lo, words))
        .map(np -> new SpeakerMention(new TokenRange(np.first(), sp.last()),
            NounPhrases.descriptionHead(t, np.first(), np.last()), Optional.empty()))
        .filter(wide -> !words.isThing(t.lower(wide.head())))
        .map(d::withSpeaker)
        .orElse(d);
  }

  /**
   * The noun phrase that a participle phrase ending right before {@code first} modifies: "A union"
   * before "representing 4,000 nurses", "A woman" before "charged with killing her husband".
   *
   * @param t the tokens
   * @param first the first token of the participle's (or its preposition's) object
   * @param lo the leftmost token the noun phrase may use
   * @param words the word lists, for the people a past tense may modify
   * @return the noun phrase, or empty
   */
  static Optional<TokenRange> participleModifiedNoun(Tokens t, int first, int lo, Words words) {
    int k = first - 1;
    if (k - 1 > lo && t.tag(k).equals("VBG") && t.tag(k - 1).equals("IN")) {
      k--; // "charged with killing her husband"
    }
    if (k - 1 <= lo) {
      return Optional.empty();
    }
    boolean preposition = t.tag(k).equals("IN");
    if (preposition && (t.lower(k).equals("that") || SUBORDINATORS.contains(t.lower(k)))) {
      return Optional.empty();
    }
    int participle = preposition ? k - 1 : k;
    String tag = t.tag(participle);
    boolean fits = tag.equals("VBG") || preposition && (tag.equals("VBN") || tag.equals("VBD"));
    int noun = participle - 1;
    if (noun > lo && t.tag(noun).startsWith("RB")) {
      noun--; // "Experts not involved in the research said"
    }
    if (!fits || noun < lo || PREPOSITIONAL_PARTICIPLES.contains(t.lower(participle)) || t.capitalized(participle)
        || !Grammar.noun(t, noun) || t.quoted(noun)) {
      return Optional.empty();
    }
    int start = NounPhrases.startLeftOf(t, noun, lo);
    while (start - 2 >= lo && IN_PLACE.contains(t.lower(start - 1)) && Grammar.noun(t, start - 2)) {
      int outer = NounPhrases.startLeftOf(t, start - 2, lo); // "voters in six states"
      if (outer < 0) {
        break;
      }
      start = outer;
    }
    if (start < 0 || tag.equals("VBD") && !(start == lo && people(t, NounPhrases.descriptionHead(t, start, noun), words))) {
      return Optional.empty();
    }
    return Optional.of(new TokenRange(start, noun));
  }

  /**
   * The noun phrase for people that an infinitive phrase ending right before {@code first} modifies:
   * "The last man" before "to mount a major third-party presidential race", "the first woman" before
   * "to lead the party". The infinitive is "to" and a base verb, perhaps with "be" and a participle
   * ("to be elected"), right before the mention, with no comma; a noun for people or a person ends
   * right before "to", in a noun phrase that is no verb's or preposition's object ("He urged the board
   * to reject the offer", "left to his successor to appoint a replacement, who …").
   *
   * @param t the tokens
   * @param first the first token of the infinitive's object
   * @param lo the leftmost token the noun phrase may use
   * @param words the word lists, for nouns that name people
   * @return the noun phrase, or empty
   */
  static Optional<TokenRange> infinitiveModifiedNoun(Tokens t, int first, int lo, Words words) {
    int k = first - 1;
    if (k > lo && t.tag(k).equals("VBN") && t.lower(k - 1).equals("be")) {
      k--; // "the first woman to be elected mayor"
    }
    int to = k - 1;
    int noun = to - 1;
    if (noun < lo || !t.tag(k).equals("VB") || !t.tag(to).equals("TO") || !Grammar.noun(t, noun) || t.quoted(noun)
        || !people(t, noun, words)) {
      return Optional.empty();
    }
    int start = NounPhrases.startLeftOf(t, noun, lo);
    // "He urged the board to …", "left to his successor to appoint a replacement, who …"
    boolean object = start > lo && (t.tag(start - 1).startsWith("VB") || t.afterPreposition(start));
    return start < 0 || object ? Optional.empty() : Optional.of(new TokenRange(start, noun));
  }

  /**
   * The first token of the noun phrase that an adjective and its preposition right before
   * {@code first} modify, or -1: "three people" before "familiar with the matter".
   *
   * @param t the tokens
   * @param first the first token of the preposition's object
   * @param lo the leftmost token the noun phrase may use
   * @return the noun phrase's first token or -1
   */
  static int modifiedNounStart(Tokens t, int first, int lo) {
    if (first - 3 < lo || !NounPhrases.postmodifying(t, first - 2)) {
      return -1;
    }
    return NounPhrases.startLeftOf(t, first - 3, lo);
  }

  private static boolean people(Tokens t, int head, Words words) {
    String lower = t.lower(head);
    return words.isPersonNoun(lower) || words.isPeopleNoun(lower) || words.isAnimate(lower);
  }
}
