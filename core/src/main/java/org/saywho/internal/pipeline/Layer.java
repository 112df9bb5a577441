package org.saywho.internal.pipeline;

/** What an annotator adds to a document; the pipeline checks each layer is added before it is used. */
public enum Layer {
  /** Paragraphs and the byline. */
  LAYOUT,
  /** Quote spans, from quote marks. */
  QUOTE_MARKS,
  /** Tokens, each marked with the quote it lies in. */
  TOKENS,
  /** Sentences. */
  SENTENCES,
  /** Part-of-speech tags. */
  TAGS,
  /** Attribution units: sentences held together by quotes. */
  UNITS,
  /** Attributions: cues, speakers, contents. */
  ATTRIBUTIONS,
  /** Speaker entities. */
  ENTITIES,
  /** Claims with their check-worthiness. */
  CLAIMS
}
