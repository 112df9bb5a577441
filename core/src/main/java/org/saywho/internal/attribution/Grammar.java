package org.saywho.internal.attribution;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/** Part-of-speech and word-class tests over tagged tokens. */
final class Grammar {

  static final Set<String> SUBJECT_PRONOUNS = WordSets.named("grammar.subject-pronouns");
  static final Set<String> AUXILIARIES = WordSets.named("grammar.auxiliaries");
  /** The days of the week. */
  static final Set<String> DAYS = WordSets.named("grammar.days");
  /** The parts of a day that may follow one ("Wednesday night"). */
  static final Set<String> TIMES_OF_DAY = WordSets.named("grammar.times-of-day");
  /** The days and the other words that date a report when they stand beside its cue. */
  static final Set<String> WEEKDAYS = Stream.concat(DAYS.stream(), Stream.of("today", "yesterday",
      "tonight", "earlier", "later", "afterward", "afterwards", "again", "recently", "previously", "once"))
      .collect(Collectors.toUnmodifiableSet());
  static final Set<String> WH_WORDS = WordSets.named("grammar.wh-words");
  static final Set<String> NP_PREPOSITIONS = WordSets.named("grammar.np-prepositions");
  static final Set<String> CLAUSE_CONJUNCTIONS = WordSets.named("grammar.clause-conjunctions");
  /** Relative pronouns that open a clause about a person or thing before them. */
  static final Set<String> RELATIVE_PRONOUNS = WordSets.named("grammar.relative-pronouns");

  /** Participles after which "by" names who read a document, not who made it ("documents seen by the BBC"). */
  static final Set<String> READERS = WordSets.named("reader-participles");

  private Grammar() {}

  static boolean noun(Tokens t, int i) {
    return t.tag(i).startsWith("NN");
  }

  static boolean proper(Tokens t, int i) {
    return t.tag(i).startsWith("NNP");
  }

  static boolean verb(Tokens t, int i) {
    return t.verb(i);
  }

  static boolean finite(Tokens t, int i) {
    return t.finite(i);
  }

  static boolean adjective(Tokens t, int i) {
    return t.tag(i).startsWith("JJ");
  }

  static boolean adverb(Tokens t, int i) {
    return t.tag(i).startsWith("RB") && !t.lower(i).equals("not");
  }

  static boolean determiner(Tokens t, int i) {
    String tag = t.tag(i);
    return tag.equals("DT") || tag.equals("PDT") || tag.equals("PRP$") || tag.equals("WP$");
  }

  /**
   * Whether a "(" stands among tokens {@code [first, last]} after the last ")" there, so that a ")"
   * right after them closes it ("… shillings ($2.7 billion").
   */
  static boolean opensAParenthesis(Tokens t, int first, int last) {
    for (int i = last; i >= first; i--) {
      if (t.word(i).equals(")")) {
        return false;
      }
      if (t.word(i).equals("(")) {
        return true;
      }
    }
    return false;
  }

  static boolean punctuation(Tokens t, int i) {
    String w = t.word(i);
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The token after a "that" at {@code p} ("saying that …"), or {@code p} when no "that" stands there. */
  static int pastThat(Tokens t, int p) {
    return p < t.size() && t.lower(p).equals("that") ? p + 1 : p;
  }

  static boolean comma(Tokens t, int i) {
    return t.word(i).equals(",");
  }

  static boolean openingQuote(Tokens t, int i) {
    return t.tag(i).equals("``");
  }

  static boolean closingQuote(Tokens t, int i) {
    return t.tag(i).equals("''");
  }

  /** The last token of the sentence of token {@code from}, before its closing punctuation; {@code from} at least. */
  static int lastWordOfSentence(Tokens t, int from) {
    int i = from;
    while (i + 1 < t.size() && t.sentence(i + 1) == t.sentence(from)) {
      i++;
    }
    while (i > from && t.tag(i).equals(".")) {
      i--;
    }
    return i;
  }

  static boolean sentenceEnd(Tokens t, int i) {
    String w = t.word(i);
    return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…");
  }

  static boolean subjectPronoun(Tokens t, int i) {
    return t.tag(i).equals("PRP") && SUBJECT_PRONOUNS.contains(t.lower(i));
  }

  static boolean auxiliary(Tokens t, int i) {
    return AUXILIARIES.contains(t.lower(i)) && (verb(t, i) || t.tag(i).equals("POS"));
  }

  /** Returns whether a hyphen joins the words on both sides, with no space ("labor-policy", "Mary-Ann"). */
  static boolean joiningHyphen(Tokens t, int i) {
    return t.tag(i).equals("HYPH") && i > 0 && i + 1 < t.size() && t.end(i - 1) == t.start(i) && t.end(i) == t.start(i + 1);
  }

  /** Returns whether a noun-phrase-internal word: nouns, adjectives, numbers, possessives, hyphens. */
  static boolean nominal(Tokens t, int i) {
    String tag = t.tag(i);
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("POS")
        || tag.equals("HYPH") || tag.equals("FW")
        || ((tag.equals("VBN") || tag.equals("VBG")) && i + 1 < t.size() && t.tag(i + 1).startsWith("NN"));
  }

  /**
   * Whether the participle at {@code i} modifies the noun after it, as an adjective does ("maintains a
   * commanding lock", "maintains a floating array of power centers"): a determiner, possessive or
   * adjective before it, a noun or adjective after it, both inside the phrase {@code [first, last]}.
   * Such a phrase states nothing.
   */
  static boolean prenominalParticiple(Tokens t, int i, int first, int last) {
    String tag = t.tag(i);
    if (!(tag.equals("VBG") || tag.equals("VBN")) || i <= first || i >= last) {
      return false;
    }
    String before = t.tag(i - 1);
    boolean opened = before.equals("DT") || before.equals("PRP$") || before.equals("POS") || before.startsWith("JJ");
    return opened && (noun(t, i + 1) || adjective(t, i + 1));
  }

  /**
   * Whether a finite verb, or with {@code orBase} a base form, stands outside quote marks in tokens
   * {@code [first, last]}.
   */
  static boolean holdsAFiniteVerb(Tokens t, int first, int last, boolean orBase) {
    for (int i = first; i <= last; i++) {
      if (!t.quoted(i) && (finite(t, i) || orBase && t.tag(i).equals("VB"))) {
        return true;
      }
    }
    return false;
  }
}
