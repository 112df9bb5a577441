package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry;
import org.jspecify.annotations.Nullable;
import org.saywho.internal.lexicon.WordSets;

/**
 * Finds who a cue's speaker is: the subject before it ("Peskov added"), through an apposition or a
 * relative clause ("Peskov, the Kremlin spokesman, said"), after it ("said Peskov", "according to
 * Peskov", "was criticized by Peskov"), or, for a participle or infinitive ("…, saying", "by calling",
 * "went on to say"), the subject of the clause it hangs from.
 */
final class SpeakerFinder {

  private static final Set<String> RELATIVES = WordSets.named("speaker-finder.relatives");
  /** Determiners that introduce someone described, not named ("A Labour MP, Rachael Maskell, said"). */
  private static final Set<String> INDEFINITE = WordSets.named("grammar.individual-determiners");
  private static final Set<String> COORDINATORS = WordSets.named("speaker-finder.coordinators");
  private static final int MAX_APPOSITION = 40;
  private static final int MAX_APPOSITION_AS_TRAINED = 25;
  /** A lawmaker's party and state: "R-Okla.", "D-N.Y.", "I-Vt.", "R-Texas". */
  private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");
  /** The pronouns of a part of the subject ("many of whom", "some of them"). */
  private static final Set<String> PARTITIVE_OBJECTS = WordSets.named("speaker-finder.partitive-objects");
  /** Prepositions that join a role to what it is a role of ("director of", "spokeswoman for"). */
  private static final Set<String> ROLE_OF = WordSets.named("speaker-finder.role-of");
  /** Prepositions whose phrase modifies a noun before it and is never a clause's subject. */
  private static final Set<String> MODIFIER_PREPOSITIONS = WordSets.named("speaker-finder.modifier-prepositions");
  /** How far before its cue a "whose", "who" or "that" clause may open. */
  private static final int WHOSE_REACH = 16;

  /** The grammar's speaker finder with every rule. */
  static final SpeakerFinder REPAIRED = new SpeakerFinder(true);
  /** The speaker finder as the attribution tagger's features were computed when it was trained. */
  static final SpeakerFinder AS_TRAINED = new SpeakerFinder(false);

  /** Conjunctions that join a main clause after a comma ("…, but he refuses …"). */
  private static final Set<String> JOINERS = WordSets.named("speaker-finder.clause-joiners");
  /** Verbs whose object a participle after it has for its subject ("left many residents believing that …"). */
  private static final Set<String> OBJECT_PARTICIPLE_VERBS = WordSets.named("speaker-finder.object-participle-verbs");
  /** Words opening a clause that says when or why something was said ("said Starmer as the strikes spread"). */
  private static final Set<String> SUBORDINATORS = WordSets.named("speaker-finder.subordinators");
  /** Pronouns that end an adjective phrase modifying the speaker ("a source close to him"). */
  private static final Set<String> OBJECT_PRONOUNS = WordSets.named("grammar.object-pronouns");

  /**
   * Whether the rules the tagger's features never saw apply: a bare role too long for a noun phrase,
   * an aside about a part of the subject, a subject modified by an adjective phrase, and appositions up
   * to {@value #MAX_APPOSITION} tokens
   * rather than {@value #MAX_APPOSITION_AS_TRAINED}.
   */
  private final boolean repaired;

  private SpeakerFinder(boolean repaired) {
    this.repaired = repaired;
  }

  /**
   * Returns the speaker of {@code cue}.
   *
   * @param t tokens
   * @param unit the cue's unit
   * @param cue the cue
   * @param earlierSpeakers speakers of the unit's earlier cues, in order
   * @return the speaker, if found
   */
  Optional<SpeakerMatch> find(Tokens t, Unit unit, CueMatch cue, List<SpeakerMatch> earlierSpeakers) {
    int c = cue.first();
    if (cue.entry().lemma().equals("according to")) {
      return after(t, unit, cue.last() + 1);
    }
    if (t.tag(c).equals("VBN") && c + 1 < unit.endToken() && t.lower(c + 1).equals("by")) {
      return after(t, unit, c + 2);
    }
    int q = c - 1;
    while (q >= unit.firstToken() && Grammar.adverb(t, q)) {
      q--;
    }
    boolean progressive = q >= unit.firstToken() && Grammar.auxiliary(t, q);
    boolean dependent = t.tag(c).equals("VBG") && !progressive
        || q >= unit.firstToken() && (t.lower(q).equals("to") || COORDINATORS.contains(t.lower(q)));
    if (dependent && t.tag(c).equals("VBG") && q == c - 1 && q >= unit.firstToken() && Grammar.proper(t, q)) {
      Optional<SpeakerMatch> named = subjectEndingAt(t, unit, q);
      if (named.isPresent()) {
        return named; // "footage of Hillary Clinton asking, “…”"
      }
    }
    if (repaired && dependent && t.tag(c).equals("VBG") && q == c - 1 && q >= unit.firstToken()) {
      Optional<SpeakerMatch> object = objectOfAVerb(t, unit, q);
      if (object.isPresent()) {
        return object; // "The ruling left many residents believing that …"
      }
    }
    if (dependent) {
      return governing(t, unit, c, earlierSpeakers);
    }
    Optional<SpeakerMatch> whose = repaired ? beforeAWhoseClause(t, unit, c) : Optional.empty();
    if (whose.isPresent()) {
      return whose;
    }
    Optional<SpeakerMatch> relative = repaired ? beforeARelativeClause(t, unit, c) : Optional.empty();
    if (relative.isPresent()) {
      return relative;
    }
    int end = Adjuncts.skipLeft(t, c - 1, unit);
    int participleNoun = pastAParticiple(t, unit, end);
    int beforeCue = beforeItsAuxiliaries(t, unit, q);
    Optional<SpeakerMatch> before = subjectEndingAt(t, unit, participleNoun)
        .map(sp -> participleNoun == end ? sp
            : new SpeakerMatch(sp.first(), beforeCue, sp.head(), -1, -1, SpeakerMatch.Position.BEFORE))
        .map(sp -> beyondPrepositionalObject(t, unit, sp))
        .map(sp -> repaired ? beyondAdjectivePhrase(t, unit, sp) : sp)
        .map(sp -> repaired ? beyondRelativeClause(t, unit, sp) : sp);
    if (before.isPresent()) {
      return before;
    }
    Optional<SpeakerMatch> closeToAPronoun = repaired ? modifiedBeforeAPronoun(t, unit, end) : Optional.empty();
    if (closeToAPronoun.isPresent()) {
      return closeToAPronoun;
    }
    if (cue.entry().takes(CueEntry.Frame.INVERTED) && invertible(t, unit, c)) {
      Optional<SpeakerMatch> after = repaired
          ? partitiveAfter(t, unit, cue.last() + 1).or(() -> after(t, unit, cue.last() + 1))
          : after(t, unit, cue.last() + 1);
      if (after.isPresent() && closesClause(t, unit, after.get().last() + 1)) {
        return after;
      }
      Optional<SpeakerMatch> modified = repaired ? after.flatMap(sp -> withPostModifier(t, unit, sp)) : Optional.empty();
      if (modified.isPresent()) {
        return modified;
      }
      if (repaired && after.filter(sp -> beforeARelativeWho(t, unit, sp)
          || afterAQuote(t, c) && beforeASubordinateClause(t, unit, sp)).isPresent()) {
        return after;
      }
    }
    return relativeSubject(t, unit, Adjuncts.skipLeft(t, c - 1, unit));
  }

  /** The last token at or before {@code q} that is no auxiliary ("the 25 delegates selected Sunday has signaled"). */
  private static int beforeItsAuxiliaries(Tokens t, Unit unit, int q) {
    int k = q;
    while (k > unit.firstToken() && Grammar.auxiliary(t, k)) {
      k--;
    }
    return k;
  }

  /**
   * The noun a past participle right before {@code end} modifies, when the participle's adjuncts are
   * all that came between it and the cue ("…, a study published on Tuesday showed", where the time
   * was skipped): the study speaks, and the speaker's phrase runs on to the cue. Else {@code end}.
   * Repaired grammar only; not after an auxiliary ("the report was published").
   */
  private int pastAParticiple(Tokens t, Unit unit, int end) {
    boolean participle = repaired && end - 1 >= unit.firstToken() && t.tag(end).equals("VBN")
        && Grammar.noun(t, end - 1);
    return participle ? end - 1 : end;
  }

  /**
   * The subject a prepositional phrase or a participle modifies, when the phrase before the cue is
   * that preposition's object ("A Quinnipiac poll released in late August found", "A group of doctors
   * in 2015 sent", and in the repaired grammar "Premiers from across the country said" and a
   * participle's agent, "a report released by the ministry said", whose phrase then runs on to the
   * cue, so that the report's maker is known): a preposition's object is never the subject.
   */
  private SpeakerMatch beyondPrepositionalObject(Tokens t, Unit unit, SpeakerMatch sp) {
    int p = sp.first() - 1;
    boolean agent = repaired && p - 1 > unit.firstToken() && t.lower(p).equals("by") && t.tag(p - 1).equals("VBN");
    if (p <= unit.firstToken() || !t.tag(p).equals("IN") || !MODIFIER_PREPOSITIONS.contains(t.lower(p)) && !agent) {
      return sp; // "a report released by the ministry said" is the report's
    }
    int q = p - 1;
    if (repaired && q > unit.firstToken() && t.tag(q).equals("IN") && MODIFIER_PREPOSITIONS.contains(t.lower(q))) {
      q--; // "Premiers from across the country said"
    }
    if (t.tag(q).equals("VBN") && q > unit.firstToken()) {
      q--;
    }
    if (!Grammar.noun(t, q)) {
      return sp;
    }
    return subjectEndingAt(t, unit, q).filter(s -> s.first() == unit.firstToken() || !t.tag(s.first() - 1).equals("IN"))
        .map(s -> agent ? new SpeakerMatch(s.first(), sp.last(), s.head(), -1, -1, SpeakerMatch.Position.BEFORE) : s)
        .orElse(sp);
  }

  /**
   * The noun an adjective phrase or a "with knowledge of" phrase modifies, when the phrase before the
   * cue is that phrase's object: "people familiar with the matter said", "officials close to the talks
   * said", "a person with direct knowledge of the plans said", and a noun of one word, "People with
   * knowledge of the group's activities said". The speaker spans the whole phrase and opens its clause,
   * or follows a comma or conjunction ("In a meeting with the board, …" is no one).
   */
  private SpeakerMatch beyondAdjectivePhrase(Tokens t, Unit unit, SpeakerMatch sp) {
    int p = sp.first() - 1;
    if (p <= unit.firstToken() || !(t.tag(p).equals("IN") || t.tag(p).equals("TO"))
        || RELATIVES.contains(t.lower(p))) {
      return sp;
    }
    int q = p - 1;
    int noun;
    if (t.lower(p).equals("with") && Grammar.noun(t, q)) {
      noun = q; // "a person with direct knowledge of the plans", read as one noun phrase
    } else if (t.lower(p).equals("of") && Grammar.noun(t, q)) {
      q--;
      while (q > unit.firstToken() && t.tag(q).equals("JJ")) {
        q--;
      }
      if (!t.lower(q).equals("with")) {
        return sp;
      }
      noun = q - 1;
    } else if (t.tag(q).equals("JJ") || t.tag(q).equals("VBP") && t.lower(p).equals("to")) {
      noun = q - 1; // the tagger reads "close" in "officials close to the talks" as a verb
    } else {
      return sp;
    }
    if (noun < unit.firstToken() || !(t.tag(noun).equals("NNS") || t.tag(noun).equals("NN"))) {
      return sp;
    }
    return subjectEndingAt(t, unit, noun)
        .filter(s -> s.first() == unit.firstToken() || Grammar.comma(t, s.first() - 1)
            || t.tag(s.first() - 1).equals("CC"))
        .map(s -> new SpeakerMatch(s.first(), sp.last(), s.head(), -1, -1, SpeakerMatch.Position.BEFORE)).orElse(sp);
  }

  /**
   * The speaker an adjective phrase ending in a pronoun modifies right before the cue: "a source close
   * to him said", "people close to her say" are the source's and the people's reports. A pronoun object
   * is no noun phrase of its own, so {@link #beyondAdjectivePhrase} is asked from the pronoun; the
   * speaker is what it widens to, or none ("He said it to them" has no adjective phrase). Repaired
   * grammar only.
   */
  private Optional<SpeakerMatch> modifiedBeforeAPronoun(Tokens t, Unit unit, int end) {
    if (end - 3 < unit.firstToken() || t.quoted(end) || !OBJECT_PRONOUNS.contains(t.lower(end))) {
      return Optional.empty();
    }
    SpeakerMatch pronoun = new SpeakerMatch(end, end, end, -1, -1, SpeakerMatch.Position.BEFORE);
    SpeakerMatch widened = beyondAdjectivePhrase(t, unit, pronoun);
    return widened == pronoun ? Optional.empty() : Optional.of(widened);
  }

  /**
   * The antecedent of a relative clause whose object the phrase before the cue is: "A woman who brought
   * her two daughters said" is the woman's report, not the daughters', as "Voters who like Trump said"
   * is the voters'. Conditions: the phrase follows the clause's verb group right after "who" or a
   * relative "that", which follows its antecedent with no comma ("Perez, who …, said" is the
   * apposition's way).
   */
  private SpeakerMatch beyondRelativeClause(Tokens t, Unit unit, SpeakerMatch sp) {
    if (sp.first() - 1 <= unit.firstToken()) {
      return sp;
    }
    int v = sp.first() - 1;
    int verbs = 0;
    while (v > unit.firstToken() && (Grammar.verb(t, v) || Grammar.adverb(t, v))) {
      verbs += Grammar.verb(t, v) ? 1 : 0;
      v--;
    }
    boolean relative = t.lower(v).equals("who") || t.lower(v).equals("that") && t.tag(v).equals("WDT");
    if (verbs == 0 || v == sp.first() - 1 || !relative || v - 1 < unit.firstToken() || Grammar.comma(t, v - 1)) {
      return sp;
    }
    return relativeSubject(t, unit, v).map(a -> beyondPrepositionalObject(t, unit, a)).orElse(sp); // "Democrats in Iowa who"
  }

  /**
   * The antecedent of a "whose" clause that ends right before the cue: "Residents whose homes were
   * destroyed in the floods say", "Farmers whose crops failed said", "Parents whose children attend the
   * school say" are the residents', farmers' and parents' reports, not the homes', crops' or school's.
   * Conditions: "whose" within {@value #WHOSE_REACH} tokens before the cue, a verb between them, no
   * comma, quote mark or other relative pronoun between, and a noun phrase right before "whose" with
   * no comma.
   */
  private static Optional<SpeakerMatch> beforeAWhoseClause(Tokens t, Unit unit, int c) {
    boolean verb = false;
    for (int k = c - 1; k > unit.firstToken() && k >= c - WHOSE_REACH; k--) {
      String w = t.lower(k);
      if (w.equals("whose")) {
        if (!verb || Grammar.comma(t, k - 1)) {
          return Optional.empty();
        }
        int s = NounPhrases.startLeftOf(t, k - 1, unit.firstToken());
        return s < 0 || Grammar.subjectPronoun(t, s) ? Optional.empty()
            : Optional.of(new SpeakerMatch(s, k - 1, NounPhrases.head(t, s, k - 1), -1, -1, SpeakerMatch.Position.BEFORE));
      }
      boolean relative = RELATIVES.contains(w) && !(w.equals("that") && !t.tag(k).equals("WDT"));
      if (Grammar.comma(t, k) || t.quoted(k) || Grammar.punctuation(t, k) || relative) {
        return Optional.empty();
      }
      verb |= Grammar.verb(t, k);
    }
    return Optional.empty();
  }

  /**
   * The antecedent of a "who" or relative "that" clause that ends right before the cue, whatever
   * phrases follow the clause's verb: "The man who was hurt in a fight says", "Residents who live near
   * the plant say" are the man's and the residents' reports, not the fight's or the plant's; the
   * antecedent is the object of an "of" after a noun ("The family of a boy who was hospitalized after a
   * fight at Westland High School says" is the family's), and of a preposition the subject it modifies
   * ("some residents in Jupiter who were voting … complained"). An antecedent after a comma is an
   * apposition to the subject before it ("Nate Silver, the polling guru who founded fivethirtyeight.com
   * tweeted" is Nate Silver's), else itself when it is a description ("Although …, a White House
   * official who spoke anonymously said"), and a name is nobody's ("residents in Jupiter, Florida who
   * …" falls to the other readings). Conditions: the pronoun within {@value #WHOSE_REACH} tokens
   * before the cue, a verb right after it (past adverbs), no comma, quote mark, other punctuation or
   * other relative pronoun between it and the cue, and a noun phrase right before it with no comma
   * ("Smith, who was hurt in a fight, says" is the apposition's way).
   */
  private Optional<SpeakerMatch> beforeARelativeClause(Tokens t, Unit unit, int c) {
    for (int k = c - 1; k > unit.firstToken() && k >= c - WHOSE_REACH; k--) {
      String w = t.lower(k);
      if (w.equals("who") || w.equals("that") && t.tag(k).equals("WDT")) {
        int v = k + 1;
        while (v < c && Grammar.adverb(t, v)) {
          v++;
        }
        if (v >= c || !Grammar.verb(t, v) || Grammar.comma(t, k - 1)) {
          return Optional.empty();
        }
        return relativeSubject(t, unit, k).flatMap(a -> {
          boolean afterComma = a.first() > unit.firstToken() && Grammar.comma(t, a.first() - 1);
          Optional<SpeakerMatch> apposed = afterComma
              ? appositionAt(t, unit, a.first() - 1, a.last() + 1) : Optional.empty();
          return apposed.isPresent() || afterComma && Grammar.proper(t, a.head()) ? apposed
              : Optional.of(ofWhom(t, unit, beyondPrepositionalObject(t, unit, a)));
        });
      }
      if (RELATIVES.contains(w) || t.quoted(k) || Grammar.punctuation(t, k) && !t.joinedByHyphen(k)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The noun phrase an "of" phrase ending in {@code sp} belongs to, headed by that phrase's noun ("The
   * family of a 15-year-old boy"), or {@code sp} when no noun comes before an "of" before it.
   */
  private static SpeakerMatch ofWhom(Tokens t, Unit unit, SpeakerMatch sp) {
    int of = sp.first() - 1;
    if (of - 1 < unit.firstToken() || !t.lower(of).equals("of") || !Grammar.noun(t, of - 1)) {
      return sp;
    }
    int s = NounPhrases.startLeftOf(t, of - 1, unit.firstToken());
    return s < 0 || Grammar.subjectPronoun(t, s) ? sp
        : new SpeakerMatch(s, sp.last(), NounPhrases.head(t, s, of - 1), -1, -1, SpeakerMatch.Position.BEFORE);
  }

  /**
   * An inverted speaker with the adjective or participle phrase that says who they are, when that
   * phrase closes the clause: "…, said a person familiar with the matter.", "…, said a source close to
   * the campaign.", "…, said officials involved in the talks, who …".
   */
  private static Optional<SpeakerMatch> withPostModifier(Tokens t, Unit unit, SpeakerMatch sp) {
    int p = sp.last() + 1;
    boolean modifier = p + 2 < unit.endToken() && (t.tag(p).equals("JJ") || t.tag(p).equals("VBN") || t.tag(p).equals("RB"))
        && (t.tag(p + 1).equals("IN") || t.tag(p + 1).equals("TO"));
    if (!modifier || !Grammar.noun(t, sp.head())) {
      return Optional.empty();
    }
    int end = NounPhrases.endRightOf(t, p + 2, unit.endToken() - 1);
    return end >= 0 && closesClause(t, unit, end + 1)
        ? Optional.of(new SpeakerMatch(sp.first(), end, sp.head(), -1, -1, SpeakerMatch.Position.AFTER)) : Optional.empty();
  }

  /**
   * The token after an "of" phrase of a number or a noun phrase that opens at {@code p} ("a father of
   * three who …", "a member of the union who …"), or {@code p} when none does.
   */
  private static int pastAnOfPhrase(Tokens t, Unit unit, int p) {
    if (p + 1 >= unit.endToken() || !t.lower(p).equals("of")) {
      return p;
    }
    if (t.tag(p + 1).equals("CD")) {
      return p + 2;
    }
    int end = NounPhrases.endRightOf(t, p + 1, Math.min(unit.endToken() - 1, p + 5));
    return end < 0 ? p : end + 1;
  }

  /**
   * "‘It's not our fault,’ said one worker who did not want to be named", "said a father of three who
   * gave only his first name": an inverted speaker, past an "of" phrase, whose
   * restrictive "who" clause follows with no comma, the speaker a noun (not "said it who", nor a name).
   */
  private static boolean beforeARelativeWho(Tokens t, Unit unit, SpeakerMatch sp) {
    int p = pastAnOfPhrase(t, unit, sp.last() + 1);
    return p + 1 < unit.endToken() && t.lower(p).equals("who") && t.tagIs(sp.head(), "NN") && !Grammar.proper(t, sp.head())
        && Grammar.verb(t, p + 1);
  }

  /**
   * "“We will not back down,” said Starmer as the strikes spread": an inverted speaker after a quote,
   * followed by a subordinate clause with its own subject and finite verb, which says when or why the
   * words were said ("…, said the days when the nation had …" is no inverted speaker).
   */
  private static boolean beforeASubordinateClause(Tokens t, Unit unit, SpeakerMatch sp) {
    int p = sp.last() + 1;
    if (p + 2 >= unit.endToken() || !SUBORDINATORS.contains(t.lower(p)) || t.quoted(p)) {
      return false;
    }
    int subject = NounPhrases.endRightOf(t, p + 1, unit.endToken() - 1);
    int verb = subject < 0 ? -1 : Adjuncts.skipRight(t, subject + 1, unit.endToken());
    return verb > 0 && verb < unit.endToken() && (Grammar.finite(t, verb) || t.tag(verb).equals("MD"));
  }

  /** Whether a closing quote mark, perhaps with a comma after it, stands right before the cue at {@code c}. */
  private static boolean afterAQuote(Tokens t, int c) {
    return c > 0 && Grammar.closingQuote(t, c - 1) || c > 1 && Grammar.comma(t, c - 1) && Grammar.closingQuote(t, c - 2);
  }

  /** "…, said Trump." and "said Trump, who …": nothing but adjuncts or a comma follows the speaker. */
  private static boolean closesClause(Tokens t, Unit unit, int p) {
    p = Adjuncts.skipRight(t, p, unit.endToken());
    return p >= unit.endToken() || Grammar.punctuation(t, p) || t.word(p).equals("(");
  }

  /** "Perez, who said …" and "those who say …": the relative pronoun's antecedent. */
  private static Optional<SpeakerMatch> relativeSubject(Tokens t, Unit unit, int p) {
    if (p <= unit.firstToken() || !(t.lower(p).equals("who") || t.lower(p).equals("that") && t.tag(p).equals("WDT"))) {
      return Optional.empty();
    }
    int end = Grammar.comma(t, p - 1) ? p - 2 : p - 1;
    int s = NounPhrases.startLeftOf(t, end, unit.firstToken());
    return s < 0 || Grammar.subjectPronoun(t, s) ? Optional.empty()
        : Optional.of(new SpeakerMatch(s, end, NounPhrases.head(t, s, end), -1, -1, SpeakerMatch.Position.BEFORE));
  }

  private static boolean invertible(Tokens t, Unit unit, int c) {
    if (c == unit.firstToken()) {
      return true;
    }
    int p = c - 1;
    return Grammar.comma(t, p) || Grammar.closingQuote(t, p) || t.word(p).equals(":") || t.word(p).equals("—");
  }

  /**
   * A partitive speaker right after the cue, "one of", "two of" or "some of" and a noun phrase for
   * people: "The company has not made a final decision, said one of the people, who asked not to be
   * identified" is one of the people's report, which the noun phrase alone, opening with a number,
   * did not read. The whole partitive is the speaker, headed by its noun.
   */
  private static Optional<SpeakerMatch> partitiveAfter(Tokens t, Unit unit, int start) {
    if (start + 2 >= unit.endToken() || !PartitiveSpeakers.opensPartitive(t, start)) {
      return Optional.empty();
    }
    return after(t, unit, start + 2)
        .map(s -> new SpeakerMatch(start, s.last(), s.head(), s.roleFirst(), s.roleLast(), s.position()));
  }

  /** The noun phrase right after the cue, with an appositive role after a comma. */
  static Optional<SpeakerMatch> after(Tokens t, Unit unit, int start) {
    int end = NounPhrases.endRightOf(t, start, unit.endToken() - 1);
    if (end < 0) {
      return Optional.empty();
    }
    int roleFirst = -1;
    int roleLast = -1;
    if (end + 2 < unit.endToken() && Grammar.comma(t, end + 1)) {
      int roleEnd = NounPhrases.endRightOf(t, end + 2, unit.endToken() - 1);
      while (roleEnd >= 0 && roleEnd + 2 < unit.endToken() && t.joinedByHyphen(roleEnd + 1)) {
        roleEnd += 2; // "a 17-year-old who runs …": the compound is whole
      }
      // "a planetary scientist at Guangzhou University and one of the study's authors": the first role
      boolean coordinated = roleEnd >= 0 && roleEnd + 2 < unit.endToken() && t.lower(roleEnd + 1).equals("and")
          && (Grammar.determiner(t, roleEnd + 2) || t.lower(roleEnd + 2).equals("one")) // not "an Armenian history and Middle …"
          && !Grammar.holdsAFiniteVerb(t, roleEnd + 2, unit.endToken() - 1, false);
      boolean closes = roleEnd >= 0 && (roleEnd + 1 >= unit.endToken() || Grammar.punctuation(t, roleEnd + 1)
          || RELATIVES.contains(t.lower(roleEnd + 1)) || coordinated);
      if (closes && Grammar.determiner(t, end + 2)) {
        roleFirst = end + 2;
        roleLast = roleEnd;
      }
    }
    return Optional.of(new SpeakerMatch(start, end, NounPhrases.head(t, start, end), roleFirst, roleLast,
        SpeakerMatch.Position.AFTER));
  }

  /** The subject whose last token is {@code p}, directly or through an apposition or relative clause. */
  Optional<SpeakerMatch> subjectEndingAt(Tokens t, Unit unit, int p) {
    if (p < unit.firstToken() || t.quoted(p)) {
      return Optional.empty();
    }
    if (Grammar.comma(t, p)) {
      return throughApposition(t, unit, p);
    }
    if (repaired && ranked(t, p) && p - 1 > unit.firstToken()) {
      int s = NounPhrases.startLeftOf(t, p - 1, unit.firstToken());
      if (s >= 0) {
        return Optional.of(new SpeakerMatch(s, p, p - 1, -1, -1, SpeakerMatch.Position.BEFORE));
      }
    }
    int s = NounPhrases.startLeftOf(t, p, unit.firstToken());
    if (s < 0) {
      return Optional.empty();
    }
    if (repaired) {
      s = joinedNameBefore(t, unit, s);
    }
    return Optional.of(new SpeakerMatch(s, p, NounPhrases.head(t, s, p), -1, -1, SpeakerMatch.Position.BEFORE));
  }

  /**
   * The noun phrase ending at {@code q}, right before a participle cue, when a verb that leaves, keeps
   * or finds someone doing something ({@code speaker-finder.object-participle-verbs}) stands right
   * before it: the phrase is that verb's object and the participle's subject ("The dissolution of the
   * Soviet Union also left many E.U. nations feeling that they faced no threat": the nations feel it,
   * not the dissolution). Not the object of another verb ("Trump spent Sunday morning tweeting that
   * …": he tweets, not the morning), nor a phrase of no name, plural or pronoun but "it", which may
   * be a thing left ("You can leave the interview thinking that …", "leave it thinking": the one who
   * leaves thinks).
   */
  private Optional<SpeakerMatch> objectOfAVerb(Tokens t, Unit unit, int q) {
    if (!Grammar.noun(t, q) && !(t.tag(q).equals("PRP") && !t.lower(q).equals("it"))) {
      return Optional.empty();
    }
    return subjectEndingAt(t, unit, q).filter(sp -> sp.first() - 1 >= unit.firstToken()
        && t.tagIs(sp.first() - 1, "VB") && OBJECT_PARTICIPLE_VERBS.contains(t.lower(sp.first() - 1))
        && someone(t, sp.first(), sp.last()));
  }

  /** Whether tokens {@code [first, last]} hold a name, a plural noun or a pronoun other than "it". */
  private static boolean someone(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (Grammar.proper(t, i) || t.tag(i).equals("NNS") || t.tag(i).equals("PRP") && !t.lower(i).equals("it")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of a name joined by "and" to a subject that opens with "the" at {@code s}, or {@code s}:
   * "The Canadian Union of Public Employees and the Ontario Nurses' Association said" is both bodies'
   * report, and so is "mediators from Qatar and the United States said", a plural noun's phrase with
   * names after it; "the city and the province", no name before "and", and "a picture of the Rogans and
   * the Clintons", a singular phrase that a name does not open, are left to the noun phrase.
   */
  private static int joinedNameBefore(Tokens t, Unit unit, int s) {
    if (s - 2 < unit.firstToken() || !t.lower(s).equals("the") || !t.lower(s - 1).equals("and")
        || !Grammar.proper(t, s - 2) || t.quoted(s - 2)) {
      return s;
    }
    int before = NounPhrases.startLeftOf(t, s - 2, unit.firstToken());
    boolean name = before >= 0 && (Grammar.proper(t, before) || Grammar.determiner(t, before) && Grammar.proper(t, before + 1));
    boolean people = before >= 0 && t.tag(before).equals("NNS") && !t.capitalized(before); // "mediators from Qatar and the United States"
    return name || people ? before : s;
  }

  private Optional<SpeakerMatch> throughApposition(Tokens t, Unit unit, int comma) {
    int limit = Math.max(unit.firstToken(), comma - (repaired ? MAX_APPOSITION : MAX_APPOSITION_AS_TRAINED));
    for (int c2 = comma - 1; c2 > limit; c2--) {
      if (t.quoted(c2)) {
        return Optional.empty();
      }
      if (!Grammar.comma(t, c2)) {
        continue;
      }
      Optional<SpeakerMatch> found = appositionAt(t, unit, c2, comma);
      if (found.isPresent() && repaired && partyLabel(t, found.get())) {
        Optional<SpeakerMatch> labelled = nameBeforeItsLabel(t, unit, found.get(), limit);
        if (labelled.isPresent()) {
          return labelled;
        }
      }
      if (found.isPresent()) {
        return repaired ? outerSubject(t, unit, found.get(), limit, comma).or(() -> found) : found;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the aside from {@code a} to the comma before the cue is a participle phrase the tagger
   * read as a finite verb ("David Pastrnak, asked about the slide, said": "asked" as a past tense), or
   * one a subordinator opens ("Pastrnak, when asked about the slide, said"). Conditions: the aside
   * opens with a past form in "-ed" ("Smith, reached by phone, said"), or a subordinator before a
   * participle, and no finite verb follows it in the aside ("Smith, asked whether he would stay,
   * said" keeps to the other readings).
   */
  private static boolean participleAside(Tokens t, int a, int comma) {
    int v = SUBORDINATORS.contains(t.lower(a)) && a + 1 < comma ? a + 1 : a;
    boolean participle = t.tag(v).equals("VBD") && t.lower(v).endsWith("ed")
        || v > a && (t.tag(v).equals("VBN") || t.tag(v).equals("VBG"));
    return participle && !Grammar.holdsAFiniteVerb(t, v + 1, comma - 1, false);
  }

  /**
   * Whether the found subject is a lawmaker's party and state, as American papers print them after the
   * name ("R-Okla.", "D-N.Y.", "I-Vt."), not a name.
   */
  private static boolean partyLabel(Tokens t, SpeakerMatch found) {
    return PARTY_AND_STATE.matcher(t.text().substring(t.start(found.first()), t.end(found.last()))).matches();
  }

  /**
   * The name a party label stands after, the label its role: "Sen. James Lankford, R-Okla., who
   * negotiated the compromise, said" is Lankford's report. Empty when no name comes before the label's comma.
   */
  private Optional<SpeakerMatch> nameBeforeItsLabel(Tokens t, Unit unit, SpeakerMatch label, int limit) {
    int comma = label.first() - 1;
    if (comma <= limit || !Grammar.comma(t, comma)) {
      return Optional.empty();
    }
    int s = NounPhrases.startLeftOf(t, comma - 1, unit.firstToken());
    if (s < 0) {
      return Optional.empty();
    }
    int head = NounPhrases.head(t, s, comma - 1);
    return Grammar.proper(t, head) && opensClause(t, unit, s)
        ? Optional.of(new SpeakerMatch(s, comma - 1, head, label.first(), label.last(), SpeakerMatch.Position.BEFORE))
        : Optional.empty();
  }

  /**
   * The subject a found subject stands in apposition to: "TSMC, the chipmaker, which makes chips for
   * Apple, said" is TSMC's report, not the chipmaker's, as "TSMC, the chipmaker, said" is.
   */
  private Optional<SpeakerMatch> outerSubject(Tokens t, Unit unit, SpeakerMatch found, int limit, int comma) {
    int before = found.first() - 1;
    return found.roleFirst() < 0 && before > limit && Grammar.comma(t, before) && !t.quoted(before)
        ? appositionAt(t, unit, before, comma) : Optional.empty();
  }

  /** "SUBJECT, CHUNK, cue" with the first comma at {@code c2}: the subject, or empty when it does not fit. */
  private Optional<SpeakerMatch> appositionAt(Tokens t, Unit unit, int c2, int comma) {
    if (repaired && t.lower(c2 + 1).equals("and") && Grammar.verb(t, c2 + 2)) {
      return beforeAJoinedVerbPhrase(t, unit, c2);
    }
    boolean rank = repaired && ranked(t, c2 - 1); // "The British number three, who is ranked 58th, said"
    int s = NounPhrases.startLeftOf(t, rank ? c2 - 2 : c2 - 1, unit.firstToken());
    if (s < 0) {
      return Optional.empty();
    }
    int subjectHead = rank ? c2 - 2 : NounPhrases.head(t, s, c2 - 1);
    if (repaired && partitiveOpening(t, unit, s)) {
      s -= 2; // "One of the residents, a retired teacher, said"
    }
    boolean modifierAdverb = repaired && adverbOfAModifier(t, unit, s); // "publicly subsidized daycares"
    if (!opensClause(t, unit, s) || modifierAdverb) {
      SpeakerMatch modified = repaired ? modifiedSubject(t, unit, new SpeakerMatch(modifierAdverb ? s - 1 : s, c2 - 1,
          subjectHead, -1, -1, SpeakerMatch.Position.BEFORE)) : null;
      if (modified == null) {
        return Optional.empty();
      }
      s = modified.first(); // "A person familiar with the plans, who spoke on condition of anonymity, said"
      subjectHead = modified.head();
    }
    SpeakerMatch subject = new SpeakerMatch(s, c2 - 1, subjectHead, -1, -1, SpeakerMatch.Position.BEFORE);
    if (repaired) {
      Optional<SpeakerMatch> described = describedPastAnAgeOrParticiple(t, subject, c2, comma);
      if (described.isPresent()) {
        return described;
      }
    }
    String first = t.lower(c2 + 1);
    String tag = t.tag(c2 + 1);
    if (RELATIVES.contains(first) || repaired && (partitiveAside(t, c2 + 1, comma) || participleAside(t, c2 + 1, comma))
        || tag.equals("CD") || tag.equals("VBG") || tag.equals("VBN") || tag.equals("IN") || Grammar.adverb(t, c2 + 1)) {
      return Optional.of(subject); // "Peskov, who…", "X, 45,", "X, writing for the majority,", "X, at the institute,"
    }
    int a = NounPhrases.startLeftOf(t, comma - 1, c2 + 1);
    if (a != c2 + 1) {
      // "Peter Morency, a Verizon customer based in Boston, said": a described apposition
      boolean described = tag.equals("DT") && !t.lower(c2 + 1).equals("that") && !t.lower(c2 + 1).equals("this");
      return described || repaired && bareRole(t, c2 + 1, comma - 1)
          ? Optional.of(new SpeakerMatch(s, c2 - 1, subject.head(), c2 + 1, comma - 1, SpeakerMatch.Position.BEFORE))
          : Optional.empty();
    }
    // "Norway’s minister, Ingrid Solberg," names her; "A Labour MP, Rachael Maskell," does not name the MP
    boolean subjectNamed = Grammar.proper(t, subject.head()) && !describedMember(t, s, c2 - 1, a, comma - 1)
        && !(repaired && bodyNameTail(t, s, subject.head()));
    boolean appositiveNamed = t.holdsProperNoun(a, comma - 1) && !Grammar.determiner(t, a);
    int people = repaired && appositiveNamed ? pluralBeforeItsModifier(t, s, c2 - 1) : -1;
    if (people >= 0 && !holdsAConjunction(t, a, comma - 1)) {
      // "Sources close to the chancellor, Rachel Reeves, said": the name is the chancellor's
      return Optional.of(new SpeakerMatch(s, c2 - 1, people, -1, -1, SpeakerMatch.Position.BEFORE));
    }
    if (appositiveNamed && !subjectNamed) {
      return Optional.of(new SpeakerMatch(a, comma - 1, NounPhrases.head(t, a, comma - 1), s, c2 - 1, SpeakerMatch.Position.BEFORE));
    }
    return Optional.of(new SpeakerMatch(s, c2 - 1, subject.head(), a, comma - 1, SpeakerMatch.Position.BEFORE));
  }

  /**
   * Whether a number or a quantifier and "of" open the clause right before the noun phrase at {@code s}:
   * "One of the residents, a retired teacher, said" is the apposition's subject, as "Two of the
   * victims" or "Some of the parents" would be; not "the cost of the plan", whose "of" follows a noun.
   */
  private static boolean partitiveOpening(Tokens t, Unit unit, int s) {
    int q = s - 2;
    return q >= unit.firstToken() && PartitiveSpeakers.opensPartitive(t, q) && opensClause(t, unit, q);
  }

  /**
   * A named subject with the role its apposition gives past an age ("Mary Jones, 45, a nurse at the
   * hospital, said") or opening with a participle before a noun ("Gary Black, managing partner at the
   * Future Fund, said"); empty when the apposition is no such role ("Jones, 45, said", "Black, writing
   * for the majority, said").
   */
  private static Optional<SpeakerMatch> describedPastAnAgeOrParticiple(Tokens t, SpeakerMatch subject, int c2, int comma) {
    int open = AppositiveRoles.afterAnAge(t, c2 + 1);
    boolean pastAnAge = open > c2 + 1 && AppositiveRoles.opensARole(t, open);
    boolean participle = AppositiveRoles.qualifiesANoun(t, open) && !t.tag(open).equals("JJ");
    boolean fits = open < comma && Grammar.proper(t, subject.head()) && (pastAnAge || participle);
    for (int i = open; fits && i < comma; i++) {
      boolean verb = Grammar.verb(t, i) && i > open && !t.tag(i).equals("VBN");
      fits = !t.tag(i).startsWith("W") && !Grammar.punctuation(t, i) && !verb;
    }
    return fits
        ? Optional.of(new SpeakerMatch(subject.first(), subject.last(), subject.head(), open, comma - 1, subject.position()))
        : Optional.empty();
  }

  /**
   * The subject that a phrase ending in {@code sp} modifies, when that subject opens its clause and no
   * comma comes before it: "A person familiar with the plans" and "An official with knowledge of the
   * talks" before an aside, where "the plans" opens nothing, and "The agency that oversees aid" before
   * its name in apposition ("…, UNRWA, said"), where "aid" is the relative clause's object; not "the
   * editor in chief of the Vatican's newspaper" in apposition to a name before it. Null when no such
   * subject is found.
   */
  private @Nullable SpeakerMatch modifiedSubject(Tokens t, Unit unit, SpeakerMatch sp) {
    SpeakerMatch widened = beyondParticiple(t, unit, beyondAdjectivePhrase(t, unit, beyondPrepositionalObject(t, unit, sp)));
    if (widened == sp) {
      SpeakerMatch antecedent = beyondRelativeClause(t, unit, sp);
      widened = antecedent == sp ? sp
          : new SpeakerMatch(antecedent.first(), sp.last(), antecedent.head(), -1, -1, SpeakerMatch.Position.BEFORE);
    }
    int f = widened.first();
    return f < sp.first() && opensClause(t, unit, f) && (f == unit.firstToken() || !Grammar.comma(t, f - 1)) ? widened : null;
  }

  /**
   * The plural common noun that heads the phrase {@code [s, last]} when a modifier after it holds another
   * noun ("Sources close to the chancellor", "Officials at the company"), or -1: a single name in
   * apposition to such a phrase names that other noun, not the people.
   */
  private static int pluralBeforeItsModifier(Tokens t, int s, int last) {
    int k = s;
    while (k < last && (Grammar.determiner(t, k) || Grammar.adjective(t, k) || t.tag(k).equals("CD"))) {
      k++;
    }
    boolean plural = t.tag(k).equals("NNS") && (k == s || !t.capitalized(k));
    boolean modified = k + 1 < last && (t.tag(k + 1).equals("IN") || t.tag(k + 1).equals("TO") || Grammar.adjective(t, k + 1));
    return plural && modified ? k : -1;
  }

  /** Whether a coordinating conjunction stands in {@code [first, last]} ("Ben Crump and Antonio Romanucci"). */
  private static boolean holdsAConjunction(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (t.tag(i).equals("CC")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an adverb before the phrase's first word modifies that adjective or participle ("publicly subsidized"). */
  private static boolean adverbOfAModifier(Tokens t, Unit unit, int s) {
    return s - 1 > unit.firstToken() && Grammar.adverb(t, s - 1) && (Grammar.adjective(t, s) || t.tag(s).equals("VBN"));
  }

  /**
   * The noun a present participle's phrase modifies, when the phrase before is that participle's object
   * (an adverb such as "about" between them): "The union representing about 3,000 workers at publicly
   * subsidized daycares, the Fédération …, says" is the union's report, not the daycares' nor the workers'.
   */
  private SpeakerMatch beyondParticiple(Tokens t, Unit unit, SpeakerMatch sp) {
    int p = sp.first() - 1;
    if (p > unit.firstToken() && Grammar.adverb(t, p)) {
      p--;
    }
    if (p <= unit.firstToken() || !t.tag(p).equals("VBG") || !Grammar.noun(t, p - 1)) {
      return sp;
    }
    return subjectEndingAt(t, unit, p - 1)
        .map(s -> new SpeakerMatch(s.first(), sp.last(), s.head(), -1, -1, SpeakerMatch.Position.BEFORE)).orElse(sp);
  }

  /**
   * The subject of a clause whose verb phrase an aside after a comma continues ("A woman who lost her
   * home in South Lismore, and asked not to be named, said"): the subject before the first comma, seen
   * past its prepositional object and its relative clause as before a cue.
   */
  private Optional<SpeakerMatch> beforeAJoinedVerbPhrase(Tokens t, Unit unit, int c2) {
    return subjectEndingAt(t, unit, c2 - 1).filter(sp -> !Grammar.comma(t, c2 - 1))
        .map(sp -> beyondPrepositionalObject(t, unit, sp))
        .map(sp -> beyondRelativeClause(t, unit, sp));
  }

  /**
   * Whether the subject's head is the last word of a body's name that a conjunction joins to its title
   * ("The Commissioner for the Environment and Water Resources, Tokunbo Wahab, disclosed": "Resources"
   * names no one, and the apposition names the commissioner), not a name after a title ("Secretary of
   * State Marco Rubio") nor people joined ("Richard Alba and Nancy Foner, sociologists at …"): "of" or
   * "for" joins the title to the body's name before the conjunction.
   */
  private static boolean bodyNameTail(Tokens t, int first, int head) {
    int k = head;
    while (k > first && Grammar.proper(t, k - 1)) {
      k--;
    }
    if (k <= first + 1 || !(t.lower(k - 1).equals("and") || t.word(k - 1).equals("&"))) {
      return false;
    }
    for (int i = first + 1; i < k - 1; i++) {
      if (ROLE_OF.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code p} is the number of a rank after "number" ("The British number three", "the
   * world number 12"), which ends the noun phrase "number" heads; "one" there is no pronoun.
   */
  private static boolean ranked(Tokens t, int p) {
    return p > 0 && t.lower(p - 1).equals("number") && (t.tag(p).equals("CD") || t.lower(p).equals("one"));
  }

  /**
   * "many of whom lost homes", "two of which", "many of them in tears": an aside about a part of the
   * subject, not an apposition naming someone else.
   */
  private static boolean partitiveAside(Tokens t, int a, int comma) {
    return a + 2 < comma && t.lower(a + 1).equals("of") && PARTITIVE_OBJECTS.contains(t.lower(a + 2));
  }

  /**
   * Whether the apposition from {@code a} to {@code last} is a role without an article, too long for a
   * noun phrase: lower-case nouns and adjectives, then "of" or "for" and what the role is of, with no
   * verb of its own ("director of the agency's One Health Office in the National Center for …"); not
   * "last week in Ohio".
   */
  private static boolean bareRole(Tokens t, int a, int last) {
    int k = a;
    while (k <= last && (t.tag(k).equals("NN") || t.tag(k).equals("JJ")) && Character.isLowerCase(t.word(k).charAt(0))) {
      k++;
    }
    if (k == a || k > last || !t.tag(k - 1).equals("NN") || !ROLE_OF.contains(t.lower(k))) {
      return false;
    }
    for (int i = k; i <= last; i++) {
      if (Grammar.finite(t, i) || t.tag(i).equals("VB") || t.quoted(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an indefinite subject of capitalised words only describes someone ("A Labour MP") whom
   * the apposition names in two or more capitalised words ("Rachael Maskell"); not "a retiree in
   * Carthage, Ill.", where the apposition is the place's state.
   */
  private static boolean describedMember(Tokens t, int s, int last, int a, int aLast) {
    if (!INDEFINITE.contains(t.lower(s)) || aLast <= a) {
      return false;
    }
    for (int i = s + 1; i <= last; i++) {
      if (!Grammar.proper(t, i) && !t.tag(i).equals("JJ")) {
        return false;
      }
    }
    for (int i = a; i <= aLast; i++) {
      if (!Grammar.proper(t, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the phrase starting at {@code s} opens its clause rather than being an object ("met X, …"). */
  private static boolean opensClause(Tokens t, Unit unit, int s) {
    if (s == unit.firstToken()) {
      return true;
    }
    int b = s - 1;
    return Grammar.comma(t, b) || Grammar.closingQuote(t, b) || Grammar.CLAUSE_CONJUNCTIONS.contains(t.lower(b))
        || t.word(b).equals(":") || !(Grammar.verb(t, b) || t.tag(b).equals("IN"));
  }

  /**
   * Whether the phrase follows a preposition or a verb, whose object it is ("in the fire", "lost their
   * homes"); a subject pronoun is none ("critics who say he should …").
   */
  private static boolean anObject(Tokens t, Unit unit, SpeakerMatch m) {
    int before = m.first() - 1;
    return before >= unit.firstToken() && !Grammar.subjectPronoun(t, m.first())
        && (t.tag(before).equals("IN") || Grammar.verb(t, before));
  }

  /**
   * Whether a subject opens a clause reported by the verb before it ("said the offer was …"), so that a
   * verb coordinated after that clause is the reporting verb's ("The department said the offer was
   * ‘fair’ and urged the union to …": the department urges, not the offer).
   */
  private static boolean reportedSubject(Tokens t, Unit unit, SpeakerMatch m) {
    int b = m.first() - 1;
    return b >= unit.firstToken() && !t.quoted(b) && (t.lower(b).equals("that") || t.tagIs(b, "VB") && !Grammar.auxiliary(t, b));
  }

  /**
   * The subject of a main clause that "but", "yet" or "and" joins after a comma, between the last
   * earlier speaker of the sentence and a participle cue: that clause governs the participle ("McAuliffe
   * has said about 20 people have indicated an interest, but he refuses to discuss appointees, aside
   * from saying he wants …": he says it, not the 20 people). Without such a clause, the participle hangs
   * from the earlier report ("Trump said Clinton lied, adding that …" is Trump's).
   */
  private Optional<SpeakerMatch> subjectOfAJoinedClause(Tokens t, Unit unit, int c, SpeakerMatch earlier) {
    for (int v = c - 1; v > earlier.last() + 2; v--) {
      if (t.quoted(v) || !Grammar.finite(t, v)) {
        continue;
      }
      int p = Adjuncts.skipLeft(t, v - 1, unit);
      Optional<SpeakerMatch> s = subjectEndingAt(t, unit, p)
          .filter(m -> m.first() - 2 > earlier.last() && JOINERS.contains(t.lower(m.first() - 1)) && Grammar.comma(t, m.first() - 2));
      if (s.isPresent()) {
        return Optional.of(s.get().withPosition(SpeakerMatch.Position.GOVERNING));
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of the clause a participle or infinitive cue depends on; in the repaired grammar, when
   * the phrase before that clause's verb is an object, the antecedent of a relative clause that ends
   * there ("Local residents who were displaced by the project gathered outside the venue, demanding
   * that …"; {@link #beforeARelativeClause}). A subject stays ("in what he called a revolutionary mood,
   * alluding to …", "over deals the Clinton team appeared to cut … to describe …").
   */
  private Optional<SpeakerMatch> governing(Tokens t, Unit unit, int c, List<SpeakerMatch> earlierSpeakers) {
    Optional<SpeakerMatch> joined = repaired && !earlierSpeakers.isEmpty()
        ? subjectOfAJoinedClause(t, unit, c, earlierSpeakers.get(earlierSpeakers.size() - 1)) : Optional.empty();
    if (joined.isPresent()) {
      return joined;
    }
    if (!earlierSpeakers.isEmpty()) {
      return Optional.of(earlierSpeakers.get(earlierSpeakers.size() - 1).withPosition(SpeakerMatch.Position.GOVERNING));
    }
    for (int v = c - 1; v >= unit.firstToken(); v--) {
      if (!t.quoted(v) && Grammar.finite(t, v)) {
        int p = Adjuncts.skipLeft(t, v - 1, unit);
        Optional<SpeakerMatch> s = subjectEndingAt(t, unit, p);
        if (repaired && s.map(m -> anObject(t, unit, m)).orElse(true)) {
          s = beforeARelativeClause(t, unit, v).or(() -> subjectEndingAt(t, unit, p));
        }
        if (repaired && s.filter(m -> reportedSubject(t, unit, m)).isPresent()) {
          continue;
        }
        if (s.isPresent()) {
          return Optional.of(s.get().withPosition(SpeakerMatch.Position.GOVERNING));
        }
      }
    }
    // A participle phrase that opens the sentence: the subject follows its comma ("Speaking…, Rubio warned").
    for (int i = c + 1; i < unit.endToken() - 1; i++) {
      if (Grammar.comma(t, i) && !t.quoted(i)) {
        int end = NounPhrases.endRightOf(t, i + 1, unit.endToken() - 1);
        int verb = end < 0 ? unit.endToken() : Adjuncts.skipRight(t, end + 1, unit.endToken());
        if (verb < unit.endToken() && Grammar.finite(t, verb)) {
          return Optional.of(new SpeakerMatch(i + 1, end, NounPhrases.head(t, i + 1, end), -1, -1,
              SpeakerMatch.Position.GOVERNING));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
