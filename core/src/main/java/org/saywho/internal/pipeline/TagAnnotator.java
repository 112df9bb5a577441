package org.saywho.internal.pipeline;

import java.util.Set;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.text.Tagger;

/**
 * Tags parts of speech; a quote's opening mark is {@code ``} and its closing mark {@code ''}, a lone
 * apostrophe after a plural is a possessive, and a capitalized "adjective" before punctuation is a name.
 */
final class TagAnnotator implements Annotator {

  private static final java.util.Set<String> CONTRACTING = java.util.Set.of(
      "he", "she", "it", "that", "there", "what", "who", "here", "where", "this", "everyone", "nobody", "let");

  private final Tagger tagger;
  private final Words words;

  TagAnnotator(Tagger tagger, Words words) {
    this.tagger = tagger;
    this.words = words;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.QUOTE_MARKS, Layer.TOKENS);
  }

  @Override
  public Layer provides() {
    return Layer.TAGS;
  }

  @Override
  public void annotate(Doc doc) {
    Tokens t = doc.tokens();
    tagger.tag(t, doc.sentences());
    for (int i = 1; i < t.size(); i++) {
      // "he’s", "it’s": the curly apostrophe makes the tagger read a possessive.
      if ((t.lower(i).equals("’s") || t.lower(i).equals("'s")) && t.tag(i).equals("POS") && CONTRACTING.contains(t.lower(i - 1))) {
        t.setTag(i, "VBZ");
      }
      // A lone apostrophe after a plural is a possessive ("Sanders’ campaign"), not a closing quote.
      String w = t.word(i);
      if ((w.equals("’") || w.equals("'")) && !t.quoted(i) && t.lower(i - 1).endsWith("s") && t.end(i - 1) == t.start(i)) {
        t.setTag(i, "POS");
      }
    }
    for (int i = 1; i + 1 < t.size(); i++) {
      // A capitalized "adjective" inside a sentence, before punctuation or a verb, is a name ("said Devine,").
      boolean beforeVerbOrPunctuation = t.tag(i + 1).startsWith("VB")
          || t.word(i + 1).length() == 1 && !Character.isLetterOrDigit(t.word(i + 1).charAt(0));
      if (t.tag(i).startsWith("JJ") && t.capitalized(i) && t.sentence(i - 1) == t.sentence(i)
          && !t.tag(i - 1).equals("``") && beforeVerbOrPunctuation && !words.isDemonym(t.lower(i))) {
        t.setTag(i, "NNP");
      }
    }
    for (int q = 0; q < doc.quotes().size(); q++) {
      int first = doc.quoteFirstToken(q);
      int last = doc.quoteLastToken(q);
      if (first <= last && first < t.size()) {
        if (t.start(first) == doc.quotes().get(q).outer().start()) {
          t.setTag(first, "``");
        }
        if (t.end(last) == doc.quotes().get(q).outer().end() && !doc.quotes().get(q).runsOn()) {
          t.setTag(last, "''");
        }
      }
    }
  }
}
