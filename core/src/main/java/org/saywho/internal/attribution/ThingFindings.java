package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * What a document or a poll shows: "Recent polling shows that Bill Clinton is popular", "The Morning
 * Consult poll showed that Donald Trump remained in the lead", "Court records show he was paid $2
 * million" report what the poll or the records say, as PolNeAR marks them; the cue lexicon has no
 * "show", and the tagger reads such sentences only where the words around them are like those it
 * learnt from. Conditions: a finite verb of finding ({@code finding-verbs.txt}: "show", "reveal",
 * "indicate") outside quote marks, right after the head of its subject (or after a participle of
 * publishing and its adjuncts, which may end in a name: "Data released earlier on Friday showed …",
 * "Figures published by the ONS show …", {@link #beforeItsPublishing}),
 * a noun of a document or finding ({@code source-things.txt}) or of {@code thing-findings.nouns}
 * ("polling"); then the rest of the sentence, past a "that" or a comma, at least two words that no
 * report holds yet; no preposition or subordinator before the subject ("As the accounts demonstrate,
 * …"). The rest is the subject's report, the noun phrase its speaker. "The video shows a man" and "Exit polls show" are
 * reports too; "She showed the letter to reporters" has no such subject. Read after the tagger.
 */
final class ThingFindings {

  private static final double CONFIDENCE = 0.7;
  private static final Set<String> NOUNS = WordSets.named("thing-findings.nouns");

  private ThingFindings() {}

  /** Returns the drafts with each document's or poll's finding added. */
  static List<Draft> add(Article doc, List<Draft> drafts, Words words, Morphology morphology) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int v = 1; v + 2 < t.size(); v++) {
      if (!t.finite(v) || t.quoted(v) || t.sentence(v - 1) != t.sentence(v)) {
        continue;
      }
      String lemma = morphology.lemma(t.lower(v), t.tag(v));
      if (words.isFindingVerb(lemma)) {
        finding(t, v, lemma, drafts, words, morphology).ifPresent(out::add);
      }
    }
    return out.size() == drafts.size() ? drafts : out;
  }

  /**
   * The head of a subject that a participle of publishing and its adjuncts separate from the verb of
   * finding at {@code v}: "Data released earlier on Friday showed …", "Figures published by the
   * ministry on Tuesday show …"; else -1. Conditions: within {@link DocumentFindings#MAX_PUBLISHING}
   * tokens before the verb, a past participle of an issuing verb ({@link DocumentFindings#publishing})
   * right after a noun, and between it and the verb only the words of its adjuncts
   * ({@link DocumentFindings#publishingAdjunct}).
   */
  private static int beforeItsPublishing(Tokens t, int v, Words words, Morphology morphology) {
    int reach = v - DocumentFindings.MAX_PUBLISHING;
    for (int k = v - 1; k > 0 && k >= reach && t.sentence(k) == t.sentence(v) && !t.quoted(k); k--) {
      if (t.tag(k).equals("VBN")) {
        boolean publishing = k < v - 1 && DocumentFindings.publishing(t, k, words, morphology);
        return publishing && Grammar.noun(t, k - 1) ? k - 1 : -1;
      }
      if (!DocumentFindings.publishingAdjunct(t.tag(k))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a lower-case noun names a document or finding ({@code source-things.txt},
   * {@code thing-findings.nouns}).
   */
  private static boolean findingNoun(String lower, Words words) {
    return words.isThing(lower) || NOUNS.contains(lower);
  }

  private static Optional<Draft> finding(Tokens t, int v, String lemma, List<Draft> drafts, Words words,
      Morphology morphology) {
    boolean thingBefore = Grammar.noun(t, v - 1) && findingNoun(t.lower(v - 1), words);
    int h = thingBefore ? v - 1 : beforeItsPublishing(t, v, words, morphology);
    if (h < 0 || !findingNoun(t.lower(h), words)) {
      return Optional.empty();
    }
    int first = NounPhrases.startLeftOf(t, h, t.sentenceStart(v));
    int last = Grammar.lastWordOfSentence(t, v + 1);
    if (first < 0 || last < v + 2 || t.holdsQuoted(first, v - 1)) {
      return Optional.empty();
    }
    if (first > 0 && t.tag(first - 1).equals("IN") && t.sentence(first - 1) == t.sentence(first)) {
      return Optional.empty(); // "As the 335 versions of the account demonstrate, …": a subordinate clause
    }
    int from = t.lower(v + 1).equals("that") || Grammar.comma(t, v + 1) ? v + 2 : v + 1; // "records show, the Cessna …
    Span content = t.span(from, last);
    boolean taken = drafts.stream().anyMatch(d -> d.content().overlaps(content)
        || d.cue().map(c -> c.tokens().first() <= v && c.tokens().last() >= v).orElse(false));
    if (taken) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(v, v), lemma, Cue.Kind.SPEECH);
    SpeakerMention speaker = new SpeakerMention(new TokenRange(first, v - 1), h, Optional.empty());
    Quote.Type type = t.holdsQuoted(from, last) ? Quote.Type.MIXED : Quote.Type.INDIRECT;
    return Optional.of(Draft.cued(content, type, Attribution.Origin.CUE, cue, Optional.of(speaker), CONFIDENCE));
  }
}
