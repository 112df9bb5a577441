package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * A reported clause keeps its own subject and verb: "Hoffmeister told Reuters that Shopify expected
 * fourth-quarter revenue growth “in the mid-twenties”" reports all that follows "that", where the
 * tagger began the content at the verb's object. Conditions: a content that is no direct quote and
 * follows its cue; right before it a finite verb outside quote marks, and before that a subject of at
 * most {@value #MAX_SUBJECT} words (nouns, determiners, pronouns, adjectives, numbers, possessives)
 * that a "that" after the cue opens. And a "that" right before a content that opens with a finite verb
 * is the clause's subject, not its complementiser ("Ziv says that is not enough" reports "that is not
 * enough", where the tagger reads "that" as a subordinator and began the content at "is"), when the
 * "that" follows the cue (after a noun it is a relative pronoun: "a summit that was held …"); not when
 * a pronoun follows the verb ("said that had he known", an inverted condition). Read after the tagger.
 */
final class ContentSubjects {

  /** The most words of the subject between "that" and its verb. */
  private static final int MAX_SUBJECT = 4;

  private ContentSubjects() {}

  /** Returns the drafts, each content that lost its clause's subject and verb given them back. */
  static List<Draft> widened(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> withSubject(t, d).or(() -> withDemonstrative(t, d)));
  }

  private static Optional<Draft> withDemonstrative(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty()) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int that = first - 1;
    if (first + 1 >= t.size() || that != d.cue().get().tokens().last() + 1 || !t.lower(that).equals("that")
        || t.quoted(that) || !t.finite(first) || t.quoted(first) || t.tag(first + 1).startsWith("PRP")) {
      return Optional.empty();
    }
    return Optional.of(d.withContent(Span.of(t.start(that), d.content().end()), d.type()));
  }

  private static Optional<Draft> withSubject(Tokens t, Draft d) {
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty()) {
      return Optional.empty();
    }
    int first = t.firstAtOrAfter(d.content().start());
    int cueLast = d.cue().get().tokens().last();
    int verb = first - 1;
    if (first >= t.size() || verb - 2 <= cueLast || !t.finite(verb) || t.quoted(verb)) {
      return Optional.empty();
    }
    for (int k = verb - 1; k > cueLast && k >= verb - 1 - MAX_SUBJECT; k--) {
      if (t.lower(k).equals("that") && k < verb - 1) {
        return Optional.of(d.withContent(Span.of(t.start(k + 1), d.content().end()), d.type()));
      }
      if (!subjectWord(t, k)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean subjectWord(Tokens t, int k) {
    String tag = t.tag(k);
    return !t.quoted(k) && (tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("PRP") || tag.startsWith("JJ")
        || tag.equals("POS") || tag.equals("CD"));
  }
}
