package org.saywho.internal.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saywho.Span;

/**
 * The article's tokens as parallel arrays: offsets into the original text, the word, its lower-case
 * form, its part-of-speech tag (Penn Treebank), the sentence it belongs to and the quote it lies in.
 * Immutable: each stage that learns something about the tokens returns a new {@code Tokens} that
 * shares the arrays it leaves unchanged.
 */
public final class Tokens {

  private final String text;
  private final int[] start;
  private final int[] end;
  private final String[] word;
  private final String[] lower;
  private final String[] tag;
  private final int[] sentence;
  private final int[] quote;

  private Tokens(String text, int[] start, int[] end, String[] word, String[] lower, String[] tag, int[] sentence,
      int[] quote) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.word = word;
    this.lower = lower;
    this.tag = tag;
    this.sentence = sentence;
    this.quote = quote;
  }

  private static Tokens untagged(String text, int[] start, int[] end, String[] word) {
    String[] lower = new String[word.length];
    for (int i = 0; i < word.length; i++) {
      lower[i] = word[i].toLowerCase(Locale.ROOT);
    }
    String[] tag = new String[word.length];
    Arrays.fill(tag, "");
    int[] quote = new int[word.length];
    Arrays.fill(quote, NO_QUOTE);
    return new Tokens(text, start, end, word, lower, tag, new int[word.length], quote);
  }

  private static final int NO_QUOTE = -1;
  /** The hyphens and dashes that set off a dateline or a quote's signature. */
  private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "―");

  /** Collects tokens in text order. */
  public static final class Builder {
    private final String text;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private String[] word = new String[64];
    private int size;

    /**
     * Starts collecting tokens of {@code text}.
     *
     * @param text the original article text
     */
    public Builder(String text) {
      this.text = text;
    }

    /**
     * Adds the token covering {@code [s, e)} of the text.
     *
     * @param s start offset
     * @param e end offset
     * @param w the token's word form
     */
    public void add(int s, int e, String w) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
        word = Arrays.copyOf(word, size * 2);
      }
      start[size] = s;
      end[size] = e;
      word[size] = w;
      size++;
    }

    /** Returns the tokens collected so far. */
    public Tokens build() {
      return untagged(text, Arrays.copyOf(start, size), Arrays.copyOf(end, size), Arrays.copyOf(word, size));
    }
  }

  /** Returns the original text. */
  public String text() {
    return text;
  }

  /**
   * Returns whether a line ends between token {@code i} and the next one.
   *
   * @param i a token
   * @return true when a line break stands between the two; false for the last token
   */
  public boolean lineBreakAfter(int i) {
    if (i + 1 >= size()) {
      return false;
    }
    for (int c = end(i); c < start(i + 1); c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Returns the number of tokens. */
  public int size() {
    return start.length;
  }

  /** Returns the start offset of token {@code i}. */
  public int start(int i) {
    return start[i];
  }

  /** Returns the end offset of token {@code i}. */
  public int end(int i) {
    return end[i];
  }

  /** Returns the character span of token {@code i}. */
  public Span span(int i) {
    return Span.of(start[i], end[i]);
  }

  /** Returns the characters from token {@code first} to token {@code last}, both included. */
  public Span span(int first, int last) {
    return Span.of(start[first], end[last]);
  }

  /** Returns the word of token {@code i}. */
  public String word(int i) {
    return word[i];
  }

  /** Returns the lower-case word of token {@code i}. */
  public String lower(int i) {
    return lower[i];
  }

  /** Returns the part-of-speech tag of token {@code i}, "" before tagging. */
  public String tag(int i) {
    return tag[i];
  }

  /** Returns a copy of every token's tag, for a tagger to fill in and hand to {@link #withTags}. */
  public String[] tags() {
    return tag.clone();
  }

  /**
   * Returns these tokens with part-of-speech tags.
   *
   * @param tags one tag per token
   * @return the tagged tokens
   */
  public Tokens withTags(String[] tags) {
    if (tags.length != size()) {
      throw new IllegalArgumentException(tags.length + " tags for " + size() + " tokens");
    }
    return new Tokens(text, start, end, word, lower, tags.clone(), sentence, quote);
  }

  /** Returns the sentence index of token {@code i}. */
  public int sentence(int i) {
    return sentence[i];
  }

  /** Returns the first token of the sentence of token {@code i}. */
  public int sentenceStart(int i) {
    int first = i;
    while (first > 0 && sentence[first - 1] == sentence[i]) {
      first--;
    }
    return first;
  }

  /** Returns whether token {@code i} is the first of its sentence. */
  public boolean opensSentence(int i) {
    return i == 0 || sentence[i - 1] != sentence[i];
  }

  /**
   * Returns these tokens with each one's sentence recorded.
   *
   * @param sentences sentences covering every token, in order
   * @return the tokens with sentence indices
   */
  public Tokens withSentences(List<Sentence> sentences) {
    int[] of = new int[size()];
    for (int s = 0; s < sentences.size(); s++) {
      Arrays.fill(of, sentences.get(s).firstToken(), sentences.get(s).endToken(), s);
    }
    return new Tokens(text, start, end, word, lower, tag, of, quote);
  }

  /**
   * Returns these tokens with each one inside a quote's marks (marks included) recorded as lying in it.
   *
   * @param quotes the quotes' token ranges, in quote order
   * @return the tokens with their quotes
   */
  public Tokens withQuotes(List<TokenRange> quotes) {
    int[] of = new int[size()];
    Arrays.fill(of, NO_QUOTE);
    for (int q = 0; q < quotes.size(); q++) {
      TokenRange r = quotes.get(q);
      if (!r.isEmpty()) {
        Arrays.fill(of, r.first(), r.last() + 1, q);
      }
    }
    return new Tokens(text, start, end, word, lower, tag, sentence, of);
  }

  /**
   * Returns the index of the quote token {@code i} lies in.
   *
   * @param i a token that is {@linkplain #quoted quoted}
   * @return the quote's index
   * @throws IllegalArgumentException when the token lies outside quotes
   */
  public int quote(int i) {
    if (quote[i] == NO_QUOTE) {
      throw new IllegalArgumentException("token " + i + " lies outside quotes");
    }
    return quote[i];
  }

  /** Returns whether tokens {@code i} and {@code j} lie in the same quote, or both outside quotes. */
  public boolean sameQuote(int i, int j) {
    return quote[i] == quote[j];
  }

  /** Returns whether token {@code i} is a hyphen or dash standing alone ("-", "--", "—", "–", "―"). */
  public boolean dash(int i) {
    return DASHES.contains(word[i]);
  }

  /** Returns whether token {@code i} lies inside quote marks (or is one of the marks). */
  public boolean quoted(int i) {
    return quote[i] != NO_QUOTE;
  }

  /** Returns whether token {@code i} has a tag starting with {@code prefix}. */
  public boolean tagIs(int i, String prefix) {
    return tag[i].startsWith(prefix);
  }

  /** Returns whether token {@code i} is a verb or a modal (a tag starting with VB, or MD). */
  public boolean verb(int i) {
    return tag[i].startsWith("VB") || tag[i].equals("MD");
  }

  /** Returns whether a proper noun (a tag starting "NNP") stands among tokens {@code [first, last]}. */
  public boolean holdsProperNoun(int first, int last) {
    for (int k = first; k <= last; k++) {
      if (tag(k).startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a token inside quote marks stands among tokens {@code [first, last]}. */
  public boolean holdsQuoted(int first, int last) {
    for (int k = first; k <= last; k++) {
      if (quoted(k)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a possessive "'s" or "'" follows token {@code i} ("Obama's", "Trump's opponents"). */
  public boolean possessiveAfter(int i) {
    return i + 1 < size() && tag[i + 1].equals("POS");
  }

  /** Returns whether a preposition or "to" stands right before token {@code i}, so what starts there is its object. */
  public boolean afterPreposition(int i) {
    return i > 0 && (tag[i - 1].equals("IN") || tag[i - 1].equals("TO"));
  }

  /** Returns whether every token of {@code [first, last]} is capitalised. */
  public boolean allCapitalized(int first, int last) {
    for (int k = first; k <= last; k++) {
      if (!capitalized(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a verb or a modal stands among tokens {@code [first, last]}. */
  public boolean holdsVerb(int first, int last) {
    for (int k = first; k <= last; k++) {
      if (verb(k)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether token {@code i} is a finite verb or a modal (VBD, VBZ, VBP or MD). */
  public boolean finite(int i) {
    String g = tag[i];
    return g.equals("VBD") || g.equals("VBZ") || g.equals("VBP") || g.equals("MD");
  }

  /** Returns whether the word of token {@code i} starts with an upper-case letter. */
  public boolean capitalized(int i) {
    return !word[i].isEmpty() && Character.isUpperCase(word[i].codePointAt(0));
  }

  /** Returns whether the word of token {@code i} has two or more characters, all in capitals ("WHO", "MSP"). */
  public boolean inCapitals(int i) {
    return word[i].length() >= 2 && word[i].chars().allMatch(Character::isUpperCase);
  }

  /**
   * Returns whether the word of token {@code i} is a social network handle: "@" and one or more
   * letters, digits or underscores ("@nycsouthpaw", "@zlj517").
   */
  public boolean handle(int i) {
    String w = word[i];
    return w.length() > 1 && w.charAt(0) == '@'
        && w.substring(1).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  /**
   * Returns whether a word is one to {@code most} capital letters, each with its full stop, as a
   * person's initials are written ("J.", "J.P.", "D.Y.").
   *
   * @param w the word
   * @param most the most letters
   * @return whether it is such initials
   */
  public static boolean dottedInitials(String w, int most) {
    int letters = 0;
    for (int k = 0; k < w.length(); letters++) {
      int c = w.codePointAt(k);
      k += Character.charCount(c);
      if (Character.getType(c) != Character.UPPERCASE_LETTER || k >= w.length() || w.charAt(k) != '.') {
        return false;
      }
      k++;
    }
    return letters >= 1 && letters <= most;
  }

  /**
   * Returns whether token {@code i} is a capital letter written without its full stop and set off by
   * a space from a capitalised word after it, as a name's initial is ("R Ashoka", "T V Ramachandra");
   * not "A" or "I", nor "R-Utah".
   */
  public boolean bareInitial(int i) {
    String w = word[i];
    return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("A") && !w.equals("I")
        && i + 1 < size() && end[i] < start[i + 1] && capitalized(i + 1) && word[i + 1].length() > 1
        && Character.isLetter(word[i + 1].charAt(0));
  }

  /**
   * Returns whether token {@code i} is a hyphen joining the tokens either side of it with no space
   * ("Holtz-Eakin", "director-general", "Agri-Food"), which the tokenizer splits.
   */
  public boolean joinedByHyphen(int i) {
    return i > 0 && i + 1 < size() && word[i].equals("-") && end[i - 1] == start[i] && end[i] == start[i + 1];
  }
  /**
   * Returns the first token of the compound that hyphens join to token {@code i} before it ("34" for
   * "old" in "34-year-old", "Secretary" for "General"), or {@code i} when no hyphen joins it.
   */
  public int hyphenedFrom(int i) {
    int first = i;
    while (first >= 2 && joinedByHyphen(first - 1)) {
      first -= 2;
    }
    return first;
  }


  /**
   * Returns the last token reached from {@code from} while the next token ends at or before
   * {@code end}; {@code from} itself when the next does not.
   *
   * @param from a token index, or -1 to start before the first token
   * @param end a character offset
   * @return a token index
   */
  public int lastEndingBy(int from, int end) {
    int last = from;
    while (last + 1 < size() && end(last + 1) <= end) {
      last++;
    }
    return last;
  }

  /**
   * Returns the index of the first token that starts at or after {@code offset}, or {@link #size()}.
   *
   * @param offset a character offset
   * @return a token index
   */
  public int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(start, offset);
    if (i >= 0) {
      while (i > 0 && start[i - 1] == offset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }
}
