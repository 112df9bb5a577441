package org.saywho.internal.text;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.Tokens;

/**
 * Tags tokens with Penn Treebank parts of speech using CoreNLP's left3words tagger. Curly double
 * quote marks get the tags {@code ``} and {@code ''} whatever the model says. Sentences that are not
 * English text (binary junk, other scripts) are tagged without the model, which would spend far
 * longer on them than on English, and so is a sentence the model fails on or leaves a token of
 * untagged. Thread-safe.
 */
public final class Tagger {

  private static final int SHORT = 12;
  /** What the model sees in place of markup, emoji and foreign-script words: a word it knows. */
  private static final String OPAQUE_STAND_IN = "--";

  private final MaxentTagger tagger;

  /**
   * Wraps a loaded tagger.
   *
   * @param tagger CoreNLP's English tagger
   */
  public Tagger(MaxentTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * Tags every token, sentence by sentence.
   *
   * @param tokens the tokens to tag
   * @param sentences their sentences
   * @return the tokens with their tags
   */
  public Tokens tag(Tokens tokens, List<Sentence> sentences) {
    String[] tags = tokens.tags();
    for (Sentence s : sentences) {
      if (!englishLike(tokens, s)) {
        tagWithoutModel(tokens, s, tags);
        continue;
      }
      List<Word> words = new ArrayList<>(s.size());
      boolean[] opaque = new boolean[s.size()];
      for (int i = s.firstToken(), k = 0; i < s.endToken(); i++, k++) {
        opaque[k] = opaque(tokens.word(i));
        words.add(new Word(opaque[k] ? OPAQUE_STAND_IN : tokens.word(i)));
      }
      List<TaggedWord> tagged;
      try {
        tagged = tagger.tagSentence(words);
      } catch (RuntimeException e) {
        // The model failed on this sentence (it has been seen once, an NPE inside CoreNLP, not reproduced):
        // the sentence is tagged without it, and the article is still read.
        tagWithoutModel(tokens, s, tags);
        continue;
      }
      for (int i = s.firstToken(), k = 0; i < s.endToken(); i++, k++) {
        String w = tokens.word(i);
        String tag = k < tagged.size() ? tagged.get(k).tag() : null;
        tags[i] = opaque[k] || tag == null ? tagWithoutModel(w) : quoteTag(w, tag);
      }
    }
    return tokens.withTags(tags);
  }

  /**
   * Whether most tokens of the sentence look like English words or punctuation, and a third at least
   * are not punctuation; short sentences always count as English, being cheap to tag. The tagger
   * weighs every tag for an unknown word, so a "sentence" of binary junk, of another script or of
   * punctuation alone would cost it far more per token than English; such sentences are tagged
   * without it.
   */
  private static boolean englishLike(Tokens tokens, Sentence s) {
    if (s.size() <= SHORT) {
      return true;
    }
    int plain = 0;
    int words = 0;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = tokens.word(i);
      if (plain(w)) {
        plain++;
      }
      if (!punctuationOnly(w)) {
        words++;
      }
    }
    return plain * 2 >= s.size() && words * 3 >= s.size();
  }

  private static boolean plain(String w) {
    if (w.length() > 40) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!(c < 0x250 || c >= '\u2010' && c <= '\u214F') || Character.isISOControl(c)) {
        return false; // outside Latin letters, punctuation, currency and letterlike symbols
      }
    }
    return true;
  }

  /** Markup, or a token that is not {@linkplain #plain plain}: the model would only guess at it, slowly. */
  private static boolean opaque(String w) {
    return w.length() > 2 && w.charAt(0) == '<' && w.charAt(w.length() - 1) == '>' || !plain(w);
  }

  private static boolean punctuationOnly(String w) {
    for (int k = 0; k < w.length(); k++) {
      int type = Character.getType(w.charAt(k));
      boolean punctuation = type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
          || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
          || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL;
      if (!punctuation) {
        return false;
      }
    }
    return true;
  }

  /** Tags a sentence that is not English text: names, numbers, foreign words and symbols only. */
  private static void tagWithoutModel(Tokens tokens, Sentence s, String[] tags) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      tags[i] = tagWithoutModel(tokens.word(i));
    }
  }

  private static String tagWithoutModel(String w) {
    int c = w.codePointAt(0);
    String tag = Character.isDigit(c) ? "CD" : Character.isUpperCase(c) ? "NNP" : Character.isLetter(c) ? "FW" : "SYM";
    return quoteTag(w, tag);
  }

  private static String quoteTag(String word, String tag) {
    if (word.length() == 1) {
      char c = word.charAt(0);
      if (c == '“' || c == '«' || c == '„') {
        return "``";
      }
      if (c == '”' || c == '»') {
        return "''";
      }
    }
    return tag;
  }
}
