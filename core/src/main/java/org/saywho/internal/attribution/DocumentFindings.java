package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * A document or recording and its verb of finding closing a sentence after a comma: "…, TV footage
 * showed.", "…, the poll found, …", "Romania and Kazakhstan reported the highest numbers of cases, the
 * report showed.": the words before are what the document shows, and a report read before them ends
 * at the comma. Conditions: a noun phrase headed by a noun of a document or finding
 * ({@code source-things.txt}) or of a recording, past a participle of publishing and its adjuncts
 * ("a study published on Tuesday showed"), then a finite verb of finding ({@code
 * finding-verbs.txt}) outside quote marks, then the sentence's end or a comma.
 */
final class DocumentFindings {

  /** The most tokens of a participle of publishing and its adjuncts ("published on Tuesday"). */
  static final int MAX_PUBLISHING = 8;

  private DocumentFindings() {}

  /**
   * Whether a document's finding closes the sentence from token {@code k}.
   *
   * @param t tokens
   * @param k the first token after the comma
   * @param end the end of the unit, exclusive
   * @param words the word lists, for documents and verbs of finding
   * @param morphology a lemmatizer confined to the caller
   * @return whether the document and its verb of finding close the sentence there
   */
  static boolean closeTheSentenceAt(Tokens t, int k, int end, Words words, Morphology morphology) {
    int np = NounPhrases.endRightOf(t, k, Math.min(end - 1, k + NounPhrases.MAX_TOKENS));
    int v = np < 0 ? -1 : pastItsPublishing(t, np + 1, end, words, morphology);
    if (np < 0 || v >= end || !Grammar.finite(t, v) || t.quoted(v)) {
      return false;
    }
    String head = t.lower(np);
    boolean document = words.isThing(head) || words.isRecording(head);
    boolean closes = v + 1 >= end || Grammar.sentenceEnd(t, v + 1) || Grammar.comma(t, v + 1);
    return document && closes && words.isFindingVerb(morphology.lemma(t.lower(v), t.tag(v)));
  }

  /**
   * The token after a participle of publishing and its adjuncts at {@code v} ("a study published on
   * Tuesday showed": {@code issuing-verbs.txt}, then prepositions, determiners, adjectives, nouns,
   * numbers and adverbs, up to {@value #MAX_PUBLISHING} tokens, before a finite verb), else {@code v}.
   */
  private static int pastItsPublishing(Tokens t, int v, int end, Words words, Morphology morphology) {
    if (v >= end || !publishing(t, v, words, morphology)) {
      return v;
    }
    for (int k = v + 1; k < end && k <= v + MAX_PUBLISHING; k++) {
      if (Grammar.finite(t, k)) {
        return k;
      }
      if (!publishingAdjunct(t.tag(k))) {
        return v;
      }
    }
    return v;
  }

  /** Whether token {@code k} is a past participle of an issuing verb ({@code issuing-verbs.txt}: "released"). */
  static boolean publishing(Tokens t, int k, Words words, Morphology morphology) {
    return t.tag(k).equals("VBN") && words.isIssuingVerb(morphology.lemma(t.lower(k), "VBN"));
  }

  /**
   * Whether a token of this tag may stand in a participle of publishing's adjuncts ("released earlier
   * on Friday", "published by the ministry on Tuesday"): a preposition, determiner, adjective, noun,
   * number, adverb or possessive.
   */
  static boolean publishingAdjunct(String tag) {
    return tag.equals("IN") || tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD")
        || tag.startsWith("RB") || tag.equals("POS");
  }
}
