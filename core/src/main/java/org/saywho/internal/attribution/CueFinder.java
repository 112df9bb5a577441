package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;

/**
 * Finds reporting cues in a unit: verbs outside quote marks whose lemma is in the lexicon, and the
 * lexicon's phrases ("according to", "floated the idea"), and verbs that put forward a proposition
 * named by a noun ("promoted the idea that …", "spread false claims that …"). Skips verbs that report
 * nothing: passives without a speaker ("was asked"), negated intents ("declined to say") and "without
 * commenting".
 */
final class CueFinder {

  private static final Set<String> NEGATING_GOVERNORS = WordSets.named("cue-finder.negating-governors");
  private static final Set<String> RELATIVE_OBJECTS = WordSets.named("cue-finder.relative-objects");
  /** The forms of "be", which make a past participle after them passive ("was sent"). */
  static final Set<String> BE = WordSets.named("cue-finder.be");
  /** How many words a proposition noun may stand after its verb ("promoted a baseless conspiracy theory"). */
  private static final int PROPOSITION_REACH = 5;
  /** How many words an aside between a proposition noun and its "that" may hold. */
  private static final int ASIDE_REACH = 6;
  /** The prior confidence of a verb with a proposition noun and a that-clause, as for "float the idea". */
  private static final double PROPOSITION_WEIGHT = 0.8;
  /** How many tokens a passive's agent inside a cue may take ("by the state news agency"). */
  private static final int AGENT_REACH = 6;

  private final CueLexicon lexicon;
  private final Morphology morphology;
  private final boolean repaired;

  /**
   * Creates a finder.
   *
   * @param lexicon the cue lexicon
   * @param morphology the lemmatiser
   * @param repaired whether the rules the attribution tagger's features never saw apply (an aside
   *     between a proposition noun and its "that", a misread past tense before adjuncts and "that", a
   *     passive's agent inside a cue of several words)
   */
  CueFinder(CueLexicon lexicon, Morphology morphology, boolean repaired) {
    this.lexicon = lexicon;
    this.morphology = morphology;
    this.repaired = repaired;
  }

  /** Returns the cues of {@code unit} in text order. */
  List<CueMatch> find(Tokens t, Unit unit) {
    List<CueMatch> out = new ArrayList<>();
    for (int i = unit.firstToken(); i < unit.endToken(); i++) {
      if (t.quoted(i)) {
        continue;
      }
      Optional<CueMatch> m = match(t, unit, i);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().last();
      }
    }
    return out;
  }

  private Optional<CueMatch> match(Tokens t, Unit unit, int i) {
    if (t.lower(i).equals("according") && i + 1 < unit.endToken() && t.lower(i + 1).equals("to")) {
      return lexicon.multi("according").stream().findFirst().map(e -> new CueMatch(i, i + 1, e));
    }
    if (!t.tagIs(i, "VB") || repaired && documentsParticiple(t, unit, i, lexicon)) {
      return Optional.empty();
    }
    String lemma = lemma(t, i);
    for (CueEntry e : lexicon.multi(lemma)) {
      if (e.takes(CueEntry.Frame.LATER) && !repaired) {
        continue;
      }
      int last = matchRest(t, unit, i, e);
      if (last >= 0) {
        return Optional.of(new CueMatch(i, last, e));
      }
    }
    int noun = lexicon.putsForward(lemma) ? propositionNoun(t, unit, i) : -1;
    Optional<CueEntry> e = noun > i
        ? Optional.of(new CueEntry(lemma, List.of(), EnumSet.of(CueEntry.Frame.CLAUSE), PROPOSITION_WEIGHT))
        : lexicon.single(lemma);
    if (e.isEmpty() || reportsNothing(t, unit, i)) {
      return Optional.empty();
    }
    return Optional.of(new CueMatch(i, Math.max(i, noun), e.get()));
  }

  /**
   * The proposition noun of "promoted (a baseless conspiracy) theory that …" after cue {@code i}: a
   * listed noun at the end of a short noun phrase, followed by a "that" that opens a clause (a subject
   * comes next, or a gerund that starts one, not a verb as in "a theory that has spread"); -1 when there
   * is none.
   */
  private int propositionNoun(Tokens t, Unit unit, int i) {
    for (int k = i + 1; k < Math.min(unit.endToken() - 2, i + 1 + PROPOSITION_REACH); k++) {
      String tag = t.tag(k);
      if (t.quoted(k) || !(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("PRP$")
          || tag.equals("VBN") || tag.equals("RB") || tag.equals("CD"))) {
        return -1;
      }
      int that = k + 1 >= unit.endToken() ? -1
          : repaired ? thatAfterAside(t, unit, k + 1)
          : t.lower(k + 1).equals("that") ? k + 1 : -1;
      if (tag.startsWith("NN") && lexicon.isProposition(t.lower(k)) && that > k && that + 1 < unit.endToken()
          && !(t.tag(that + 1).startsWith("VB") && !t.tag(that + 1).equals("VBG")) && !t.tag(that + 1).equals("MD")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The "that" at {@code k}, or after an aside set off by dashes or commas that starts there ("the idea
   * - without evidence - that …"); -1 when there is none.
   */
  static int thatAfterAside(Tokens t, Unit unit, int k) {
    if (t.lower(k).equals("that")) {
      return k;
    }
    String mark = t.word(k);
    if (!(mark.equals("-") || mark.equals("--") || mark.equals("—") || mark.equals("–") || mark.equals(","))) {
      return -1;
    }
    for (int i = k + 1; i < Math.min(unit.endToken() - 1, k + 1 + ASIDE_REACH); i++) {
      if (t.quoted(i) || Grammar.verb(t, i)) {
        return -1;
      }
      if (t.word(i).equals(mark) || mark.length() == 1 && "-—–".contains(mark) && "-—–".contains(t.word(i))) {
        boolean that = t.lower(i + 1).equals("that") && t.tag(i + 1).equals("IN");
        // after commas, "that hurdle will grow" is more often a determiner the tagger misread
        return that && !(mark.equals(",") && i + 2 < unit.endToken() && t.tag(i + 2).equals("NN")) ? i + 1 : -1;
      }
    }
    return -1;
  }

  private int matchRest(Tokens t, Unit unit, int i, CueEntry e) {
    int k = i;
    for (String w : e.words()) {
      k++;
      if (repaired) {
        k = pastAgent(t, unit, k);
      }
      if (k >= unit.endToken() || t.quoted(k) || !t.lower(k).equals(w)) {
        return -1;
      }
    }
    return k;
  }

  /**
   * The token after a passive's agent at {@code k} inside a cue of several words ("was quoted by the
   * Guardian as saying"): "by" right after a participle, then a short noun phrase; else {@code k}.
   */
  private static int pastAgent(Tokens t, Unit unit, int k) {
    if (k >= unit.endToken() - 1 || !t.lower(k).equals("by") || !t.tagIs(k - 1, "VBN")) {
      return k;
    }
    int np = NounPhrases.endRightOf(t, k + 1, Math.min(unit.endToken() - 1, k + AGENT_REACH));
    return np < 0 ? k : np + 1;
  }

  String lemma(Tokens t, int i) {
    return morphology.lemma(t.lower(i), t.tag(i));
  }

  /**
   * Whether the verb at {@code i} is a participle after "in a statement" or the like, saying how the
   * statement came out ("said in a statement read to the court:", "wrote in a letter sent to staff
   * that"): neither a cue nor the start of the content. Conditions: a past participle or past tense
   * right after a speech event's noun of {@code speech-events.txt} in the singular, a determiner and
   * "in" or "via" ("officials involved in the talks said" is a report).
   */
  static boolean documentsParticiple(Tokens t, Unit unit, int i, CueLexicon lexicon) {
    return (t.tagIs(i, "VBN") || t.tagIs(i, "VBD")) && i - 3 >= unit.firstToken() && lexicon.isSpeechEvent(t.lower(i - 1))
        && t.tag(i - 1).equals("NN") && Grammar.determiner(t, i - 2) && (t.lower(i - 3).equals("in") || t.lower(i - 3).equals("via"));
  }

  private boolean reportsNothing(Tokens t, Unit unit, int i) {
    int p = i - 1;
    while (p >= unit.firstToken() && Grammar.adverb(t, p)) {
      p--;
    }
    if (p < unit.firstToken()) {
      return false;
    }
    String before = t.lower(p);
    if (before.equals("without") || soCalled(t, p, i)) {
      return true;
    }
    int subject = NounPhrases.startLeftOf(t, p, unit.firstToken());
    if (subject > unit.firstToken() && RELATIVE_OBJECTS.contains(t.lower(subject - 1)) && t.lower(i).startsWith("call")) {
      return true; // "condemned what he called a “brazen breach”": part of the outer content
    }
    if (t.tag(i).equals("VBN") && (BE.contains(before) || Grammar.noun(t, p) && !endsClause(t, unit, i + 1))) {
      if (repaired && !BE.contains(before) && misreadPastTense(t, unit, p, i)) {
        return false;
      }
      return !followedByBy(t, unit, i); // "was asked", "a show called …": no speaker unless "by" names one
    }
    if (before.equals("to") && p - 1 >= unit.firstToken()) {
      int g = p - 1;
      while (g > unit.firstToken() && Grammar.adverb(t, g)) {
        g--;
      }
      return NEGATING_GOVERNORS.contains(morphology.lemma(t.lower(g), t.tag(g)));
    }
    return false;
  }

  /**
   * "The retailer reported in November that comparable sales fell": a past participle after the noun
   * phrase that opens the unit, with only adjuncts between it and a "that" (whatever its tag) whose
   * clause has a subject, is the past tense the tagger misread, not a participle modifying the noun
   * ("the results reported in the study that was published" keeps its participle: a verb follows
   * "that").
   */
  private static boolean misreadPastTense(Tokens t, Unit unit, int p, int i) {
    int subject = NounPhrases.startLeftOf(t, p, unit.firstToken());
    if (subject != unit.firstToken()) {
      return false;
    }
    int k = Adjuncts.skipRight(t, i + 1, unit.endToken());
    if (k == i + 1 || k + 1 >= unit.endToken() || !t.lower(k).equals("that")) {
      return false;
    }
    String next = t.tag(k + 1);
    return next.startsWith("NN") || next.equals("DT") || next.equals("PRP") || next.equals("JJ") || next.equals("CD")
        || next.equals("EX") || next.equals("PRP$");
  }

  /** "the so-called “reform”": "so-called" marks a name or a scare quote, not anyone's words. */
  private static boolean soCalled(Tokens t, int p, int i) {
    boolean joined = t.end(p) == t.start(i);
    return joined && (t.lower(p).equals("so-") || t.lower(p).equals("-") && p > 0 && t.lower(p - 1).equals("so")
        && t.end(p - 1) == t.start(p));
  }

  /** "…,” Devine added.": a past participle that ends its clause is a mis-tagged past tense. */
  private static boolean endsClause(Tokens t, Unit unit, int k) {
    return k >= unit.endToken() || Grammar.punctuation(t, k) && !t.word(k).equals("-") || t.lower(k).equals("that");
  }

  private static boolean followedByBy(Tokens t, Unit unit, int i) {
    return i + 1 < unit.endToken() && t.lower(i + 1).equals("by");
  }
}
