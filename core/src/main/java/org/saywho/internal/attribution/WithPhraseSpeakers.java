package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * "Plans for a cycle lane have divided councillors, with one calling the proposal ‘a solution looking
 * for a problem’": the participle of an absolute "with" phrase reports what the phrase's own noun
 * says, not the clause's subject. Conditions: the cue is a participle ("calling", "saying", "arguing")
 * right after a noun phrase that directly follows "with", outside quotes, in the cue's sentence. The
 * speaker becomes that noun phrase ("one", "critics", "some experts"). The phrase's noun may also speak
 * through what it handles ({@link #handler}): in "with 40 backbenchers signing a letter urging the
 * Chancellor to think again" the backbenchers urge. Read after the tagger, which gives such a report
 * the clause's subject or no speaker.
 */
final class WithPhraseSpeakers {

  /** The tags of words that approximate a count ("at least", "more than", "nearly"). */
  private static final Set<String> APPROXIMATING = Set.of("IN", "JJS", "JJR", "RB", "RBR", "RBS");

  private WithPhraseSpeakers() {}

  /** Returns the drafts, each absolute "with" phrase's report given the phrase's noun as its speaker. */
  static List<Draft> mended(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.cue().isEmpty() ? d : mended(t, d)).toList();
  }

  private static Draft mended(Tokens t, Draft d) {
    int cue = d.cue().get().tokens().first();
    if (!t.tag(cue).equals("VBG") || cue < 2 || t.quoted(cue - 1)) {
      return d;
    }
    int object = NounPhrases.startLeftOf(t, cue - 1, t.sentenceStart(cue));
    int last = handler(t, object, cue) ? object - 2 : cue - 1;
    int first = last == cue - 1 ? object : NounPhrases.startLeftOf(t, last, t.sentenceStart(cue));
    int with = first < 1 ? -1 : beforeTheCount(t, first);
    if (with < 0 || first > last || !t.lower(with).equals("with") || t.quoted(with) || t.sentence(with) != t.sentence(cue)) {
      return d;
    }
    boolean already = d.speaker().map(s -> s.first() == first && s.last() == last).orElse(false);
    return already ? d : d.withSpeaker(new SpeakerMention(new TokenRange(first, last),
        NounPhrases.head(t, first, last), Optional.empty()));
  }

  /**
   * The token before a noun phrase, read past what approximates its count: "with at least 40
   * backbenchers", "with more than a dozen" (up to two adverbs, prepositions or comparatives before a
   * number).
   */
  private static int beforeTheCount(Tokens t, int first) {
    int i = first - 1;
    if (t.tag(first).equals("CD") || Grammar.determiner(t, first)) {
      for (int k = 0; k < 2 && i > 0 && APPROXIMATING.contains(t.tag(i)) && !t.lower(i).equals("with"); k++) {
        i--;
      }
    }
    return i;
  }

  /**
   * Whether the noun phrase from {@code object} up to the cue is the object of a participle that is not
   * itself the report's ("signing a letter urging", "circulating a petition calling on"): a present
   * participle right before it, outside quotes, after a noun phrase of its own.
   */
  private static boolean handler(Tokens t, int object, int cue) {
    return object >= 3 && object < cue && t.tag(object - 1).equals("VBG") && !t.quoted(object - 1)
        && t.tag(object - 2).startsWith("NN");
  }
}
