package org.saywho.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Byline;
import org.saywho.Span;

/**
 * Everything the annotators learn about one article, layer by layer. Each layer is set once by the
 * annotator that provides it. Confined to one extraction, so not thread-safe.
 */
public final class Doc {

  private final String text;
  private List<Span> paragraphs = List.of();
  private Optional<Byline> byline = Optional.empty();
  private Tokens tokens;
  private List<Sentence> sentences = List.of();
  private List<QuoteSpan> quotes = List.of();
  private int[] quoteFirstToken = new int[0];
  private int[] quoteLastToken = new int[0];
  private List<Unit> units = List.of();
  private final List<Attribution> attributions = new ArrayList<>();
  private List<Entity> entities = List.of();
  private List<ClaimCandidate> claims = List.of();

  /**
   * Starts a document for {@code text}.
   *
   * @param text the article
   */
  public Doc(String text) {
    this.text = text;
  }

  /** Returns the article text. */
  public String text() {
    return text;
  }

  /** Returns the body paragraphs (the byline line excluded). */
  public List<Span> paragraphs() {
    return paragraphs;
  }

  /** Sets the body paragraphs. */
  public void setParagraphs(List<Span> paragraphs) {
    this.paragraphs = List.copyOf(paragraphs);
  }

  /** Returns the byline. */
  public Optional<Byline> byline() {
    return byline;
  }

  /** Sets the byline. */
  public void setByline(Optional<Byline> byline) {
    this.byline = byline;
  }

  /** Returns the tokens. */
  public Tokens tokens() {
    return tokens;
  }

  /** Sets the tokens. */
  public void setTokens(Tokens tokens) {
    this.tokens = tokens;
  }

  /** Returns the sentences. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Sets the sentences. */
  public void setSentences(List<Sentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** Returns the quote spans. */
  public List<QuoteSpan> quotes() {
    return quotes;
  }

  /**
   * Sets the quote spans and the token range of each (marks included); a quote holding no token has
   * first token greater than last.
   *
   * @param quotes the quote spans
   * @param firstToken first token of each
   * @param lastToken last token of each
   */
  public void setQuotes(List<QuoteSpan> quotes, int[] firstToken, int[] lastToken) {
    this.quotes = List.copyOf(quotes);
    this.quoteFirstToken = firstToken.clone();
    this.quoteLastToken = lastToken.clone();
  }

  /** Returns the first token of quote {@code q} (its opening mark). */
  public int quoteFirstToken(int q) {
    return quoteFirstToken[q];
  }

  /** Returns the last token of quote {@code q} (its closing mark, when it has one). */
  public int quoteLastToken(int q) {
    return quoteLastToken[q];
  }

  /** Returns the attribution units. */
  public List<Unit> units() {
    return units;
  }

  /** Sets the attribution units. */
  public void setUnits(List<Unit> units) {
    this.units = List.copyOf(units);
  }

  /** Returns the attributions found so far, mutable. */
  public List<Attribution> attributions() {
    return attributions;
  }

  /** Returns the speaker entities. */
  public List<Entity> entities() {
    return entities;
  }

  /** Sets the speaker entities. */
  public void setEntities(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  /** Returns the claims. */
  public List<ClaimCandidate> claims() {
    return claims;
  }

  /** Sets the claims. */
  public void setClaims(List<ClaimCandidate> claims) {
    this.claims = List.copyOf(claims);
  }
}
