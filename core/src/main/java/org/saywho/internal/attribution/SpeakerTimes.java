package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A day closing the speaker dates the report, not the speaker: "The DNC on Monday said …" and
 * "released a statement Tuesday saying …" are reported by "The DNC" and "a statement", which are what
 * the article and a corpus count. Conditions: the speaker mention ends in a weekday, with an optional
 * time of day after it ("Thursday evening") and an optional "on", "in" or "last" before it; right
 * before those stands a noun of the mention, not a determiner or preposition ("Friday" alone stays),
 * and a lower-case one when no such word leads the day ("Super Tuesday" stays); an appositive role
 * does not reach into the time. The time leaves the mention, and the head moves to the new last word
 * when it was in the time. Read after the tagger, whose source spans carry such times.
 */
final class SpeakerTimes {

  private static final Set<String> LEADS = WordSets.named("speaker-times.leads");

  private SpeakerTimes() {}

  /** Returns the drafts, each speaker that closes with a day without it. */
  static List<Draft> trimmed(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().map(sp -> trimmed(t, d, sp)).orElse(d)).toList();
  }

  private static Draft trimmed(Tokens t, Draft d, SpeakerMention sp) {
    int k = sp.last();
    if (Grammar.TIMES_OF_DAY.contains(t.lower(k))) {
      k--;
    }
    if (k <= sp.first() || !Grammar.DAYS.contains(t.lower(k))) {
      return d;
    }
    k--;
    boolean led = LEADS.contains(t.lower(k));
    if (led) {
      k--;
    }
    int last = k;
    boolean roleInTheTime = sp.role().map(r -> r.last() > last).orElse(false);
    if (last < sp.first() || !Grammar.noun(t, last) || !led && t.capitalized(last) || roleInTheTime) {
      return d;
    }
    int head = Math.min(sp.head(), last);
    return d.withSpeaker(new SpeakerMention(new TokenRange(sp.first(), last), head, sp.role()));
  }
}
