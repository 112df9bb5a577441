package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * A report clause after a participle cue is that cue's: in "The Law Society urged both sides to return
 * to the table, warning that lives were at stake", "lives were at stake" is warned, not urged, though
 * the tagger may take the main verb for its cue. Conditions: the content opens right after a
 * present participle that the lexicon takes with a reported clause (", warning that", ", saying"),
 * after a comma, and the draft's cue comes before that comma in the sentence; or the content is the
 * noun phrase right after a participle the lexicon takes with one (", citing people familiar with the
 * matter"). The speaker stays. Read after the tagger.
 */
final class ParticipleCues {

  /** The most tokens an adjunct of the main cue may take before the participle's comma ("hours later"). */
  private static final int ADJUNCT_REACH = 5;
  /** The most tokens between the participle and its "that" ("telling reporters in Ottawa that"). */
  private static final int LISTENER_REACH = 6;

  /** What a participle with a "that" between it and the content takes. */
  private static final Set<CueEntry.Frame> CLAUSE = Set.of(CueEntry.Frame.CLAUSE);
  /** What a participle right before the content takes: a clause, or a noun phrase ("citing two officials"). */
  private static final Set<CueEntry.Frame> CLAUSE_OR_NOUN_PHRASE = Set.of(CueEntry.Frame.CLAUSE, CueEntry.Frame.NOUN_PHRASE);

  private ParticipleCues() {}

  /** Returns the drafts with each content after a participle cue cued by it. */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> participleBefore(t, d, lexicon, morphology).map(d::withCue)
        .or(() -> participleInside(doc, d, lexicon, morphology)));
  }

  /**
   * The report of a participle cue the content holds after an adjunct of the main cue ("Carney
   * responded hours later, telling reporters in Ottawa that Canada would …" had reported "hours later,
   * telling reporters … that …"): within {@link #ADJUNCT_REACH} tokens of the content's start, with no
   * verb before it, a comma and a present participle the lexicon takes with a reported clause, then
   * its "that" within {@link #LISTENER_REACH} tokens with no verb between; the content starts after
   * the "that", cued by the participle.
   */
  private static Optional<Draft> participleInside(Article doc, Draft d, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    if (d.cue().isEmpty() || d.type() == Quote.Type.DIRECT) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int c = first + 1; c <= Math.min(last - 2, first + ADJUNCT_REACH); c++) {
      if (t.verb(c - 1) || t.quoted(c)) {
        return Optional.empty();
      }
      if (!t.word(c).equals(",") || !t.tag(c + 1).equals("VBG")) {
        continue;
      }
      int verb = c + 1;
      Optional<CueMention> cue = VerbCues.takingAClause(t, verb, lexicon, morphology);
      for (int k = verb + 1; cue.isPresent() && k < last && k <= verb + LISTENER_REACH; k++) {
        if (t.verb(k)) {
          break;
        }
        if (t.lower(k).equals("that")) {
          Range report = new Range(k + 1, last);
          return Optional.of(d.withCue(cue.get()).withContent(t.span(k + 1, last), Attributor.typeOf(doc, report)));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<CueMention> participleBefore(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    if (d.cue().isEmpty()) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    if (first >= t.size()) {
      return Optional.empty();
    }
    int verb = first > 0 && t.lower(first - 1).equals("that") ? first - 2 : first - 1;
    int cueLast = d.cue().get().tokens().last();
    if (verb < 1 || cueLast >= verb - 1 || !t.tag(verb).equals("VBG") || !t.word(verb - 1).equals(",") || t.quoted(verb)
        || t.sentence(cueLast) != t.sentence(verb) || t.sentence(first) != t.sentence(verb)) {
      return Optional.empty();
    }
    return VerbCues.taking(t, verb, lexicon, morphology, verb == first - 1 ? CLAUSE_OR_NOUN_PHRASE : CLAUSE);
  }

}
