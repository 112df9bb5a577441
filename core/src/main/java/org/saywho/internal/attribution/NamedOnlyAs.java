package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A described speaker who gives only part of a name: "A 23-year-old student who gave her name only as
 * Wanjiru said …", "One protester, who would give only his first name, Ahmed, said …", "a resident
 * identified only as Mr. Tan told …". The speaker is the name and the description its role, so that
 * "she said" after it is the same person. Conditions: a speaker described by a common noun in lower
 * case; after it, within {@value #MAX_CLAUSE} words of its own sentence and outside quote marks, a
 * word of naming ({@code named-only-as.words}: "name", "identified", "called"), then "as" or a comma,
 * then one to three capitalised words (an honorific allowed) that end at a comma, the sentence's end
 * or the cue, which follows them when the speaker comes before it. Read after the tagger.
 */
final class NamedOnlyAs {

  /** The most words between the description and the name. */
  private static final int MAX_CLAUSE = 10;
  /** The most words of the name given. */
  private static final int MAX_NAME = 3;
  private static final Set<String> NAMING = WordSets.named("named-only-as.words");

  private NamedOnlyAs() {}

  /** Returns the drafts, each described speaker who gave a name replaced by that name. */
  static List<Draft> mended(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> d.speaker().flatMap(sp -> named(t, d, sp)).map(d::withSpeaker));
  }

  private static Optional<SpeakerMention> named(Tokens t, Draft d, SpeakerMention sp) {
    if (sp.role().isPresent() || !AppositiveNames.described(t, sp)) {
      return Optional.empty();
    }
    int naming = -1;
    for (int i = sp.last() + 1; i < t.size() && i <= sp.last() + MAX_CLAUSE && t.sentence(i) == t.sentence(sp.last()); i++) {
      if (t.quoted(i) || d.cue().map(c -> c.tokens().first()).orElse(-1) == i) {
        break;
      }
      if (NAMING.contains(t.lower(i))) {
        naming = i;
      } else if (naming >= 0 && (t.lower(i).equals("as") || Grammar.comma(t, i)) && i + 1 < t.size() && t.capitalized(i + 1)) {
        return nameFrom(t, d, sp, i + 1);
      }
    }
    return Optional.empty();
  }

  private static Optional<SpeakerMention> nameFrom(Tokens t, Draft d, SpeakerMention sp, int first) {
    int end = first;
    while (end + 1 < t.size() && end + 1 - first < MAX_NAME && t.sentence(end + 1) == t.sentence(first)
        && Grammar.proper(t, end + 1) && t.capitalized(end + 1)) {
      end++;
    }
    if (!Grammar.proper(t, end) || t.quoted(end)) {
      return Optional.empty();
    }
    int next = end + 1;
    int cue = d.cue().map(c -> c.tokens().first()).orElse(-1);
    boolean before = cue > end;
    boolean closes = before ? next == cue || Grammar.comma(t, next) && next + 1 == cue
        : next >= t.size() || t.sentence(next) != t.sentence(end) || Grammar.punctuation(t, next);
    return closes ? Optional.of(new SpeakerMention(new TokenRange(first, end), end, Optional.of(new TokenRange(sp.first(), sp.last()))))
        : Optional.empty();
  }
}
