package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Where or how the speaker spoke is not what was said: "Friedman noted on his podcast that the deal
 * leaves the team with little cap room" reports "the deal leaves the team …", not "his podcast that
 * …". Conditions: reported speech or a partial quote whose cue is followed by a preposition (after a
 * telling cue's listener too: "told reporters after the committee's meeting that …") and then
 * the content, which opens with a noun phrase (no verb, no quote mark) of at most {@link #MAX_PHRASE}
 * words and goes on with a complementizer "that" (not a relative one: "spoke about the risks that the
 * country faces" stays; after a preposition of time and "the time" it is one: "saying at the time
 * that he wanted to stay") and more words. The content starts after "that". So it does after the rest
 * of a name with a number ("said on BBC Radio 5 Live that …"), and past a vote's tally ("voted 7-6 on
 * Tuesday to keep the lanes"), and past an "as … as" adjunct ("told reporters as recently as last month
 * that …"). Read after the tagger, which sometimes
 * takes the preposition's object for the content.
 */
final class LeadingAdjuncts {

  /** A vote's tally: "7-6", "49-50". */
  private static final Pattern TALLY = Pattern.compile("\\d+-\\d+");
  /** The most words the preposition's object may have. */
  private static final int MAX_PHRASE = 6;
  /** The most capitalised words after the number that ends a name ("Radio 5 Live"). */
  private static final int NAME_REST = 2;
  /** The most words of a listener's name after a telling cue ("The Globe and Mail"). */
  private static final int LISTENER = 6;
  /** Cues whose object is who hears the words ("told The Globe and Mail that …"). */
  private static final Set<String> TELLING = WordSets.named("leading-adjuncts.telling");
  /** Lower-case words inside a name ("The Globe and Mail", "Bank of Canada"). */
  private static final Set<String> NAME_CONNECTORS = WordSets.named("leading-adjuncts.name-connectors");
  /** Prepositions of an adjunct of place, time or manner ("outside", "during", "without"), not of a topic ("about"). */
  private static final Set<String> ADJUNCTS = WordSets.named("leading-adjuncts.adjunct-prepositions");

  /**
   * Nouns that make a phrase after a preposition of time ("at the time"): a "that" after one, which the
   * tagger reads as a relative pronoun, opens the content ("saying at the time that he wanted to stay").
   */
  private static final Set<String> TIMES = WordSets.named("leading-adjuncts.times");

  private LeadingAdjuncts() {}

  /** Returns the drafts, each content that opens with the object of the cue's preposition starting after it. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    return drafts.stream().map(d -> trimmed(doc.tokens(), d)).toList();
  }

  private static Draft trimmed(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty()) {
      return d;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    int nameEnd = restOfAName(t, first, last, d.cue().get().tokens().last());
    if (nameEnd < 0 && TELLING.contains(d.cue().get().lemma())) {
      nameEnd = listenerNamed(t, first, last, d.cue().get().tokens().last());
    }
    if (nameEnd >= 0) {
      return d.withContent(Span.of(t.start(nameEnd + 2), d.content().end()), d.type());
    }
    int cueLast = d.cue().get().tokens().last();
    int tally = pastATally(t, first, last, cueLast);
    if (tally >= 0) {
      return d.withContent(Span.of(t.start(tally), d.content().end()), d.type());
    }
    int comparison = pastAnAsAdjunct(t, first, last);
    if (comparison >= 0) {
      return d.withContent(Span.of(t.start(comparison), d.content().end()), d.type());
    }
    int opening = openingAdjunct(t, first, last, cueLast, TELLING.contains(d.cue().get().lemma()));
    if (opening >= 0) {
      return d.withContent(Span.of(t.start(opening), d.content().end()), d.type());
    }
    int preposition = first - 1;
    boolean afterListener = TELLING.contains(d.cue().get().lemma()) && preposition - 1 > cueLast && ADJUNCTS.contains(t.lower(preposition))
        && NounPhrases.endRightOf(t, cueLast + 1, preposition - 1) == preposition - 1; // "told reporters after the meeting that"
    if (preposition < 1 || preposition - 1 != cueLast && !afterListener || !t.tag(preposition).equals("IN")
        || t.lower(preposition).equals("that")) {
      return d;
    }
    int end = NounPhrases.endRightOf(t, first, Math.min(last, first + MAX_PHRASE - 1));
    int that = end + 1;
    boolean complementizer = end >= 0 && t.lower(that).equals("that")
        && (t.tag(that).equals("IN") || ADJUNCTS.contains(t.lower(preposition)) && TIMES.contains(t.lower(end)));
    if (!complementizer || that + 1 > last || Grammar.punctuation(t, that + 1) || t.quoted(that + 1) && !t.quoted(first)) {
      return d;
    }
    return d.withContent(Span.of(t.start(that + 1), d.content().end()), d.type());
  }

  /**
   * The first token after the "that" of a content that opens with an "as … as" adjunct of time: "told
   * reporters as recently as last month that the president would not pardon his son" reports "the
   * president would not …". Conditions: "as", an adverb or adjective, "as", a noun phrase of at most
   * {@value #MAX_PHRASE} words, a complementizer "that" and more words; -1 otherwise.
   */
  private static int pastAnAsAdjunct(Tokens t, int first, int last) {
    if (first + 4 > last || !t.lower(first).equals("as") || !t.lower(first + 2).equals("as")
        || !(t.tag(first + 1).startsWith("RB") || t.tag(first + 1).startsWith("JJ"))) {
      return -1;
    }
    int end = NounPhrases.endRightOf(t, first + 3, Math.min(last, first + 2 + MAX_PHRASE));
    return end >= 0 && end + 1 < last && t.lower(end + 1).equals("that") && thatOpeningMore(t, end + 1, last) ? end + 2 : -1;
  }

  /**
   * The first token past a vote's tally and the adjuncts after it, when the content opens with the
   * tally right after the cue: "City council voted 7-6 on Tuesday to keep the bike lanes" decided "to
   * keep the bike lanes", not "7-6 on Tuesday …", and "voted 19-15 along party lines, to send …" decided
   * "to send …". Conditions: the tally is a number of digits, a hyphen and digits ("49-50"), then an
   * infinitive within {@value #MAX_PHRASE} words or more words after the adjuncts, and no quote mark
   * before them; -1 otherwise.
   */
  private static int pastATally(Tokens t, int first, int last, int cueLast) {
    int end = first;
    while (end < last && end - first < 2 && t.end(end) == t.start(end + 1)) {
      end++; // "7-6" may be one token or three
    }
    if (first != cueLast + 1 || !TALLY.matcher(t.text().substring(t.start(first), t.end(end))).matches()) {
      return -1;
    }
    for (int k = end + 1; k < last && k - end <= MAX_PHRASE && !t.quoted(k); k++) {
      if (t.lower(k).equals("to") && t.tag(k + 1).equals("VB")) {
        return k; // "voted 19-15 along party lines, to send …"
      }
    }
    int after = Adjuncts.skipRight(t, end + 1, last + 1);
    return after < last && !t.quoted(after) ? after : -1;
  }

  /**
   * The first token after the "that" of a content that opens, right after the cue, with a prepositional
   * adjunct the tagger took in, after the listener of a telling cue if any: "said outside the courthouse
   * that she would keep protesting", "told reporters outside the courthouse that …" report "she would
   * keep protesting", and "said in a statement posted on its WeChat account that two ships had intruded"
   * reports the ships. Conditions: a preposition of place, time or manner ("told reporters about the
   * risks that the country faces" names a topic), then a noun phrase of at most
   * {@value #MAX_PHRASE} words, perhaps with a past participle, a preposition and another such noun
   * phrase after it, and a complementizer "that" with words after it; -1 otherwise.
   */
  private static int openingAdjunct(Tokens t, int first, int last, int cueLast, boolean telling) {
    if (first != cueLast + 1) {
      return -1;
    }
    int p = first;
    if (telling && !t.tag(first).equals("IN")) {
      int listener = NounPhrases.endRightOf(t, first, Math.min(last, first + MAX_PHRASE - 1));
      p = listener < 0 ? -1 : listener + 1;
    }
    if (p < 0 || p >= last || !t.tag(p).equals("IN") || !ADJUNCTS.contains(t.lower(p))) {
      return -1;
    }
    int noun = NounPhrases.endRightOf(t, p + 1, Math.min(last, p + MAX_PHRASE));
    int end = pastAParticiplePhrase(t, noun, last);
    // after a participle's object the tagger reads "that" as a relative pronoun; a subject and its verb make it none
    boolean complementizer = end == noun ? t.tag(end + 1).equals("IN") : subjectAndVerbAfter(t, end + 1, last);
    return end >= 0 && end < last && complementizer && thatOpeningMore(t, end + 1, last) && !t.quoted(end + 2)
        ? end + 2 : -1;
  }

  /** Whether a noun phrase and a finite verb follow token {@code that} ("that two ships had intruded"). */
  private static boolean subjectAndVerbAfter(Tokens t, int that, int last) {
    int subject = NounPhrases.endRightOf(t, that + 1, last);
    return subject >= 0 && subject < last && Grammar.finite(t, subject + 1);
  }

  /**
   * The last token of a past participle's phrase after the noun ending at {@code end} ("a statement
   * posted on its WeChat account", "a letter sent to staff"): the participle, a preposition and a noun
   * phrase of at most {@value #MAX_PHRASE} words; {@code end} when none follows.
   */
  private static int pastAParticiplePhrase(Tokens t, int end, int last) {
    int participle = end + 1;
    boolean past = t.tag(participle).equals("VBN") || t.tag(participle).equals("VBD") && t.lower(participle).endsWith("ed");
    if (end < 0 || participle + 2 > last || !past || !t.tag(participle + 1).equals("IN")
        || t.lower(participle + 1).equals("that")) {
      return end;
    }
    int object = NounPhrases.endRightOf(t, participle + 2, Math.min(last, participle + 1 + MAX_PHRASE));
    return object < 0 ? end : object;
  }

  /**
   * The last token of the listener's name that opens the content right after a telling cue, capitalised
   * words and the lower-case ones a name holds, then a complementizer "that" and more words ("told The
   * Globe and Mail that construction could begin", which the tagger took whole); -1 when the content
   * does not open so ("told Reuters 40 were killed", "told The Globe and Mail that was the plan", whose
   * "that" is the subject; "told reporters that …" the phrase rule trims).
   */
  private static int listenerNamed(Tokens t, int first, int last, int cueLast) {
    if (first != cueLast + 1 || !t.capitalized(first)) {
      return -1;
    }
    int k = first;
    while (k <= last && k - first < LISTENER && (t.capitalized(k) && t.tag(k).startsWith("NNP") || t.lower(k).equals("the") && k == first
        || k > first && NAME_CONNECTORS.contains(t.lower(k)))) {
      k++;
    }
    boolean that = k > first && thatOpeningMore(t, k, last) && !Grammar.verb(t, k + 1) && t.tag(k - 1).startsWith("NNP");
    return that ? k - 1 : -1;
  }

  /**
   * The last token of a name's rest that opens the content, right after the name's proper nouns past
   * the cue ("said on BBC Radio 5 Live that …", "told BBC Radio 4 that …", whose grammar ends the name
   * at its number): digits and up to {@link #NAME_REST} capitalised words, then a "that" and more
   * words; -1 when the content does not open so ("told Reuters 40 were killed").
   */
  private static int restOfAName(Tokens t, int first, int last, int cueLast) {
    if (first - 1 <= cueLast || !t.tag(first).equals("CD") || !t.word(first).chars().allMatch(Character::isDigit)
        || !t.tag(first - 1).startsWith("NNP") || t.sentence(first - 1) != t.sentence(first)) {
      return -1;
    }
    int k = first + 1;
    while (k <= last && k - first <= NAME_REST && t.capitalized(k) && !t.lower(k).equals("that")) {
      k++;
    }
    return thatOpeningMore(t, k, last) ? k - 1 : -1;
  }

  /**
   * Whether token {@code k} is a "that" the tagger read as a complementizer or relative, with words,
   * not punctuation, after it up to {@code last}.
   */
  private static boolean thatOpeningMore(Tokens t, int k, int last) {
    return k + 1 <= last && t.lower(k).equals("that") && (t.tag(k).equals("IN") || t.tag(k).equals("WDT"))
        && !Grammar.punctuation(t, k + 1);
  }
}
