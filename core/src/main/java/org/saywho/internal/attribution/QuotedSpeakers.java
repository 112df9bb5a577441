package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * Whom an outlet quotes speaks too: "State news agency Xinhua quoted foreign ministry spokesperson Mao
 * Ning as saying China would firmly defend its sovereignty" is Xinhua's report, as PolNeAR marks it
 * ("quoted" and all that follows), and inside it Mao Ning says that China would defend its sovereignty.
 * Conditions: a report cued by "quote", whose content opens with a noun phrase (an apposition between
 * commas may follow it: "Wassim Bouhlel, a Nice native,") and goes on with "as" and a participle the
 * lexicon takes with a reported clause ("saying", "telling", "stating"), a "that" perhaps, and more
 * words, which are the quoted person's report; outside quote marks. "The paper quoted the report at
 * length" quotes no one saying anything. Read after the tagger.
 */
final class QuotedSpeakers {

  private static final double CONFIDENCE = 0.8;
  /** The most words the quoted person's noun phrase and its apposition may have. */
  private static final int MAX_SPEAKER = 20;

  private QuotedSpeakers() {}

  /** Returns the drafts with the report of each person an outlet quotes as saying something added. */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    List<Draft> out = new ArrayList<>(drafts);
    for (Draft d : drafts) {
      quotedReport(doc, d, lexicon, morphology).filter(r -> drafts.stream().noneMatch(o -> o.content().equals(r.content())))
          .ifPresent(out::add);
    }
    return out.size() == drafts.size() ? drafts : out;
  }

  private static Optional<Draft> quotedReport(Article doc, Draft d, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    if (d.cue().isEmpty() || !d.cue().get().lemma().equals("quote") || t.size() == 0) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    if (first <= d.cue().get().tokens().last() || t.quoted(first)) {
      return Optional.empty();
    }
    for (int as = first + 1; as + 2 <= last && as - first <= MAX_SPEAKER && !t.quoted(as); as++) {
      if (!t.lower(as).equals("as") || !t.tag(as + 1).equals("VBG")) {
        continue;
      }
      int speakerLast = Grammar.comma(t, as - 1) ? as - 2 : as - 1;
      int nounEnd = NounPhrases.endRightOf(t, first, speakerLast);
      if (nounEnd < 0) {
        return Optional.empty();
      }
      int verb = as + 1;
      int from = t.lower(verb + 1).equals("that") ? verb + 2 : verb + 1;
      if (from > last) {
        return Optional.empty();
      }
      SpeakerMention speaker = new SpeakerMention(new TokenRange(first, nounEnd), NounPhrases.head(t, first, nounEnd),
          nounEnd < speakerLast && Grammar.comma(t, nounEnd + 1) ? Optional.of(new TokenRange(nounEnd + 2, speakerLast))
              : Optional.empty());
      Range report = new Range(from, last);
      return VerbCues.takingAClause(t, verb, lexicon, morphology)
          .map(c -> Draft.cued(Span.of(t.start(from), d.content().end()), Attributor.typeOf(doc, report),
              Attribution.Origin.CUE, c, Optional.of(speaker), CONFIDENCE));
    }
    return Optional.empty();
  }
}
