package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A past participle set off by commas describes the subject of the verb after it; it reports nothing:
 * in "The report, written by two economists, says the bill fails", the report says it, not the
 * economists. Conditions: the draft's cue is a past participle right after a noun and a comma, "by"
 * and a plain noun phrase follow it, then a comma and, past adverbs, a verb the lexicon takes with a
 * reported clause; the content comes after that verb. The draft takes that verb for its cue and the
 * noun phrase before the first comma for its speaker. "An Istanbul-based professor, accused by the
 * government of plotting a coup, is …" stays (the agent is no plain noun phrase). Read after the
 * tagger, whose features never saw it.
 */
final class ParticipleDescriptions {

  private ParticipleDescriptions() {}

  /** Returns the drafts, each cued by such a participle re-cued by the verb it describes the subject of. */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> mended(t, d, lexicon, morphology));
  }

  private static Optional<Draft> mended(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    if (d.oneWordCue().isEmpty()) {
      return Optional.empty();
    }
    int p = d.oneWordCue().getAsInt();
    if (p < 2 || p + 2 >= t.size() || !t.tag(p).equals("VBN") || !Grammar.comma(t, p - 1) || !Grammar.noun(t, p - 2)
        || !t.lower(p + 1).equals("by")) {
      return Optional.empty();
    }
    int verb = verbAfterAPlainAgent(t, p + 2);
    if (verb < 0 || t.sentence(verb) != t.sentence(p) || t.firstAtOrAfter(d.content().start()) <= verb) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(verb), t.tag(verb));
    Optional<CueEntry> entry = lexicon.single(lemma).filter(e -> e.frames().contains(CueEntry.Frame.CLAUSE));
    int subject = NounPhrases.startLeftOf(t, p - 2, t.sentenceStart(p));
    if (entry.isEmpty() || subject < 0) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(verb, verb), lemma, lexicon.kind(lemma));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(subject, p - 2), NounPhrases.head(t, subject, p - 2),
        Optional.empty());
    return Optional.of(d.withCue(cue).withSpeaker(speaker));
  }

  /**
   * The finite verb after the plain noun phrase from {@code k} on, its closing comma and any adverbs
   * ("two economists, says"); -1 when the agent is no plain noun phrase or no finite verb follows.
   */
  private static int verbAfterAPlainAgent(Tokens t, int k) {
    for (int c = k; c < t.size() - 1; c++) {
      String tag = t.tag(c);
      if (t.quoted(c) || t.sentence(c) != t.sentence(k)) {
        return -1;
      }
      if (Grammar.comma(t, c)) {
        int v = c + 1;
        while (v < t.size() - 1 && Grammar.adverb(t, v)) {
          v++;
        }
        return c > k && Grammar.finite(t, v) ? v : -1;
      }
      if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD") || tag.equals("POS")
          || tag.equals("PRP$"))) {
        return -1;
      }
    }
    return -1;
  }
}
