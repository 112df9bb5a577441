package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saywho.Claim;
import org.saywho.Span;
import org.saywho.internal.claims.ClaimWords.Category;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * The features the news claim model reads from a sentence in its article: the check-worthiness
 * score of the debate model, how attribution covers it (in a quote or reported speech, the cue's kind
 * and lemma, only naming a speaker), the rule type and hedge, the word classes of
 * {@link ClaimWords}, tense and modality, person, punctuation, length and position. Binary; the same
 * code serves training and extraction, so the two always agree.
 */
public final class SentenceFeatures {

  /** Sentences an article needs before a sentence's position in it says anything. */
  private static final int MIN_ARTICLE = 5;
  private static final double[] SCORE_STEPS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
  private static final Set<String> FIRST = WordSets.named("sentence-features.first");
  private static final Set<String> SECOND = WordSets.named("sentence-features.second");

  /** How many attributions before a sentence's first overlapping one are looked at (sorted by content). */
  static final int NEIGHBOURS = 8;
  /** How far past a sentence an attribution's content may start and still have its cue inside. */
  private static final int REACH = 400;

  private final CheckWorthinessModel debate;
  private final ClaimWords words;
  private final ClaimTypes types;

  /**
   * Creates the feature extractor.
   *
   * @param debate the check-worthiness classifier trained on debate sentences
   * @param words the claim stage's word lists
   * @param lexicon SayWho's word lists
   */
  public SentenceFeatures(CheckWorthinessModel debate, ClaimWords words, Words lexicon) {
    this.debate = debate;
    this.words = words;
    this.types = new ClaimTypes(words, lexicon);
  }

  /**
   * Returns the features of tokens {@code [first, end)}, the {@code ordinal}-th sentence of the
   * article.
   *
   * @param doc the tagged article
   * @param first the sentence's first token
   * @param end one past its last token
   * @param ordinal its position in the article, from 0
   * @param attributions the article's attributions, sorted by content
   * @return the features
   */
  public List<String> of(Article doc, int first, int end, int ordinal, List<Attribution> attributions) {
    return of(input(doc, first, end, ordinal, attributions, 0));
  }

  /**
   * Gathers what the features read of a sentence: the attributions touching it (by content, cue or
   * speaker) and the debate model's score.
   *
   * @param from the index of the first attribution whose content ends after the sentence starts
   */
  Input input(Article doc, int first, int end, int ordinal, List<Attribution> attributions, int from) {
    Tokens t = doc.tokens();
    Span span = Span.of(t.start(first), t.end(end - 1));
    List<Attribution> touching = new ArrayList<>();
    for (int k = Math.max(0, from - NEIGHBOURS); k < attributions.size() && attributions.get(k).content().start() < span.end() + REACH; k++) {
      Attribution a = attributions.get(k);
      boolean cue = a.cue().filter(c -> c.tokens().first() >= first && c.tokens().first() < end).isPresent();
      boolean speaker = a.speaker().filter(sp -> sp.first() >= first && sp.first() < end).isPresent();
      if (a.content().overlaps(span) || cue || speaker) {
        touching.add(a);
      }
    }
    return new Input(doc, first, end, ordinal, touching, debate.score(ClaimFeatures.of(t, first, end)),
        types.hedgedAsTrained(t, first, end));
  }

  /**
   * A sentence to describe.
   *
   * @param doc the article
   * @param first the sentence's first token
   * @param end one past its last token
   * @param ordinal the sentence's position in the article, from 0
   * @param attributions the attributions whose content or cue overlaps it
   * @param checkWorthiness the debate model's balanced score of the sentence
   * @param hedged whether the sentence's own words hedge it, as the news claim model was trained to read them
   */
  record Input(Article doc, int first, int end, int ordinal, List<Attribution> attributions, double checkWorthiness,
      boolean hedged) {}

  List<String> of(Input in) {
    Set<String> f = new LinkedHashSet<>();
    Tokens t = in.doc().tokens();
    for (double step : SCORE_STEPS) {
      if (in.checkWorthiness() >= step) {
        f.add("cb>=" + step);
      }
    }
    attribution(in, t, f);
    Claim.Type rule = types.type(t, in.first(), in.end());
    f.add("rule=" + rule);
    f.add("rule=" + rule + (in.attributions().isEmpty() ? "&own" : "&reported"));
    if (in.hedged()) {
      f.add("hedge");
    }
    int words = 0;
    boolean verb = false;
    int capitalized = 0;
    for (int i = in.first(); i < in.end(); i++) {
      String w = t.lower(i);
      String tag = t.tag(i);
      if (Character.isLetterOrDigit(w.charAt(0))) {
        words++;
        if (t.capitalized(i)) {
          capitalized++;
        }
      }
      verb |= tag.startsWith("VB") || tag.equals("MD");
      String where = inContent(in, t, i) ? "c:" : "o:";
      for (Category c : Category.values()) {
        if (c != Category.HEDGEATTRIBUTIVE && this.words.is(c, w)) { // a refinement of HEDGE, which is a feature
          f.add("cat=" + c);
          f.add(where + c);
        }
      }
      if (tag.startsWith("VB") || tag.equals("MD")) {
        f.add(where + tag);
      }
      if (types.pointNumber(t, i)) {
        f.add("num");
      }
      if (tag.equals("MD")) {
        f.add("md=" + w);
      }
      if (tag.equals("VBD")) {
        f.add("vbd");
      } else if (tag.equals("VBZ") || tag.equals("VBP")) {
        f.add("present");
      } else if (tag.equals("VBG") && i > in.first() && t.lower(i - 1).startsWith("'")) {
        f.add("progressive");
      }
      if (tag.equals("JJR") || tag.equals("JJS") || tag.equals("RBS") || tag.equals("RBR")) {
        f.add("compare");
      }
      if (FIRST.contains(w)) {
        f.add("person1");
      } else if (SECOND.contains(w)) {
        f.add("person2");
      }
      if (tag.equals("NNP")) {
        f.add("name");
      }

    }
    mainVerbs(in, t, f);
    String last = t.word(lastWord(t, in.first(), in.end()));
    f.add("end=" + (last.equals("?") || last.equals("!") || last.equals(":") ? last : "."));
    if (!verb) {
      f.add("noverb");
    }
    if (words > 0 && t.tag(firstWordOf(t, in.first(), in.end())).equals("VB")) {
      f.add("imperative");
    }
    f.add("len=" + (words <= 4 ? "xs" : words <= 10 ? "s" : words <= 20 ? "m" : words <= 35 ? "l" : "xl"));
    if (words > 0 && capitalized * 10 >= words * 7) {
      f.add("titlecase");
    }
    if (isArticle(in.doc())) {
      f.add("pos=" + Math.min(in.ordinal(), 3)); // the headline and lead of an article, not of a lone sentence
    }
    int paragraph = in.doc().paragraphOf(in.first());
    if (paragraph >= 0 && in.doc().paragraphOf(Math.max(0, in.first() - 1)) != paragraph || in.first() == 0) {
      f.add("parastart");
    }
    return new ArrayList<>(f);
  }

  private static void attribution(Input in, Tokens t, Set<String> f) {
    if (in.attributions().isEmpty()) {
      f.add("att=none");
      return;
    }
    int sentenceChars = t.end(in.end() - 1) - t.start(in.first());
    for (Attribution a : in.attributions()) {
      f.add("att=" + a.type());
      f.add("origin=" + a.origin());
      a.cue().ifPresent(c -> {
        f.add("cue=" + c.kind());
        f.add("lemma=" + c.lemma());
        if (c.tokens().first() >= in.first() && c.tokens().last() < in.end()) {
          f.add("cuehere");
        }
      });
      int inside = Math.min(a.content().end(), t.end(in.end() - 1)) - Math.max(a.content().start(), t.start(in.first()));
      f.add(inside * 5 >= sentenceChars * 4 ? "covered" : inside > 0 ? "part" : "outside");
      if (a.speaker().filter(s -> s.first() >= in.first() && s.last() < in.end()).isPresent()) {
        f.add("speakerhere");
      }
    }
  }

  /** The first verb of the sentence and the first verb of the reported content, as words. */
  private static void mainVerbs(Input in, Tokens t, Set<String> f) {
    boolean sentence = false;
    boolean content = false;
    for (int i = in.first(); i < in.end() && !(sentence && content); i++) {
      if (!t.tag(i).startsWith("VB") && !t.tag(i).equals("MD")) {
        continue;
      }
      if (!sentence) {
        f.add("v1=" + t.lower(i));
        sentence = true;
      }
      if (!content && inContent(in, t, i)) {
        f.add("vc=" + t.lower(i));
        content = true;
      }
    }
  }

  /**
   * Whether the text is long enough to be read as an article, with a headline, a lead and a body;
   * shorter texts (a lone sentence, a snippet) are read as the debate model's sentences are.
   *
   * @param doc the text
   * @return true for five sentences or more
   */
  static boolean isArticle(Article doc) {
    return doc.sentences().size() >= MIN_ARTICLE;
  }

  private static boolean inContent(Input in, Tokens t, int i) {
    for (Attribution a : in.attributions()) {
      if (a.content().start() <= t.start(i) && t.end(i) <= a.content().end()) {
        return true;
      }
    }
    return false;
  }

  private static int firstWordOf(Tokens t, int first, int end) {
    int i = first;
    while (i < end - 1 && !Character.isLetterOrDigit(t.word(i).charAt(0))) {
      i++;
    }
    return i;
  }

  private static int lastWord(Tokens t, int first, int end) {
    int i = end - 1;
    while (i > first && (t.tag(i).equals("''") || t.word(i).equals(")"))) {
      i--;
    }
    return i;
  }
}
