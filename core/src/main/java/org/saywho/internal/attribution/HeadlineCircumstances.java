package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A headline's "as" clause tells the news around a report, not what was reported: "Starmer says NHS
 * will get extra funding as waiting lists grow" reports "NHS will get extra funding", and "Macron vows
 * to stay in office as protests spread" "to stay in office". Conditions: the report has a cue and
 * starts in the article's first paragraph, one line of at most {@value HeadlineReports#MAX_WORDS} words
 * that another paragraph follows and that ends in no full stop; its content holds, outside quote marks,
 * a lower-case "as" that a subject and a finite verb follow within {@value #MAX_SUBJECT} words ("as
 * waiting lists grow"; not "such as", "as well as", "as part of the deal") after some words of its own.
 * Read after the tagger.
 */
final class HeadlineCircumstances {

  /** The most words between "as" and the verb of its clause. */
  static final int MAX_SUBJECT = 5;

  private HeadlineCircumstances() {}

  /** Returns the drafts, each headline report ending before its "as" clause. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    List<Span> paragraphs = doc.paragraphs();
    if (paragraphs.size() < 2 || !titleLine(doc.text(), paragraphs.get(0))) {
      return drafts;
    }
    int end = paragraphs.get(0).end();
    List<Draft> out = drafts.stream()
        .map(d -> d.cue().isPresent() && d.content().start() < end ? trimmed(doc, d).orElse(d) : d).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static Optional<Draft> trimmed(Article doc, Draft d) {
    Tokens t = doc.tokens();
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int i = first + 2; i < last; i++) {
      if (t.word(i).equals("as") && !t.quoted(i) && opensAClause(t, i + 1, last)) {
        return Optional.of(d.withContent(t.span(first, i - 1), Attributor.typeOf(doc, new Range(first, i - 1))));
      }
    }
    return Optional.empty();
  }

  /** Whether a subject opens at {@code from} and a finite verb follows it within {@link #MAX_SUBJECT} words. */
  private static boolean opensAClause(Tokens t, int from, int last) {
    if (!Grammar.noun(t, from) && !Grammar.determiner(t, from) && !Grammar.adjective(t, from)
        && !t.tag(from).equals("PRP") && !t.tag(from).equals("CD")) {
      return false;
    }
    for (int i = from + 1; i <= Math.min(last, from + MAX_SUBJECT); i++) {
      if (Grammar.finite(t, i)) {
        return true;
      }
      if (!Grammar.noun(t, i) && !Grammar.adjective(t, i) && !Grammar.determiner(t, i) && !t.tag(i).equals("POS")
          && !t.tag(i).equals("CD")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the first paragraph is one line of a headline's length with no full stop at its end. */
  private static boolean titleLine(String text, Span first) {
    return HeadlineReports.shortLine(text, first) && !first.in(text).strip().endsWith(".");
  }
}
