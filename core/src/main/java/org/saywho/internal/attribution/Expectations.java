package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;

/**
 * An expectation no one is named for: in "About one of every nine voters this fall is expected to be
 * Latino", someone expects that the voters will be Latino. As PolNeAR marks it, the report has no
 * source and two parts, the subject ("About one of every nine voters this fall") and the infinitive
 * ("to be Latino"); the cue is "is expected", a mental state. Conditions: a form of "be" (after
 * adverbs or a modal and its subject: "could be expected"), "expected" as a participle, then "to" and a
 * verb; the subject is the noun phrase, or the relative pronoun, right before the verb group; the
 * infinitive runs to the clause's end (a comma, colon, semicolon or dash, or the sentence's end). Not
 * "expected" as an active verb ("Analysts expected the deal to close", which the grammar reads with
 * its speaker), nor where an attribution holds the subject or the infinitive already; a report the
 * tagger cut short at the subject ("Shares are expected to rise, analysts said" gave the analysts
 * "Shares") goes on through the infinitive instead. An absolute "with" phrase expects the same way,
 * with no form of "be" ({@link #absoluteSubject}). Read after the tagger.
 */
final class Expectations {

  private static final Set<String> BE = WordSets.named("expectations.be");
  private static final String LEMMA = "expect";
  private static final double CONFIDENCE = 0.6;

  private Expectations() {}

  /** Returns the drafts with each unattributed expectation's two parts added. */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int e = 1; e + 2 < t.size(); e++) {
      if (!t.lower(e).equals("expected") || !t.tagIs(e, "VB") || !t.lower(e + 1).equals("to")
          || !t.tagIs(e + 2, "VB") || t.quoted(e)) {
        continue;
      }
      Optional<Range> absolute = absoluteSubject(t, e);
      if (absolute.isPresent()) {
        Range infinitive = new Range(e + 1, clauseEnd(t, e + 2));
        int at = e;
        List<Draft> others = out.stream().filter(d -> d.cue().map(c -> c.tokens().last() != at).orElse(true)).toList();
        if (!held(t, others, absolute.get()) && !held(t, others, infinitive)) {
          CueMention cue = new CueMention(new TokenRange(e, e), LEMMA, lexicon.kind(LEMMA));
          out = new ArrayList<>(others);
          out.add(Attributor.draft(doc, absolute.get(), Attribution.Origin.CUE, cue, Optional.empty(), CONFIDENCE));
          out.add(Attributor.draft(doc, infinitive, Attribution.Origin.CUE, cue, Optional.empty(), CONFIDENCE));
        }
        continue;
      }
      if (!t.tag(e).equals("VBN")) {
        continue;
      }
      int be = e - 1;
      while (be > 0 && Grammar.adverb(t, be)) {
        be--;
      }
      if (!BE.contains(t.lower(be))) {
        continue;
      }
      int p = be - 1;
      while (p >= 0 && t.sentence(p) == t.sentence(e) && (Grammar.adverb(t, p) || Grammar.auxiliary(t, p)
          || t.lower(p).equals("not"))) {
        p--;
      }
      if (p < 0 || t.sentence(p) != t.sentence(e)) {
        continue;
      }
      Range infinitive = new Range(e + 1, clauseEnd(t, e + 2));
      Optional<Draft> cut = reportCutAt(t, out, p, infinitive.last());
      if (cut.isPresent()) {
        Draft d = cut.get();
        out.set(out.indexOf(d), d.withContent(new Span(d.content().start(), t.end(infinitive.last())), d.type()));
        continue;
      }
      Optional<Range> subject = subject(t, p);
      if (subject.isEmpty() || held(t, drafts, subject.get()) || held(t, drafts, infinitive)) {
        continue;
      }
      CueMention cue = new CueMention(new TokenRange(be, e), LEMMA, lexicon.kind(LEMMA));
      out.add(Attributor.draft(doc, subject.get(), Attribution.Origin.CUE, cue, Optional.empty(), CONFIDENCE));
      out.add(Attributor.draft(doc, infinitive, Attribution.Origin.CUE, cue, Optional.empty(), CONFIDENCE));
    }
    return out.equals(drafts) ? drafts : out;
  }

  /**
   * The subject of an absolute expectation, a noun phrase between "with" and "expected" ("Markets fell,
   * with the central bank expected to raise rates again"; "with both President Barack Obama and his
   * wife Michelle expected to visit"): no one named expects it, and the phrase is not who expects,
   * whether the tagger reads "expected" as a participle or a past tense. The phrase holds nouns,
   * names, determiners, adjectives, numbers and "and", and ends in a noun.
   */
  private static Optional<Range> absoluteSubject(Tokens t, int e) {
    if (e < 2 || !Grammar.noun(t, e - 1)) {
      return Optional.empty();
    }
    for (int i = e - 2; i >= 0 && t.sentence(i) == t.sentence(e); i--) {
      if (t.lower(i).equals("with") && t.tag(i).equals("IN")) {
        return Optional.of(new Range(i + 1, e - 1));
      }
      if (!(Grammar.noun(t, i) || t.tagIs(i, "JJ") || t.tag(i).equals("DT") || t.tag(i).equals("CD")
          || t.tag(i).equals("PRP$") || t.tag(i).equals("POS") || t.tag(i).equals("HYPH") || t.lower(i).equals("and"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A report whose content the tagger ended at the expectation's subject, reading "are expected" as a
   * cue of its own: in "Shares are expected to rise, analysts said", the analysts said all of "Shares
   * are expected to rise", as PolNeAR marks a report holding another. Its content ends at token
   * {@code p}, it is reported speech with no quote mark in the rest of the clause, and its cue comes
   * after the clause's last token {@code last} or before its content.
   */
  private static Optional<Draft> reportCutAt(Tokens t, List<Draft> drafts, int p, int last) {
    for (int i = p + 1; i <= last; i++) {
      if (t.quoted(i)) {
        return Optional.empty();
      }
    }
    return drafts.stream().filter(d -> d.type() == Quote.Type.INDIRECT && d.content().end() == t.end(p)
        && d.cue().map(c -> c.tokens().first() > last || t.end(c.tokens().last()) <= d.content().start()).orElse(false))
        .findFirst();
  }

  /**
   * The relative pronoun at {@code p}, or the noun phrase ending there: before a phrase that dates it,
   * and through a preposition's object to the noun or number it belongs to.
   */
  private static Optional<Range> subject(Tokens t, int p) {
    if (Grammar.RELATIVE_PRONOUNS.contains(t.lower(p)) || t.lower(p).equals("that") && t.tag(p).equals("WDT")) {
      return Optional.of(new Range(p, p));
    }
    int lo = t.sentenceStart(p);
    int end = p;
    int s = NounPhrases.startLeftOf(t, end, lo);
    if (s > lo && t.tag(s).equals("DT") && Grammar.noun(t, s - 1)) {
      end = s - 1; // "voters this fall": a noun phrase right after a noun dates the subject
      s = NounPhrases.startLeftOf(t, end, lo);
    }
    if (s < 0) {
      return Optional.empty();
    }
    if (s - 2 >= lo && t.tag(s - 1).equals("IN")) {
      String head = t.tag(s - 2);
      int outer = head.equals("CD") || head.equals("JJS") ? s - 2 // "one of every nine voters", "most of them"
          : Grammar.noun(t, s - 2) ? NounPhrases.startLeftOf(t, s - 2, lo) : -1;
      s = outer >= 0 ? outer : s;
    }
    return Optional.of(new Range(s, end));
  }

  /** The last token of the clause going on from {@code from}. */
  private static int clauseEnd(Tokens t, int from) {
    int i = from;
    while (i + 1 < t.size() && t.sentence(i + 1) == t.sentence(from) && !clauseBreak(t, i + 1)) {
      i++;
    }
    while (i > from && Grammar.punctuation(t, i)) {
      i--;
    }
    return i;
  }

  private static boolean clauseBreak(Tokens t, int i) {
    String w = t.word(i);
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--") || w.equals("–");
  }

  private static boolean held(Tokens t, List<Draft> drafts, Range r) {
    return Draft.anyHolds(drafts, t.span(r.first(), r.last()));
  }
}
