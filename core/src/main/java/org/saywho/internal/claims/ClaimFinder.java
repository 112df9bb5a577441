package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saywho.Span;
import java.util.OptionalInt;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.Tokens;

/**
 * Finds the claims of an article: each sentence of a quote's or reported speech's content is a claim
 * by its speaker; each sentence with no attribution is a claim by the article. Questions, greetings
 * and fragments with neither a verb nor a number are not claims. Every claim is typed and checked for
 * hedges by its own words, and scored by the check-worthiness model on the whole sentence that
 * reports it: "Trump said on Tuesday that NATO should…" is a checkable report even where "NATO
 * should…" alone is a position.
 */
public final class ClaimFinder {

  private static final Set<String> GREETINGS = Set.of(
      "thank", "thanks", "hello", "hi", "good", "welcome", "congratulations", "goodbye", "bye", "please");
  private static final int MIN_WORDS = 3;
  private static final int NEIGHBOURS = 8;
  /** Words are counted in Latin script only: SayWho reads English. */
  private static final char LATIN_END = '\u0250';

  private final CheckWorthinessModel model;

  /**
   * Creates a finder.
   *
   * @param model the check-worthiness classifier
   */
  public ClaimFinder(CheckWorthinessModel model) {
    this.model = model;
  }

  /**
   * Finds the claims of an article.
   *
   * @param doc the tagged article
   * @param attributions its attributions, sorted by content (as the attribution stage returns them)
   * @return the claims, in text order
   */
  public List<ClaimCandidate> find(Article doc, List<Attribution> attributions) {
    List<ClaimCandidate> out = new ArrayList<>();
    int next = 0;
    for (Sentence s : doc.sentences()) {
      while (next < attributions.size() && attributions.get(next).content().end() <= s.span().start()) {
        next++;
      }
      boolean reported = false;
      double[] score = {Double.NaN};
      for (int k = next; k < attributions.size() && attributions.get(k).content().start() < s.span().end(); k++) {
        Attribution a = attributions.get(k);
        if (a.content().overlaps(s.span()) && !nested(attributions, k)) {
          reported = true;
          add(doc, s, score, OptionalInt.of(k), Math.max(a.content().start(), s.span().start()), Math.min(a.content().end(), s.span().end()), out);
        }
      }
      if (!reported && !speakerOnly(doc, s, attributions, next)) {
        add(doc, s, score, OptionalInt.empty(), s.span().start(), s.span().end(), out);
      }
    }
    return out;
  }

  /**
   * Whether another attribution's content holds this one's (nested reports make one claim). The list
   * is sorted by content, so a holder starts at or before it; only a few neighbours are looked at.
   */
  private static boolean nested(List<Attribution> sorted, int k) {
    Attribution a = sorted.get(k);
    for (int j = Math.max(0, k - NEIGHBOURS); j < Math.min(sorted.size(), k + NEIGHBOURS); j++) {
      Attribution o = sorted.get(j);
      if (j != k && o.content().contains(a.content()) && !o.content().equals(a.content())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence only names a speaker for a neighbouring quote ("Trump said Friday."). */
  private static boolean speakerOnly(Article doc, Sentence s, List<Attribution> attributions, int from) {
    for (int k = Math.max(0, from - 2); k < Math.min(attributions.size(), from + 3); k++) {
      boolean names = attributions.get(k).speaker()
          .filter(sp -> doc.tokens().span(sp.first(), sp.last()).overlaps(s.span())).isPresent();
      if (names) {
        return true;
      }
    }
    return false;
  }

  /** Adds the claim of {@code [start, end)}; {@code score} caches the sentence's score across calls. */
  private void add(Article doc, Sentence sentence, double[] score, OptionalInt source, int start, int end,
      List<ClaimCandidate> out) {
    Tokens t = doc.tokens();
    int first = t.firstAtOrAfter(start);
    int last = first - 1;
    while (last + 1 < t.size() && t.end(last + 1) <= end) {
      last++;
    }
    while (first <= last && trimmable(t, first)) {
      first++;
    }
    while (last >= first && trimmable(t, last) && !(t.tag(last).equals("''") && opensInside(t, first, last))) {
      last--;
    }
    if (last < first || !claimLike(t, first, last)) {
      return;
    }
    if (Double.isNaN(score[0])) {
      score[0] = model.score(ClaimFeatures.of(t, sentence.firstToken(), sentence.endToken()));
    }
    out.add(new ClaimCandidate(Span.of(t.start(first), t.end(last)), source, ClaimTypes.type(t, first, last + 1),
        score[0], score[0] >= model.threshold(), ClaimTypes.hedged(t, first, last + 1)));
  }

  /** Whether a quote opens inside {@code [first, last)}, so the closing mark at {@code last} belongs. */
  private static boolean opensInside(Tokens t, int first, int last) {
    for (int i = first; i < last; i++) {
      if (t.tag(i).equals("``")) {
        return true;
      }
    }
    return false;
  }

  private static boolean trimmable(Tokens t, int i) {
    String w = t.word(i);
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("-") || t.tag(i).equals("``")
        || t.tag(i).equals("''") || w.equals("(") || w.equals(")");
  }

  /**
   * Whether tokens {@code [first, last]} read as a statement: mostly words, a verb or a number, no
   * question.
   */
  private static boolean claimLike(Tokens t, int first, int last) {
    int words = 0;
    boolean verb = false;
    boolean number = false;
    for (int i = first; i <= last; i++) {
      char c = t.word(i).charAt(0);
      if (c < LATIN_END && Character.isLetterOrDigit(c)) {
        words++;
      }
      verb |= t.tag(i).startsWith("VB") || t.tag(i).equals("MD");
      number |= t.tag(i).equals("CD");
    }
    if (words < MIN_WORDS || words * 2 < last - first + 1 || t.word(last).equals("?") || !(verb || number)) {
      return false;
    }
    return !(GREETINGS.contains(t.lower(first)) && words <= 6);
  }
}
