package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;

/**
 * A headline that attributes its claim after a comma, in the clipped grammar of headlines: "Rate cuts
 * unlikely before spring, says RBA governor", "Daily walk cuts dementia risk, large study finds". A
 * body sentence would have its article and its verb ("Rate cuts are unlikely …, says the governor"),
 * which the grammar and the tagger read; without them neither does. Conditions: the article's first
 * paragraph, a line of its own and one unit; its last comma outside quote marks has at least
 * {@value #MIN_CONTENT} words before it; after the comma, to the line's end, either a verb the lexicon
 * takes with its speaker after it ("says") and then a noun phrase, or a noun phrase and then a verb
 * the lexicon takes after its content or by which a study reports a finding ("finds", {@code
 * finding-verbs.txt}); the noun phrase holds at most {@value #MAX_SPEAKER} words; no attribution holds
 * the words before the comma. Those words are the speaker's report. Read after the tagger.
 */
final class HeadlineAttributions {

  private static final double CONFIDENCE = 0.7;
  /** The fewest words of the headline's claim. */
  private static final int MIN_CONTENT = 3;
  /** The most words of the speaker's noun phrase ("Bank of England chief economist"). */
  private static final int MAX_SPEAKER = 6;

  private HeadlineAttributions() {}

  /** Returns the drafts with the headline's report added, when the article opens with one. */
  static List<Draft> add(Article doc, List<Unit> units, List<Draft> drafts, CueLexicon lexicon, Words words,
      Morphology morphology) {
    return Draft.addEach(drafts, HeadlineSignatures.headline(doc, units), u -> reported(doc, u, drafts, lexicon, words, morphology));
  }

  private static Optional<Draft> reported(Article doc, Unit unit, List<Draft> drafts, CueLexicon lexicon, Words words,
      Morphology morphology) {
    Tokens t = doc.tokens();
    int first = unit.firstToken();
    int last = HeadlineSignatures.lastWord(t, first, unit.endToken());
    int comma = lastComma(t, first, last);
    if (comma - first < MIN_CONTENT || !Grammar.comma(t, comma) || t.quoted(comma) || last - comma > MAX_SPEAKER + 1
        || Draft.anyHolds(drafts, t.span(first, comma - 1))) {
      return Optional.empty();
    }
    Optional<Draft> inverted = cue(t, comma + 1, lexicon, words, morphology, CueEntry.Frame.INVERTED)
        .filter(c -> nounPhrase(t, comma + 2, last))
        .map(c -> draft(doc, first, comma, c, comma + 2, last));
    return inverted.or(() -> cue(t, last, lexicon, words, morphology, CueEntry.Frame.POSTPOSED)
        .filter(c -> last - 1 > comma && nounPhrase(t, comma + 1, last - 1))
        .map(c -> draft(doc, first, comma, c, comma + 1, last - 1)));
  }

  private static int lastComma(Tokens t, int first, int last) {
    int comma = last - 1;
    while (comma > first && !Grammar.comma(t, comma)) {
      comma--;
    }
    return comma;
  }

  /** The verb at {@code i} as a cue, when the lexicon takes it in {@code frame}, or it reports a finding. */
  private static Optional<CueMention> cue(Tokens t, int i, CueLexicon lexicon, Words words, Morphology morphology,
      CueEntry.Frame frame) {
    if (!t.tagIs(i, "VB")) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(i), t.tag(i));
    boolean takes = lexicon.single(lemma).filter(e -> e.frames().contains(frame)).isPresent()
        || frame == CueEntry.Frame.POSTPOSED && words.isFindingVerb(lemma);
    return takes ? Optional.of(new CueMention(new TokenRange(i, i), lemma, lexicon.kind(lemma))) : Optional.empty();
  }

  private static boolean nounPhrase(Tokens t, int first, int last) {
    return first <= last && last - first < MAX_SPEAKER && Grammar.noun(t, last) && NounPhrases.startLeftOf(t, last, first) == first;
  }

  private static Draft draft(Article doc, int first, int comma, CueMention cue, int speakerFirst, int speakerLast) {
    Tokens t = doc.tokens();
    SpeakerMention speaker = new SpeakerMention(new TokenRange(speakerFirst, speakerLast),
        NounPhrases.head(t, speakerFirst, speakerLast), Optional.empty());
    return Attributor.draft(doc, new Range(first, comma - 1), Attribution.Origin.CUE, cue, Optional.of(speaker), CONFIDENCE);
  }
}
