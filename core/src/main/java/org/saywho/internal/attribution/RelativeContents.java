package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;

/**
 * What a relative clause says someone said: in "what the senators said was economic
 * gerrymandering" and "the Federal mine, which Mr. Clarke says he is doing everything he can to keep
 * open", the relative word is what was said, as PolNeAR marks it. Conditions: "what", "which" or
 * "whom" (not "that", which opens reported clauses too; "which" and "whom" not after a preposition, as
 * in "an interview in which he said …", where the interview holds the report), then a noun phrase of at most
 * {@link #MAX_SUBJECT} words in the same sentence, then "say" or "tell" as a finite verb; no
 * attribution holds the relative word already. The relative word becomes reported speech, the noun
 * phrase its speaker. Read after the tagger.
 */
final class RelativeContents {

  private static final Set<String> RELATIVES = WordSets.named("relative-contents.relatives");
  private static final Set<String> LEMMAS = WordSets.named("relative-contents.lemmas");
  /** The most words the subject between the relative word and the verb may have. */
  private static final int MAX_SUBJECT = 6;
  private static final double CONFIDENCE = 0.7;

  private RelativeContents() {}

  /** Returns the drafts with each relative word a speaker's verb reports added. */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int w = 0; w + 2 < t.size(); w++) {
      boolean afterPreposition = w > 0 && t.tag(w - 1).equals("IN") && !t.lower(w).equals("what");
      if (!RELATIVES.contains(t.lower(w)) || t.quoted(w) || afterPreposition) {
        continue;
      }
      if (Draft.anyHolds(drafts, t.span(w))) {
        continue;
      }
      int end = NounPhrases.endRightOf(t, w + 1, Math.min(t.size() - 2, w + MAX_SUBJECT));
      int verb = end + 1;
      if (end < 0 || t.sentence(verb) != t.sentence(w) || !Grammar.finite(t, verb) || t.quoted(verb)) {
        continue;
      }
      String lemma = morphology.lemma(t.lower(verb), t.tag(verb));
      if (!LEMMAS.contains(lemma)) {
        continue;
      }
      CueMention cue = new CueMention(new TokenRange(verb, verb), lemma, lexicon.kind(lemma));
      SpeakerMention speaker = new SpeakerMention(new TokenRange(w + 1, end), NounPhrases.head(t, w + 1, end), Optional.empty());
      out.add(Attributor.draft(doc, new Range(w, w), Attribution.Origin.CUE, cue, Optional.of(speaker), CONFIDENCE));
    }
    return out.size() == drafts.size() ? drafts : out;
  }
}
