package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * The features the attribution tagger sees at each token, apart from the labels it has already given:
 * the words and tags around it, the cue lexicon's verdict on nearby words, quote-mark state, where it
 * stands in its sentence, and what the attribution grammar decided there. No feature looks past the
 * token's sentence, so an article's attributions do not depend on what is printed before it.
 */
final class TokenFeatures {

  /** Index of the word feature in a token's features. */
  static final int WORD = 1;
  /** Index of the grammar's label feature in a token's features. */
  static final int RULE = 2;
  /** Index of the next word's feature in a token's features. */
  static final int NEXT = 3;

  private static final java.util.Set<String> CLAUSE_MARKS = java.util.Set.of(",", ";", ":", "--", "—", "–", "(", ")");

  private final CueLexicon lexicon;

  TokenFeatures(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Prepares an article's features, computed token by token on demand so that a long article never
   * holds them all at once.
   *
   * @param doc the tagged article
   * @param rules the attribution grammar's attributions, as the tagger's prior
   * @param morphology a lemmatizer confined to this call
   * @return the features of the article's tokens
   */
  OfArticle of(Article doc, List<Attribution> rules, Morphology morphology) {
    Tokens t = doc.tokens();
    String[] lemma = new String[t.size()];
    Optional<CueEntry>[] cue = cues(t, lemma, morphology);
    return new OfArticle(t, lemma, cue, RuleLabels.of(doc, rules), sentenceBounds(t));
  }

  /** The features of one article's tokens. Confined to the thread that made it. */
  static final class OfArticle {

    private final Tokens t;
    private final String[] lemma;
    private final Optional<CueEntry>[] cue;
    private final String[] rule;
    /** Each token's sentence's first and last token. */
    private final int[][] sentence;

    private OfArticle(Tokens t, String[] lemma, Optional<CueEntry>[] cue, String[] rule, int[][] sentence) {
      this.t = t;
      this.lemma = lemma;
      this.cue = cue;
      this.rule = rule;
      this.sentence = sentence;
    }

    /** Returns the features of token {@code i}. */
    String[] at(int i) {
      int first = sentence[0][i];
      int last = sentence[1][i];
      List<String> f = new ArrayList<>(48);
      f.add("b");
      f.add("w=" + t.lower(i));
      f.add("r=" + rule[i]);
      f.add("n=" + word(t, i + 1, first, last));
      f.add("l=" + lemma[i]);
      f.add("p=" + t.tag(i));
      f.add("sh=" + shape(t.word(i)));
      for (int d = -2; d <= 2; d++) {
        if (d != 0) {
          f.add("w" + d + "=" + word(t, i + d, first, last));
          f.add("p" + d + "=" + tag(t, i + d, first, last));
        }
      }
      f.add("pp=" + tag(t, i - 1, first, last) + "_" + t.tag(i));
      f.add("pn=" + t.tag(i) + "_" + tag(t, i + 1, first, last));
      f.add("q=" + (t.quoted(i) ? "in" : "out"));
      f.add("qp=" + (i > first && t.quoted(i - 1) ? "in" : "out") + (t.quoted(i) ? "in" : "out")
          + (i < last && t.quoted(i + 1) ? "in" : "out"));
      cue[i].ifPresent(e -> {
        f.add("cue");
        f.add("cf=" + frames(e));
      });
      f.add("sp=" + bucket(i - first));
      f.add("se=" + bucket(last - i));
      punctuation(t, i, first, last, -1, f);
      punctuation(t, i, first, last, 1, f);
      nearestCue(t, cue, lemma, i, first, last, -1, f);
      nearestCue(t, cue, lemma, i, first, last, 1, f);
      nearestVerb(t, lemma, i, first, last, -1, f);
      nearestVerb(t, lemma, i, first, last, 1, f);
      nearestRule(rule, i, first, last, -1, "CUE", f);
      nearestRule(rule, i, first, last, 1, "CUE", f);
      nearestRule(rule, i, first, last, -1, "SRC", f);
      nearestRule(rule, i, first, last, 1, "SRC", f);
      f.add("r-1=" + (i > first ? rule[i - 1] : "^"));
      f.add("r+1=" + (i < last ? rule[i + 1] : "$"));
      f.add("rr=" + rule[i] + "_" + t.tag(i));
      return f.toArray(new String[0]);
    }
  }

  /** The nearest lexicon cue in the sentence on one side: its distance, lemma, and what lies between. */
  private static void nearestCue(Tokens t, Optional<CueEntry>[] cue, String[] lemma, int i, int first, int last,
      int dir, List<String> f) {
    String side = dir < 0 ? "L" : "R";
    boolean comma = false;
    boolean that = false;
    boolean quote = false;
    for (int j = i + dir; j >= first && j <= last; j += dir) {
      if (cue[j].isPresent()) {
        f.add("c" + side + "=" + bucket(Math.abs(j - i)));
        f.add("c" + side + "l=" + lemma[j]);
        f.add("c" + side + "f=" + frames(cue[j].get()));
        f.add("c" + side + "x=" + (comma ? "," : "") + (that ? "t" : "") + (quote ? "q" : ""));
        f.add("c" + side + "p=" + t.tag(j) + "_" + tag(t, j + 1, first, last));
        return;
      }
      String w = t.lower(j);
      comma |= w.equals(",") || w.equals(";") || w.equals(":");
      that |= w.equals("that");
      quote |= t.quoted(j);
    }
    f.add("c" + side + "=none");
  }

  /**
   * The nearest verb outside quote marks in the sentence on one side, lexicon cue or not, with what
   * lies between: the tagger learns from the corpus which verbs report ("a poll shows that …", "it
   * seems …") beyond the lexicon's.
   */
  private static void nearestVerb(Tokens t, String[] lemma, int i, int first, int last, int dir, List<String> f) {
    String side = dir < 0 ? "L" : "R";
    boolean comma = false;
    boolean that = false;
    for (int j = i + dir; j >= first && j <= last; j += dir) {
      if (!t.quoted(j) && t.tagIs(j, "VB") && !Grammar.auxiliary(t, j)) {
        String between = (comma ? "," : "") + (that ? "t" : "");
        f.add("v" + side + "=" + lemma[j]);
        f.add("v" + side + "d=" + bucket(Math.abs(j - i)) + between);
        f.add("v" + side + "x=" + lemma[j] + "_" + between + (Math.abs(j - i) == 1 ? "1" : ""));
        return;
      }
      String w = t.lower(j);
      comma |= w.equals(",") || w.equals(";") || w.equals(":");
      that |= w.equals("that");
    }
    f.add("v" + side + "=none");
  }

  /** Each token's sentence's first token ({@code [0][i]}) and last token ({@code [1][i]}). */
  private static int[][] sentenceBounds(Tokens t) {
    int n = t.size();
    int[][] out = new int[2][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = i > 0 && t.sentence(i - 1) == t.sentence(i) ? out[0][i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      out[1][i] = i + 1 < n && t.sentence(i + 1) == t.sentence(i) ? out[1][i + 1] : i;
    }
    return out;
  }

  /** How far the grammar's nearest cue or source lies in the sentence on one side. */
  private static void nearestRule(String[] rule, int i, int first, int last, int dir, String label, List<String> f) {
    for (int j = i + dir; j >= first && j <= last; j += dir) {
      if (rule[j].equals(label)) {
        f.add("g" + label + (dir < 0 ? "L" : "R") + "=" + bucket(Math.abs(j - i)));
        return;
      }
    }
  }

  /** The nearest clause punctuation or relative word in the sentence on one side, and how far. */
  private static void punctuation(Tokens t, int i, int first, int last, int dir, List<String> f) {
    String side = dir < 0 ? "L" : "R";
    for (int j = i + dir; j >= first && j <= last; j += dir) {
      String w = t.lower(j);
      if (CLAUSE_MARKS.contains(w) || (t.tagIs(j, "W") && !t.quoted(j))) {
        f.add("k" + side + "=" + (CLAUSE_MARKS.contains(w) ? w : t.tag(j)) + "_" + bucket(Math.abs(j - i)));
        f.add("k" + side + "n=" + (CLAUSE_MARKS.contains(w) ? w : t.tag(j)) + "_" + word(t, j + 1, first, last));
        return;
      }
    }
    f.add("k" + side + "=none_" + bucket(dir < 0 ? i - first : last - i));
  }

  @SuppressWarnings("unchecked")
  private Optional<CueEntry>[] cues(Tokens t, String[] lemma, Morphology morphology) {
    Optional<CueEntry>[] out = new Optional[t.size()];
    for (int i = 0; i < t.size(); i++) {
      lemma[i] = morphology.lemma(t.lower(i), t.tag(i));
      boolean content = t.tagIs(i, "VB") || t.tagIs(i, "NN");
      out[i] = content && !t.quoted(i) ? lexicon.single(lemma[i]) : Optional.empty();
      if (out[i].isEmpty() && content && !t.quoted(i)) {
        out[i] = lexicon.multi(lemma[i]).stream().filter(e -> !e.takes(CueEntry.Frame.LATER)).findFirst();
      }
    }
    return out;
  }

  private static String frames(CueEntry e) {
    char[] c = new char[e.frames().size()];
    int k = 0;
    for (CueEntry.Frame fr : e.frames()) {
      c[k++] = fr.name().charAt(0);
    }
    Arrays.sort(c);
    return new String(c);
  }

  /** The word at {@code i} within the sentence {@code [first, last]}: a token never sees past its sentence. */
  private static String word(Tokens t, int i, int first, int last) {
    return i < first ? "^" : i > last ? "$" : t.lower(i);
  }

  private static String tag(Tokens t, int i, int first, int last) {
    return i < first ? "^" : i > last ? "$" : t.tag(i);
  }

  static String bucket(int d) {
    return d <= 3 ? Integer.toString(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
  }

  private static String shape(String w) {
    if (w.isEmpty()) {
      return "e";
    }
    char c = w.charAt(0);
    if (Character.isUpperCase(c)) {
      return w.length() > 1 && w.chars().allMatch(Character::isUpperCase) ? "AA" : "Aa";
    }
    if (Character.isDigit(c)) {
      return "9";
    }
    return Character.isLetter(c) ? "a" : "p";
  }
}
