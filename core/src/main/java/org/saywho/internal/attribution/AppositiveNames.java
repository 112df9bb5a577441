package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * The name in an apposition after an inverted speaker that is only described: "said the city's chief
 * engineer, Mary-Ann O'Neil." and "said a spokesperson for Health Canada, Jean Tremblay, who …", and
 * after a count of the description ("said father of three Marcus Obi"). The speaker is the named
 * person and the description becomes the role. Conditions: the description is headed by a common noun
 * in lower case, a comma follows it (or "of" and a number), then at least two capitalised words of a proper name
 * (initials and hyphens inside it allowed), and the name ends at punctuation, the sentence's end or a
 * relative word. It is read after the tagger, so what the tagger reads does not change.
 */
final class AppositiveNames {

  private AppositiveNames() {}

  /** Returns the drafts, an inverted described speaker replaced by the name its apposition gives. */
  static List<Draft> with(Article doc, List<Draft> drafts) {
    return drafts.stream().map(d -> withName(doc, d)).toList();
  }

  private static Draft withName(Article doc, Draft d) {
    Tokens t = doc.tokens();
    int open = AppositiveRoles.appositionAfterInvertedSpeaker(t, d);
    if (open < 0) {
      open = nameAfterACount(t, d);
    }
    if (open < 0 || !described(t, d.speaker().get())) {
      return d;
    }
    SpeakerMention sp = d.speaker().get();
    int hi = doc.sentences().get(t.sentence(open)).endToken() - 1;
    int end = open;
    int words = 0;
    while (end <= hi && (Grammar.proper(t, end) && Character.isUpperCase(t.word(end).codePointAt(0))
        || Grammar.joiningHyphen(t, end) && words > 0)) {
      words += Grammar.proper(t, end) ? 1 : 0;
      end++;
    }
    end--;
    boolean closes = end + 1 > hi || Grammar.punctuation(t, end + 1) || Grammar.RELATIVE_PRONOUNS.contains(t.lower(end + 1));
    if (words < 2 || !Grammar.proper(t, end) || !closes || t.end(end) > d.content().start() && t.start(open) < d.content().end()) {
      return d;
    }
    int roleLast = Grammar.comma(t, open - 1) ? sp.last() : open - 1;
    return d.withSpeaker(new SpeakerMention(new TokenRange(open, end), end, Optional.of(new TokenRange(sp.first(), roleLast))));
  }

  /**
   * The first word of a name right after an inverted described speaker, "of" and a number ("said
   * father of three Marcus Obi"), or -1.
   */
  private static int nameAfterACount(Tokens t, Draft d) {
    if (!AppositiveRoles.invertedWithoutARole(d)) {
      return -1;
    }
    int of = d.speaker().get().last() + 1;
    boolean counted = of + 2 < t.size() && t.lower(of).equals("of") && t.tag(of + 1).equals("CD")
        && t.sentence(of + 2) == t.sentence(of);
    return counted ? of + 2 : -1;
  }

  /** Whether the speaker is a description: its head a common noun in lower case ("lawyer" in "Trump's lawyer"). */
  static boolean described(Tokens t, SpeakerMention sp) {
    return t.tag(sp.head()).startsWith("NN") && !Grammar.proper(t, sp.head()) && Character.isLowerCase(t.word(sp.head()).codePointAt(0));
  }
}
