package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * A poll that opens its sentence reports the rest: "In an NBC News/Wall Street Journal poll released
 * Monday, 50 percent of respondents chose Clinton" is the poll's finding, as "the poll found" would
 * be, and PolNeAR marks it so, with "In" for its cue. Conditions: "In" opens the sentence, outside
 * quote marks; a noun phrase (determiners, modifiers, nouns, numbers, possessives, slashes) headed by a poll's noun ({@code poll-openers.nouns}: "poll", "survey")
 * follows, then at most {@value #MAX_MODIFIER} words without a finite verb ("released Monday", though
 * the tagger may read a past tense, "last month") and a comma, or a participle phrase set off by commas ("conducted in May"); the rest of the sentence holds a finite verb, and no report holds it already.
 * The rest is the poll's report, the noun phrase its speaker. "In a speech on Monday, Obama said"
 * and "In the poll's wake, …" are no polls' reports. Read after the tagger.
 */
final class PollOpeners {

  /** The most words between the poll's noun phrase and its comma. */
  private static final int MAX_MODIFIER = 6;
  private static final double CONFIDENCE = 0.7;
  private static final Set<String> POLLS = WordSets.named("poll-openers.nouns");

  private PollOpeners() {}

  /** Returns the drafts with each sentence a poll opens added as the poll's report. */
  static List<Draft> add(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int i = 0; i + 3 < t.size(); i++) {
      if (t.word(i).equals("In") && t.opensSentence(i) && !t.quoted(i)) {
        report(t, i, drafts).ifPresent(out::add);
      }
    }
    return out.size() == drafts.size() ? drafts : out;
  }

  private static Optional<Draft> report(Tokens t, int in, List<Draft> drafts) {
    int last = Grammar.lastWordOfSentence(t, in);
    int end = pollNoun(t, in + 1, last);
    if (end < 0) {
      return Optional.empty();
    }
    int comma = end + 1;
    while (comma <= last && comma - end <= MAX_MODIFIER && !Grammar.comma(t, comma) && !t.quoted(comma)
        && (!t.finite(comma) || comma == end + 1 && t.tag(comma).equals("VBD"))) { // "released Monday", read as a past tense
      comma++;
    }
    if (comma < last && Grammar.comma(t, comma) && (t.tagIs(comma + 1, "VBN") || t.tagIs(comma + 1, "VBD"))) {
      comma = asideEnd(t, comma + 1, last); // "In the latest poll, conducted in May, Clinton led …"
    }
    if (comma < 0 || comma >= last || !Grammar.comma(t, comma) || !t.holdsVerb(comma + 1, last)) {
      return Optional.empty();
    }
    boolean finite = false;
    for (int k = comma + 1; k <= last; k++) {
      finite |= t.finite(k);
    }
    Range content = new Range(comma + 1, last);
    if (!finite || drafts.stream().anyMatch(d -> d.content().contains(t.span(content.first(), content.last())))) {
      return Optional.empty();
    }
    CueMention cue = new CueMention(new TokenRange(in, in), "in", Cue.Kind.SPEECH);
    SpeakerMention speaker = new SpeakerMention(new TokenRange(in + 1, end), end, Optional.empty());
    return Optional.of(Draft.cued(t.span(content.first(), content.last()), Quote.Type.INDIRECT, Attribution.Origin.CUE, cue,
        Optional.of(speaker), CONFIDENCE));
  }

  /**
   * The poll's noun ending the noun phrase from {@code first} ("an NBC News/Wall Street Journal poll",
   * its slash read as a hyphen), or -1.
   */
  private static int pollNoun(Tokens t, int first, int last) {
    for (int k = first; k <= last && k - first < NounPhrases.MAX_TOKENS; k++) {
      if (POLLS.contains(t.lower(k)) && Grammar.noun(t, k) && (k + 1 > last || !Grammar.noun(t, k + 1) && !t.tag(k + 1).equals("POS"))) {
        return k;
      }
      String tag = t.tag(k);
      boolean modifier = Grammar.determiner(t, k) || Grammar.nominal(t, k) || tag.equals("POS") || tag.equals("HYPH")
          || tag.equals("CD");
      if (!modifier || t.quoted(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** The comma that closes a participle phrase set off after the poll, within as many words, or -1. */
  private static int asideEnd(Tokens t, int from, int last) {
    for (int k = from + 1; k <= last && k - from <= 2 * MAX_MODIFIER; k++) {
      if (Grammar.comma(t, k)) {
        return k;
      }
      if (t.quoted(k) || t.finite(k)) {
        return -1;
      }
    }
    return -1;
  }
}
