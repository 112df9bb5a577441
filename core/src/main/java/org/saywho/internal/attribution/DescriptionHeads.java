package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * The head of a speaker's description that a common noun takes before "in", "on", "among", "across" or
 * "with": "Workers in Alberta say …" are workers, not Alberta. So does a body's capitalised noun before
 * "in" and a place ({@link #bodyInAPlace}): "The Health Ministry in Gaza said …" is the ministry.
 * Read after the tagger, on mentions the phrase rule headed, so what the tagger reads does not change.
 */
final class DescriptionHeads {

  private DescriptionHeads() {}

  /** Returns the drafts, each speaker mention headed as a description. */
  static List<Draft> with(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> {
      if (d.speaker().isEmpty()) {
        return d;
      }
      SpeakerMention sp = d.speaker().get();
      if (sp.head() != NounPhrases.head(t, sp.first(), sp.last())) {
        return d;
      }
      int head = bodyInAPlace(t, sp.first(), sp.last(), words);
      if (head < 0) {
        head = NounPhrases.descriptionHead(t, sp.first(), sp.last());
      }
      return head == sp.head() ? d : d.withSpeaker(new SpeakerMention(sp.tokens(), head, sp.role()));
    }).toList();
  }

  /**
   * The body noun of a description that names a body and then the place it serves, or -1: a
   * capitalised noun for a body ({@code org-words.txt}: "Ministry", "Department", "Embassy"), then "in"
   * and capitalised words to the mention's end ("The Health Ministry in Gaza", "the U.S. Embassy in
   * Kyiv"), the first preposition of the mention. Not a person's noun before a place ("Democrats in
   * Iowa", which the description head takes), nor a body after another preposition ("a memo to The
   * Washington Post in April"), nor a date ("the Senate in November"), nor a name that goes on after
   * the place ("the Church in Wales Review").
   */
  static int bodyInAPlace(Tokens t, int first, int last, Words words) {
    for (int i = first + 1; i < last; i++) {
      if (t.tag(i).equals("IN") || t.tag(i).equals("TO")) {
        boolean body = t.lower(i).equals("in") && t.capitalized(i - 1) && Grammar.noun(t, i - 1)
            && words.isBodyNoun(t.lower(i - 1));
        return body && place(t, i + 1, last, words) ? i - 1 : -1;
      }
    }
    return -1;
  }

  /** Whether tokens {@code [from, last]} are capitalised proper nouns and no date ("in April"). */
  private static boolean place(Tokens t, int from, int last, Words words) {
    for (int k = from; k <= last; k++) {
      if (!t.capitalized(k) || !t.tag(k).startsWith("NNP") || words.isCalendarWord(t.lower(k))) {
        return false;
      }
    }
    return true;
  }
}
