package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Tokens;

/**
 * A cue word joined by a hyphen to the word before it is half of a compound adjective, not a verb of
 * speech: "some of the best-known writers, has died", "her self-published memoir", "the so-called
 * “deal”", "a late-deciding electorate" report nothing. Conditions: the cue's first token follows a
 * hyphen ("-", not a dash: "The transcript of the debate–published by The Washington Post–shows …"
 * reports) that touches a word on each side. Read after the tagger, which reads the words apart.
 */
final class CompoundCues {

  private CompoundCues() {}

  /** Returns the drafts without those whose cue opens inside a hyphenated compound. */
  static List<Draft> without(Tokens t, List<Draft> drafts) {
    List<Draft> out = drafts.stream().filter(d -> !inACompound(t, d)).toList();
    return out.equals(drafts) ? drafts : out;
  }

  private static boolean inACompound(Tokens t, Draft d) {
    return d.cue().filter(c -> {
      int first = c.tokens().first();
      return first > 1 && t.word(first - 1).equals("-") && Grammar.joiningHyphen(t, first - 1);
    }).isPresent();
  }
}
