package org.saywho.internal.pipeline;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Layout;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.text.Layouts;
import org.saywho.internal.text.QuoteMarks;
import org.saywho.internal.text.QuoteTokens;
import org.saywho.internal.text.SentenceSplitter;
import org.saywho.internal.text.TagRules;
import org.saywho.internal.text.Tagger;
import org.saywho.internal.text.Tokenizer;

/**
 * The pipeline's first stages: layout, quote marks, tokens, sentences, part-of-speech tags. What the
 * check-worthiness trainer needs, without the model it trains. Immutable and thread-safe.
 */
public final class Reader {

  private final Settings settings;
  private final Layouts layouts;
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter sentenceSplitter;
  private final Tagger tagger;
  private final TagRules tagRules;

  /**
   * Creates a reader.
   *
   * @param tagger CoreNLP's tagger
   * @param sentences OpenNLP's sentence model
   * @param words the word lists
   * @param settings work bounds
   */
  public Reader(MaxentTagger tagger, SentenceModel sentences, Words words, Settings settings) {
    this.settings = settings;
    this.layouts = new Layouts(words);
    this.sentenceSplitter = new SentenceSplitter(sentences, settings.maxSentenceTokens());
    this.tagger = new Tagger(tagger);
    this.tagRules = new TagRules(words);
  }

  /**
   * Reads an article through part-of-speech tags.
   *
   * @param text the article
   * @return the tagged article
   */
  public Article read(String text) {
    return read(text, true);
  }

  /**
   * The article as the attribution tagger was trained to read it: its quote marks paired without
   * the quotes that a closing mark typed as an opener opens ({@link QuoteMarks}), and its sentences
   * split after a comma where the sentence model splits there ({@link SentenceSplitter}). The
   * tagger's model learnt its features from that reading; the rest of the pipeline reads
   * {@link #read}'s.
   *
   * @param text the article
   * @param read what {@link #read} gave for it
   * @return {@code read} itself when the reading is the same, else the article read again
   */
  public Article readAsTrained(String text, Article read) {
    List<Span> paragraphs = read.layout().paragraphs();
    List<QuoteSpan> plain = QuoteMarks.find(text, paragraphs, settings.asciiDoubleQuotes(), false);
    boolean same = plain.equals(read.quotes()) && sentenceSplitter.split(text, paragraphs, read.tokens(), false).equals(read.sentences());
    return same ? read : read(text, false);
  }

  /** Reads the article with the repairs the tagger was not trained on, or without them. */
  private Article read(String text, boolean repaired) {
    Layout layout = layouts.of(text);
    List<QuoteSpan> quotes = QuoteMarks.find(text, layout.paragraphs(), settings.asciiDoubleQuotes(), repaired);
    Tokens words = tokenizer.tokenize(text, layout.paragraphs());
    List<TokenRange> quoteTokens = QuoteTokens.of(words, quotes);
    List<Sentence> sentences = sentenceSplitter.split(text, layout.paragraphs(), words, repaired);
    Tokens placed = words.withQuotes(quoteTokens).withSentences(sentences);
    Tokens tagged = tagRules.apply(tagger.tag(placed, sentences), quotes, quoteTokens);
    return new Article(text, layout, quotes, quoteTokens, tagged, sentences);
  }
}
