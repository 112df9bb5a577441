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
 * quote marks get the tags {@code ``} and {@code ''} whatever the model says. Thread-safe.
 */
public final class Tagger {

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
   */
  public void tag(Tokens tokens, List<Sentence> sentences) {
    for (Sentence s : sentences) {
      List<Word> words = new ArrayList<>(s.size());
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        words.add(new Word(tokens.word(i)));
      }
      List<TaggedWord> tagged = tagger.tagSentence(words);
      for (int i = s.firstToken(), k = 0; i < s.endToken(); i++, k++) {
        tokens.setTag(i, quoteTag(tokens.word(i), tagged.get(k).tag()));
      }
    }
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
