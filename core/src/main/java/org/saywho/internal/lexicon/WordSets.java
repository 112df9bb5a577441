package org.saywho.internal.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small word sets the constructions name in their conditions (pronouns, determiners, prepositions,
 * auxiliaries, a few verbs), read once from {@code word-sets.tsv} of saywho-models so that the words are
 * data, not literals in code. Each set is immutable and iterates in the file's order.
 */
public final class WordSets {

  private static final String FILE = "org/saywho/models/word-sets.tsv";
  private static final Map<String, Set<String>> SETS = parse(Resources.lines(FILE));

  private WordSets() {}

  /**
   * Returns the set of that name.
   *
   * @param name the set's name in {@code word-sets.tsv}, such as {@code "grammar.days"}
   * @return its words, lower case
   * @throws IllegalArgumentException when the file has no such set
   */
  public static Set<String> named(String name) {
    Set<String> set = SETS.get(name);
    if (set == null) {
      throw new IllegalArgumentException("no word set named " + name + " in " + FILE);
    }
    return set;
  }

  /**
   * Reads {@code name<TAB>word<TAB>word…} lines.
   *
   * @param lines the file's lines without comments
   * @return the sets by name
   * @throws IllegalArgumentException when a line has no words or a name comes twice
   */
  static Map<String, Set<String>> parse(List<String> lines) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalArgumentException("a word set needs a name and words: " + line);
      }
      Set<String> words = new LinkedHashSet<>(List.of(f).subList(1, f.length));
      if (out.put(f[0], Collections.unmodifiableSet(words)) != null) {
        throw new IllegalArgumentException("word set " + f[0] + " is named twice");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
