package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A noun phrase after a parenthetical cue that sums up the report before it is the article's comment,
 * not more of the report: in "Pharmacists will prescribe for 12 more ailments, Jones announced Monday, a
 * move the province says will free up doctors' time" Jones did not announce "a move …", and the
 * province says the move will free up doctors' time; in "…, Sanders said, a policy that could make it
 * easier for them to remain" Sanders's report ends at his cue. Conditions: reported speech after its cue,
 * the cue between commas after a first part of the report ("A, X said, B"), and the part after opening
 * with "a" or "an", adjectives and a singular common noun, then "that" or "which", or a noun phrase, a
 * finite verb the lexicon takes with a reported clause and a finite verb or modal (a gapped relative
 * clause), or nothing more, the tagger having given the relative clause a report of its own ("…,
 * Miller announced Monday, a move he said would ease pressure on housing"). The first and the last are
 * dropped; the second becomes the relative clause's report, its noun phrase the
 * speaker. "…, she said, a number of voters are finding …" and "…, she said, a teacher told her the
 * school would close" stay hers. Read after the tagger.
 */
final class SummaryAppositions {

  private SummaryAppositions() {}

  /** Returns the drafts with each summing-up noun phrase after a parenthetical cue dropped or turned. */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts.size());
    boolean changed = false;
    for (Draft d : drafts) {
      int noun = summingNoun(t, d);
      if (noun < 0) {
        out.add(d);
        continue;
      }
      String next = t.lower(noun + 1);
      if (next.equals("that") || next.equals("which") || t.end(noun) >= d.content().end()) {
        changed = true;
        continue;
      }
      Optional<Draft> gapped = gappedReport(doc, d, noun, lexicon, morphology);
      changed |= gapped.isPresent();
      out.add(gapped.orElse(d));
    }
    return changed ? out : drafts;
  }

  /**
   * The first token of the draft's content when it is the part after a parenthetical cue ("A, X said,
   * B": reported speech whose speaker and cue stand between commas before it, in its sentence, outside
   * quote marks), or -1.
   *
   * @param t the tokens
   * @param d a draft
   * @return the part's first token or -1
   */
  static int partAfterAParentheticalCue(Tokens t, Draft d) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty() || d.speaker().isEmpty()) {
      return -1;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int speakerFirst = Math.min(d.speaker().get().first(), d.cue().get().tokens().first());
    if (first >= t.size() || first < 2 || speakerFirst < 1 || !Grammar.comma(t, first - 1)
        || !Grammar.comma(t, speakerFirst - 1) || d.cue().get().tokens().last() >= first
        || t.sentence(speakerFirst) != t.sentence(first) || t.quoted(first)) {
      return -1;
    }
    return first;
  }

  /** The summing noun the draft's content opens with after a parenthetical cue, or -1. */
  private static int summingNoun(Tokens t, Draft d) {
    int first = partAfterAParentheticalCue(t, d);
    if (first < 0) {
      return -1;
    }
    String article = t.lower(first);
    if (!article.equals("a") && !article.equals("an")) {
      return -1;
    }
    int noun = first + 1;
    while (noun < t.size() && Grammar.adjective(t, noun)) {
      noun++;
    }
    boolean singular = noun + 1 < t.size() && t.tag(noun).equals("NN") && !t.tag(noun + 1).equals("NN") // "a campaign spokesman"
        && !t.lower(noun + 1).equals("of");
    return singular && t.end(noun) <= d.content().end() ? noun : -1;
  }

  /** The gapped relative clause's own report after the summing noun, when it is one. */
  private static Optional<Draft> gappedReport(Article doc, Draft d, int noun, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    int last = t.lastEndingBy(noun, d.content().end());
    int speakerEnd = NounPhrases.endRightOf(t, noun + 1, last);
    int cue = speakerEnd + 1;
    if (speakerEnd < noun + 1 || cue + 1 > last || !Grammar.finite(t, cue) || !Grammar.finite(t, cue + 1)) {
      return Optional.empty();
    }
    SpeakerMention speaker = new SpeakerMention(new TokenRange(noun + 1, speakerEnd),
        NounPhrases.head(t, noun + 1, speakerEnd), Optional.empty());
    return VerbCues.takingAClause(t, cue, lexicon, morphology).map(c -> d.withCue(c).withSpeaker(speaker)
        .withContent(Span.of(t.start(cue + 1), d.content().end()), Quote.Type.INDIRECT));
  }
}
