package org.saywho.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.saywho.Claims;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Quotes;
import org.saywho.Span;
import org.saywho.Speaker;

/**
 * CoreNLP's own quote attribution, the peer SayWho is measured against, with its results read into
 * SayWho's types so that both are scored by the same code.
 */
final class CoreNlpQuotes {

  /** The pipeline users would otherwise run for who-said-what. */
  static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  /** A quote as CoreNLP gives it: span inside the marks, speaker name and mention when attributed. */
  private record Found(Span span, String name, Span mention) {}

  CoreNlpQuotes(String annotators, boolean attribute) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("quote.attributeQuotes", String.valueOf(attribute));
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.pipeline = new StanfordCoreNLP(props);
  }

  StanfordCoreNLP pipeline() {
    return pipeline;
  }

  /** Annotates {@code text} and returns its quotes. */
  Extraction extract(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return toExtraction(text, doc);
  }

  /** Reads the quotes of an annotated document: words inside the marks, speaker and its mention. */
  static Extraction toExtraction(String text, Annotation doc) {
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    Map<String, List<Span>> mentions = new LinkedHashMap<>();
    List<Found> raw = new ArrayList<>();
    for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
      Span span = inside(text, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      String name = Optional.ofNullable(q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))
          .or(() -> Optional.ofNullable(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)))
          .filter(n -> !n.isBlank()).orElse(null);
      Integer first = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer last = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      Span mention = first == null || last == null || tokens == null || last >= tokens.size() ? null
          : Span.of(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
      if (name != null && mention != null) {
        mentions.computeIfAbsent(name, k -> new ArrayList<>()).add(mention);
      }
      raw.add(new Found(span, name, mention));
    }
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    mentions.forEach((name, spans) -> speakers.put(name, new Speaker(name, Speaker.Type.UNKNOWN, List.of(),
        spans.stream().distinct().sorted().toList())));
    List<Quote> quotes = new ArrayList<>();
    for (Found f : raw) {
      Optional<Speaker> speaker = Optional.ofNullable(f.name()).map(n -> speakers.computeIfAbsent(n,
          k -> new Speaker(k, Speaker.Type.UNKNOWN, List.of(), List.of())));
      quotes.add(new Quote(f.span().in(text), f.span(), Quote.Type.DIRECT, speaker, Optional.ofNullable(f.mention()),
          Optional.empty(), 1.0));
    }
    return new Extraction(text, Quotes.of(quotes), List.copyOf(speakers.values()), Optional.empty(),
        Claims.of(List.of(), Optional.empty()), Optional.empty());
  }

  /** The quote without its marks: CoreNLP's span includes them. */
  private static Span inside(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && isMark(text.charAt(s))) {
      s++;
    }
    while (e > s && isMark(text.charAt(e - 1))) {
      e--;
    }
    return Span.of(s, e);
  }

  private static boolean isMark(char c) {
    return "\"“”‘’'«»„`".indexOf(c) >= 0;
  }
}
