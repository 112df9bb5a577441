package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;

/**
 * A document its speaker put out, that a present participle cue follows, is no part of what was said:
 * "The company posted a message saying the site was down" reports "the site was down", cued by
 * "saying", not "a message saying the site was down" cued by "posted"; "He wrote a letter saying he
 * would resign" reports "he would resign" once, not also "a letter". Conditions: the draft's cue is
 * one verb of putting out a document ({@code issuing-verbs.txt}: "posted", "wrote", "issued"; not
 * "denied a report saying …", whose report is the report's), its content opens with the object right
 * after it, a noun phrase headed by a document noun ({@code source-things.txt}) outside quote marks,
 * and a present participle the lexicon takes with a reported clause follows that noun with no comma.
 * The content becomes what follows the participle (past "that"), cued by it, and the speaker stays;
 * when another draft reports that already, the draft goes. Read after the tagger.
 */
final class IssuedDocuments {

  private IssuedDocuments() {}

  /** Returns the drafts with each issued document's report moved past the document. */
  static List<Draft> mended(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology, Words words) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts.size());
    boolean changed = false;
    for (Draft d : drafts) {
      Optional<Draft> m = pastTheDocument(t, d, drafts, lexicon, morphology, words);
      if (m.isEmpty()) {
        out.add(d);
        continue;
      }
      changed = true;
      Span content = m.get().content();
      if (drafts.stream().noneMatch(o -> o != d && o.content().overlaps(content))) {
        out.add(m.get());
      }
    }
    return changed ? List.copyOf(out) : drafts;
  }

  private static Optional<Draft> pastTheDocument(Tokens t, Draft d, List<Draft> drafts, CueLexicon lexicon,
      Morphology morphology, Words words) {
    if (d.oneWordCue().isEmpty()) {
      return Optional.empty();
    }
    int verb = d.oneWordCue().getAsInt();
    int object = verb + 1;
    if (object >= t.size() || !t.tagIs(verb, "VB") || t.tag(verb).equals("VBG")
        || t.firstAtOrAfter(d.content().start()) != object || !words.isIssuingVerb(morphology.lemma(t.lower(verb), t.tag(verb)))) {
      return Optional.empty();
    }
    int noun = NounPhrases.endRightOf(t, object, t.size() - 1);
    int participle = noun + 1;
    if (noun < 0 || participle >= t.size() || !words.isThing(t.lower(noun)) || t.quoted(noun)
        || !t.tag(participle).equals("VBG") || t.sentence(participle) != t.sentence(verb)) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(participle), t.tag(participle));
    Optional<CueEntry> entry = lexicon.single(lemma).filter(e -> e.takes(CueEntry.Frame.CLAUSE));
    int from = Grammar.pastThat(t, participle + 1);
    if (entry.isEmpty() || from >= t.size()) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(participle, participle), lemma, lexicon.kind(lemma));
    if (t.start(from) < d.content().end()) {
      return Optional.of(d.withCue(cue).withContent(Span.of(t.start(from), d.content().end()), d.type()));
    }
    // Only the document was reported: the participle's own report, if there is one, says it.
    return drafts.stream().filter(o -> o.cue().filter(c -> c.tokens().first() == participle).isPresent()).findFirst()
        .map(o -> d.withCue(cue).withContent(o.content(), d.type()));
  }
}
