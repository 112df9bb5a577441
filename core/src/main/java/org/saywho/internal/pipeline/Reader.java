package org.saywho.internal.pipeline;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import org.jspecify.annotations.Nullable;
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
  private final Tokenizer tokenizer;
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
    this.tokenizer = new Tokenizer(words::isLegalForm, words::isTitleAbbreviation);
    this.sentenceSplitter = new SentenceSplitter(sentences, settings.maxSentenceTokens(), words::isLegalForm,
        words::isTitleAbbreviation);
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
    Layout layout = layouts.of(text);
    Tokens words = tokenizer.tokenize(text, layout.paragraphs());
    Tagged repaired = tagged(text, layout, words, true, null);
    return repaired.article(tagRules.apply(repaired.raw(), repaired.quotes(), repaired.quoteTokens(), true));
  }

  /**
   * An article read twice: with the repairs the attribution tagger was not trained on, for every stage,
   * and as the tagger was trained to read it, for its features.
   *
   * @param article the article with the repairs
   * @param asTrained the article as the tagger was trained to read it: {@code article} itself when the
   *     readings agree, else the same tokens with other quotes, sentences or tags
   */
  public record Reading(Article article, Article asTrained) {}

  /**
   * Reads an article with the repairs and as the attribution tagger was trained to read it: its quote
   * marks paired without the quotes that a closing mark typed as an opener opens ({@link QuoteMarks}),
   * its sentences split after a comma where the sentence model splits there ({@link SentenceSplitter}),
   * and its tags without the corrections the tagger's features never saw ({@link TagRules}). The
   * tagger's model learnt its features from that reading; the rest of the pipeline reads the repaired
   * one. The part-of-speech tagger runs once unless the quotes or sentences differ.
   *
   * @param text the article
   * @return both readings
   */
  public Reading readBoth(String text) {
    Layout layout = layouts.of(text);
    Tokens words = tokenizer.tokenize(text, layout.paragraphs());
    Tagged repaired = tagged(text, layout, words, true, null);
    Tokens tags = tagRules.apply(repaired.raw(), repaired.quotes(), repaired.quoteTokens(), true);
    Article article = repaired.article(tags);
    Tagged plain = tagged(text, layout, words, false, repaired);
    Tokens plainTags = tagRules.apply(plain.raw(), plain.quotes(), plain.quoteTokens(), false);
    boolean same = plain == repaired && Arrays.equals(plainTags.tags(), tags.tags());
    return new Reading(article, same ? article : plain.article(plainTags));
  }

  /** An article's quotes, sentences and tagger's tags, before the tag rules. */
  private record Tagged(String text, Layout layout, List<QuoteSpan> quotes, List<TokenRange> quoteTokens,
      List<Sentence> sentences, Tokens raw) {

    Article article(Tokens tags) {
      return new Article(text, layout, quotes, quoteTokens, tags, sentences);
    }
  }

  /**
   * Pairs the quote marks, splits the sentences and tags, with the repairs the tagger was not trained
   * on or without them; {@code same} itself when its quotes and sentences come out the same, so that
   * the part-of-speech tagger runs once.
   */
  private Tagged tagged(String text, Layout layout, Tokens words, boolean repaired, @Nullable Tagged same) {
    List<QuoteSpan> quotes = QuoteMarks.find(text, layout.paragraphs(), settings.asciiDoubleQuotes(), repaired);
    List<Sentence> sentences = sentenceSplitter.split(text, layout.paragraphs(), words, repaired);
    if (same != null && quotes.equals(same.quotes()) && sentences.equals(same.sentences())) {
      return same;
    }
    List<TokenRange> quoteTokens = QuoteTokens.of(words, quotes);
    Tokens raw = tagger.tag(words.withQuotes(quoteTokens).withSentences(sentences), sentences);
    return new Tagged(text, layout, quotes, quoteTokens, sentences, raw);
  }
}
