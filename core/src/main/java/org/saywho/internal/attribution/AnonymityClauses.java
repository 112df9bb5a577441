package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * A source's condition of anonymity is not a report. In "“…,” one nurse, who asked not to be named, told
 * CBC", the clause "asked not to be named" reports nothing: an attribution whose content is "(not) to
 * be" and a participle of {@code anonymity-verbs.txt} goes, and a quote whose cue is that clause's verb
 * takes the cue after the clause ("told") when the lexicon has it after its content. Conditions: the
 * content opens with the clause, or with the verb asking for it ("…, the sources said, asking not to
 * be named because the talks are private"), or the quote's cue is its verb; the participle ends the
 * clause, before a comma, the sentence's end or the reason for anonymity ("because the matter is
 * private").
 */
final class AnonymityClauses {

  /** Words opening the reason given for anonymity ("… not to be identified because the talks are private"). */
  private static final Set<String> REASONS = WordSets.named("anonymity-clauses.reasons");

  private AnonymityClauses() {}

  /**
   * Returns the drafts without anonymity clauses, their quotes' cues moved past them.
   *
   * @param doc the tagged article
   * @param drafts the cued attributions
   * @param lexicon the cue lexicon
   * @param words the word lists
   * @param morphology a lemmatizer confined to the caller
   * @return the drafts, changed
   */
  static List<Draft> without(Article doc, List<Draft> drafts, CueLexicon lexicon, Words words, Morphology morphology) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      int first = t.firstAtOrAfter(d.content().start());
      if (condition(t, first, words) >= 0 || first < t.size() && t.tagIs(first, "VB") && condition(t, first + 1, words) >= 0) {
        continue;
      }
      int participle = d.cue().map(c -> condition(t, c.tokens().last() + 1, words)).orElse(-1);
      out.add(participle < 0 ? d : cueAfter(t, participle, lexicon, morphology)
          .map(c -> Draft.cued(d.content(), d.type(), d.origin(), c, d.speaker(), d.confidence()))
          .orElse(d));
    }
    return out;
  }

  /**
   * The participle of "(not) to be named" starting at {@code i}, or -1: "not", "to", "be" and a listed
   * participle, followed by a comma, a full stop or the end.
   */
  private static int condition(Tokens t, int i, Words words) {
    int k = i < t.size() && t.lower(i).equals("not") ? i + 1 : i;
    if (k + 2 >= t.size() || !t.lower(k).equals("to") || !t.lower(k + 1).equals("be") || !words.isAnonymityVerb(t.lower(k + 2))) {
      return -1;
    }
    int next = k + 3;
    return next >= t.size() || Grammar.punctuation(t, next) || REASONS.contains(t.lower(next)) ? k + 2 : -1;
  }

  /** The cue right after the clause's closing comma, when the lexicon takes its content before it. */
  private static Optional<CueMention> cueAfter(Tokens t, int participle, CueLexicon lexicon, Morphology morphology) {
    int verb = participle + 2;
    if (verb >= t.size() || !Grammar.comma(t, participle + 1) || !t.tagIs(verb, "VB")) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(verb), t.tag(verb));
    return lexicon.single(lemma).filter(e -> e.takes(CueEntry.Frame.POSTPOSED))
        .map(e -> new CueMention(new TokenRange(verb, verb), lemma, lexicon.kind(lemma)));
  }
}
