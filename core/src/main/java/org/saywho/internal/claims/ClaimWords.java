package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.saywho.internal.lexicon.Resources;

/**
 * The word lists of the claim stage ({@code claim-words.tsv} in saywho-models), by category.
 * Immutable and thread-safe.
 */
public final class ClaimWords {

  /** The resource path. */
  public static final String FILE = "org/saywho/models/claim-words.tsv";

  /** What a listed word signals. */
  public enum Category {
    /** A unit or amount ("percent", "million"). */
    QUANTITY,
    /** A share written as a word, a number before "of" ("half", "a quarter of adults"). */
    FRACTION,
    /** The future ("will"). */
    FUTURE,
    /** A forecast ("expects", "likely"). */
    FORECAST,
    /** An obligation ("should", "must"). */
    OBLIGATION,
    /** A stance, plan or promise ("supports", "vowed"). */
    INTENTION,
    /** A judgement ("terrible", "disgrace"). */
    EVALUATIVE,
    /** A belief verb that after "I" makes an opinion ("think"). */
    BELIEF,
    /** An adverb or adjective that hedges its clause ("perhaps", "reportedly"). */
    HEDGE,
    /** A hedging adjective that hedges before its noun too ("possible ties", "unconfirmed reports"; not "likely voters"). */
    HEDGEATTRIBUTIVE,
    /** A modal that hedges its clause when that is not a subordinate one ("could"). */
    HEDGEMODAL,
    /** A verb that hedges what follows ("seems"). */
    HEDGEVERB,
    /** A participle that hedges after a form of "be" ("is thought to"). */
    HEDGEPASSIVE,
    /** A word opening a subordinate clause ("who", "because"). */
    SUBORDINATOR,
    /** A form of "be". */
    BE,
    /** A cause or effect ("because", "led"). */
    CAUSAL,
    /** A law, rule or procedure ("law", "illegal"). */
    RULE,
    /** A greeting or courtesy that opens no claim ("thanks", "welcome"). */
    GREETING,
    /** A reporting cue's lemma whose content is the speaker's own claim ("say", "accuse"). */
    ASSERTION
  }

  /** The words of each category, by the category's ordinal. */
  private final List<Set<String>> words;

  private ClaimWords(List<Set<String>> words) {
    this.words = words;
  }

  /** Loads the lists from saywho-models. */
  public static ClaimWords load() {
    List<Set<String>> words = new ArrayList<>();
    for (int c = 0; c < Category.values().length; c++) {
      words.add(new HashSet<>());
    }
    for (String line : Resources.lines(FILE)) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(FILE + ": want CATEGORY<TAB>word, got: " + line);
      }
      words.get(Category.valueOf(cols[0].trim().toUpperCase(Locale.ROOT)).ordinal()).add(cols[1].trim().toLowerCase(Locale.ROOT));
    }
    return new ClaimWords(words.stream().map(Set::copyOf).toList());
  }

  /**
   * Returns whether {@code lower} is listed under {@code category}.
   *
   * @param category the list
   * @param lower a word in lower case
   * @return true when listed
   */
  public boolean is(Category category, String lower) {
    return words.get(category.ordinal()).contains(lower);
  }
}
