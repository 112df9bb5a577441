package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;

/**
 * Groups sentences into attribution units: a quote that spans sentences ("“A. B,” she said.") holds
 * them together, up to a bound on the unit's length.
 */
public final class Units {

  private final int maxTokens;

  /**
   * Creates a grouper.
   *
   * @param maxTokens sentences stop joining beyond this many tokens
   */
  public Units(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  /**
   * Groups the sentences of an article into units.
   *
   * @param doc the tagged article
   * @return the units, in text order, covering every sentence
   */
  public List<Unit> of(Article doc) {
    List<Sentence> sentences = doc.sentences();
    Tokens t = doc.tokens();
    boolean[] joinNext = new boolean[sentences.size()];
    for (int q = 0; q < doc.quotes().size(); q++) {
      int first = doc.quoteFirstToken(q);
      int last = doc.quoteLastToken(q);
      if (first > last) {
        continue;
      }
      for (int s = t.sentence(first); s < t.sentence(last); s++) {
        joinNext[s] = true;
      }
    }
    for (int s = 0; s + 1 < sentences.size(); s++) {
      joinNext[s] |= attributionFollows(doc, sentences.get(s), sentences.get(s + 1));
    }
    List<Unit> units = new ArrayList<>();
    int s = 0;
    while (s < sentences.size()) {
      Sentence first = sentences.get(s);
      int end = first.endToken();
      int k = s;
      while (joinNext[k] && k + 1 < sentences.size() && sentences.get(k + 1).paragraph() == first.paragraph()
          && sentences.get(k + 1).endToken() - first.firstToken() <= maxTokens) {
        k++;
        end = sentences.get(k).endToken();
      }
      units.add(new Unit(first.firstToken(), end, first.paragraph()));
      s = k + 1;
    }
    return units;
  }

  /**
   * Whether a sentence ending in a quote goes on in the next one: after a quoted question or
   * exclamation ("“…?” Trump asked.", which sentence splitters cut after "?”"), or with a name signed
   * after a dash ("“…” ― Carla Sanchez").
   */
  private static boolean attributionFollows(Article doc, Sentence s, Sentence next) {
    Tokens t = doc.tokens();
    int last = s.endToken() - 1;
    if (next.paragraph() != s.paragraph() || last < 1 || !t.tag(last).equals("''") || next.size() == 0) {
      return false;
    }
    String end = t.word(last - 1);
    String first = t.word(next.firstToken());
    boolean signed = first.equals("―") || first.equals("—") || first.equals("–") || first.equals("-") || first.equals("--");
    return signed || (end.equals("?") || end.equals("!")) && !t.tag(next.firstToken()).equals("``");
  }
}
