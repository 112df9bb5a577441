package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * What "this" points ahead to after a colon is what was said: in "The CDC has said this from the start:
 * the most effective way to protect yourself is handwashing" the CDC said that handwashing is, not
 * "this", and in "Trump tweeted this: “She did it again.”" he tweeted the quote. Conditions: reported or
 * mixed content made only of pointing words ({@code cataphoric-contents.words}: "this", "it this way",
 * "the following") ending in a pointer ({@code cataphoric-contents.pointers}: "this", "way",
 * "following"), up to a colon in its sentence, with at most {@value #MAX_ADJUNCT} words and no finite
 * verb nor quote mark between the two ("from the start", "on Monday"); what follows the colon, up to
 * the sentence's end, becomes the content, typed by its quote marks. "He said this was wrong" has no
 * colon and stays. Read after the tagger.
 */
final class CataphoricContents {

  /** The most words between the pointing words and the colon ("from the very start"). */
  private static final int MAX_ADJUNCT = 6;
  private static final Set<String> WORDS = WordSets.named("cataphoric-contents.words");
  private static final Set<String> POINTERS = WordSets.named("cataphoric-contents.pointers");

  private CataphoricContents() {}

  /** Returns the drafts, each content that points ahead to a colon replaced by what follows it. */
  static List<Draft> resolved(Article doc, List<Draft> drafts) {
    List<Draft> out = drafts.stream().map(d -> resolved(doc, d)).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static Draft resolved(Article doc, Draft d) {
    Tokens t = doc.tokens();
    if (d.type() == Quote.Type.DIRECT || d.cue().isEmpty() || t.size() == 0) {
      return d;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int end = t.lastEndingBy(first, d.content().end());
    int i = first;
    while (i < t.size() && i <= end && WORDS.contains(t.lower(i)) && !t.quoted(i)) {
      i++;
    }
    if (i == first || !POINTERS.contains(t.lower(i - 1)) || i <= end && !t.word(i).equals(":")) {
      return d;
    }
    int colon = -1;
    for (int k = i; k < t.size() && k <= i + MAX_ADJUNCT && t.sentence(k) == t.sentence(first); k++) {
      if (t.word(k).equals(":")) {
        colon = k;
        break;
      }
      if (t.finite(k) || t.quoted(k) || Grammar.openingQuote(t, k)) {
        return d;
      }
    }
    if (colon < 0 || colon + 1 >= t.size() || t.sentence(colon + 1) != t.sentence(first) && !t.quoted(colon + 1)) {
      return d;
    }
    int from = colon + 1;
    int last = from;
    while (last + 1 < t.size() && (t.sentence(last + 1) == t.sentence(from) || sameQuote(t, from, last + 1))) {
      last++; // a quote after the colon runs to its close, over sentences
    }
    while (last > from && Grammar.punctuation(t, last) && !t.quoted(last)) {
      last--;
    }
    return d.withContent(t.span(from, last), Attributor.typeOf(doc, new Range(from, last)));
  }

  private static boolean sameQuote(Tokens t, int a, int b) {
    return t.quoted(a) && t.quoted(b) && t.quote(a) == t.quote(b);
  }
}
