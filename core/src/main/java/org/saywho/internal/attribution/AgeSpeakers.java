package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * "“We were not there,” the 53-year-old said": an age standing for the person, which the tokenizer
 * splits into "53 - year - old", so that the grammar's noun phrase, which ends in a noun, finds no
 * speaker. Conditions: the draft has a cue and no speaker; right before the cue, or right after it and
 * closing the clause, stand "the" (or "a"), a number, a hyphen, "year", a hyphen and "old". The
 * speaker is that phrase, headed by "old"; who it is, the entity stage reads as an epithet. Read after
 * the tagger, and after sources that are things are dropped, which "year" would be.
 */
final class AgeSpeakers {

  /** "the", number, "-", "year", "-", "old". */
  private static final int LENGTH = 6;

  private AgeSpeakers() {}

  /** Returns the drafts, each cue's age phrase without a speaker made its speaker. */
  static List<Draft> with(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().isPresent() || d.cue().isEmpty() ? d : with(t, d)).toList();
  }

  private static Draft with(Tokens t, Draft d) {
    TokenRange cue = d.cue().get().tokens();
    int before = cue.first() - LENGTH;
    if (age(t, before)) {
      return d.withSpeaker(mention(before));
    }
    int after = cue.last() + 1;
    boolean closes = after + LENGTH >= t.size() || Grammar.punctuation(t, after + LENGTH);
    return age(t, after) && closes ? d.withSpeaker(mention(after)) : d;
  }

  private static SpeakerMention mention(int first) {
    return new SpeakerMention(new TokenRange(first, first + LENGTH - 1), first + LENGTH - 1, Optional.empty());
  }

  private static boolean age(Tokens t, int i) {
    if (i < 0 || i + LENGTH > t.size() || t.quoted(i) || t.sentence(i) != t.sentence(i + LENGTH - 1)) {
      return false;
    }
    String determiner = t.lower(i);
    return (determiner.equals("the") || determiner.equals("a")) && t.tag(i + 1).equals("CD") && t.word(i + 2).equals("-")
        && t.lower(i + 3).equals("year") && t.word(i + 4).equals("-") && t.lower(i + 5).equals("old");
  }
}
