package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A report after its cue is the whole clause, its subject and verb included: "Sandoval said the city had
 * not explained how it would cover cost overruns" reports that the city had not explained it, not "how
 * it would cover cost overruns". The tagger sometimes reads the clause's own subject and verb as a
 * second source and cue and keeps only their object. Conditions: reported speech whose content starts
 * after its cue; between them, past an optional "that", stand only a noun phrase (a pronoun, or
 * determiners, modifiers and nouns) and then a verb group opening with a finite verb (verbs,
 * adverbs, "to"), outside quote marks and with no speaker mention; and no other report covers them.
 * The content then starts at the noun phrase. A listener, a time or a second clause between cue and
 * report stays outside ("told reporters on Friday that …", "told the Times that Carter believes …").
 * Read after the tagger.
 */
final class ClausesAfterTheCue {

  /** The longest subject and verb group between the cue and the report, in tokens. */
  private static final int MAX_GAP = 10;

  private ClausesAfterTheCue() {}

  /** Returns the drafts with each report widened to the clause its cue introduces. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> {
      int from = clauseStart(t, d, drafts);
      return from < 0 ? d : d.withContent(Span.of(t.start(from), d.content().end()), d.type());
    }).toList();
  }

  /** The first token of the clause before the draft's content, or -1. */
  private static int clauseStart(Tokens t, Draft d, List<Draft> drafts) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty() || t.size() == 0) {
      return -1;
    }
    int cueLast = d.cue().get().tokens().last();
    int first = t.firstAtOrAfter(d.content().start());
    int from = Grammar.pastThat(t, cueLast + 1);
    if (first <= cueLast || first - from < 2 || first - from > MAX_GAP
        || d.speaker().map(s -> s.last() >= from && s.first() < first).orElse(false)) {
      return -1;
    }
    int verb = from;
    while (verb < first && (Grammar.nominal(t, verb) || Grammar.determiner(t, verb) || Grammar.proper(t, verb))) {
      verb++;
    }
    if (verb == from && Grammar.subjectPronoun(t, from)) {
      verb++;
    }
    if (verb == from || verb == first || !Grammar.finite(t, verb)) {
      return -1;
    }
    for (int i = verb; i < first; i++) {
      if (t.quoted(i) || !(Grammar.verb(t, i) || t.tag(i).startsWith("RB") || t.tag(i).equals("TO"))) {
        return -1;
      }
    }
    int start = t.start(from);
    boolean taken = drafts.stream().anyMatch(o -> o != d && o.content().start() < d.content().start() && o.content().end() > start);
    return taken ? -1 : from;
  }
}
