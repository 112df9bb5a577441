package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * What a court heard: "The pair had argued in a queue, the court heard" and "The jury heard that the
 * pair had argued" report what someone unnamed told the court, a court reporter's way in Britain,
 * Ireland and Australia. The court is the listener, not the speaker, so the report has none; its cue
 * is "heard". Conditions: "heard" outside quote marks right after a noun phrase headed by a listening
 * body ({@code heard-reports.listeners}: "court", "jury", "inquest", "tribunal"); either the phrase
 * follows a comma and "heard" ends its sentence, and the words from the sentence's start to the comma
 * are the report (a report inside them ends at the comma: "Whitaker admitted wounding, Leeds Crown
 * Court heard"), or the phrase opens its sentence and the rest is, a clause after "that" or a noun phrase
 * and a finite verb ("The court heard the man had been drinking"; not "The court heard the case in
 * March", nor "The tribunal heard evidence from 40 witnesses"). No other report
 * holds the words; a report the tagger gave the listening body for its speaker keeps no speaker. Read
 * after the tagger.
 */
final class HeardReports {

  private static final double CONFIDENCE = 0.75;
  private static final Set<String> LISTENERS = WordSets.named("heard-reports.listeners");

  private HeardReports() {}

  /** Returns the drafts with what each court heard added, and reports inside it ended before its cue. */
  static List<Draft> add(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int v = 1; v < t.size(); v++) {
      if (!t.lower(v).equals("heard") || t.quoted(v) || !Grammar.noun(t, v - 1) || !LISTENERS.contains(t.lower(v - 1))) {
        continue;
      }
      int first = NounPhrases.startLeftOf(t, v - 1, t.sentenceStart(v));
      if (first < 0) {
        continue;
      }
      int heard = v;
      out.replaceAll(d -> d.cue().filter(c -> c.tokens().first() == heard).isPresent() && d.speaker().isPresent()
          ? d.withoutSpeaker() : d); // the tagger's "The jury heard …" has the jury for its speaker
      CueMention cue = new CueMention(new TokenRange(v, v), "hear", Cue.Kind.SPEECH);
      if (first > 0 && Grammar.comma(t, first - 1) && Grammar.lastWordOfSentence(t, v) == v) {
        postposed(t, first - 1, cue, out);
      } else if (t.opensSentence(first) && v + 2 < t.size() && t.sentence(v + 1) == t.sentence(v)) {
        boolean that = t.lower(v + 1).equals("that");
        int from = that ? v + 2 : v + 1;
        int last = Grammar.lastWordOfSentence(t, from);
        int subject = NounPhrases.endRightOf(t, from, last);
        boolean clause = that || subject >= 0 && subject < last && t.finite(subject + 1); // not "heard the case in March"
        Span content = t.span(from, last);
        if (last > from && clause && t.holdsVerb(from, last)) {
          out.removeIf(d -> actionHeard(t, d, content)); // "The court heard Reid attacked Amir Hussain in a row …"
          int listenerLast = v - 1;
          out.removeIf(d -> cutShort(d, heard, content) || listenersAct(t, d, first, listenerLast, content));
        }
        if (last > from && clause && t.holdsVerb(from, last) && !Draft.anyHolds(out, content)) {
          out.add(Draft.cued(content, Quote.Type.INDIRECT, Attribution.Origin.CUE, cue, Optional.empty(), CONFIDENCE));
        }
      }
    }
    return out.equals(drafts) ? drafts : out;
  }

  /**
   * Whether a report inside what the court heard is an act told of, not words: its speaker and cue lie
   * inside the heard words and its content, the cue's object, holds no verb ("Reid attacked Amir
   * Hussain in a row over a phone", where "attacked" is a cue of words in politics).
   */
  private static boolean actionHeard(Tokens t, Draft d, Span heard) {
    if (d.cue().isEmpty() || d.speaker().isEmpty() || d.type() == Quote.Type.DIRECT) {
      return false;
    }
    int cue = d.cue().get().tokens().first();
    int speaker = d.speaker().get().first();
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    return heard.contains(t.span(speaker, speaker)) && heard.contains(t.span(cue, cue)) && first > cue
        && heard.contains(d.content()) && !t.holdsVerb(first, last);
  }

  /**
   * Whether the tagger's report of the same "heard" stops inside what was heard: "The court heard that
   * Patrick O'Sullivan, of no fixed abode, attacked the victim" had the tagger's content end at the
   * name's comma.
   */
  private static boolean cutShort(Draft d, int heard, Span content) {
    return d.cue().filter(c -> c.tokens().first() == heard).isPresent() && content.contains(d.content())
        && !content.equals(d.content());
  }

  /**
   * Whether a report inside what was heard is given to the listening court: its cue inside the heard
   * words and its speaker the court ("Cork Circuit Criminal Court heard that …, attacked the victim" had
   * the court report "the victim …" by "attacked").
   */
  private static boolean listenersAct(Tokens t, Draft d, int first, int last, Span content) {
    return d.cue().isPresent() && d.speaker().isPresent()
        && content.contains(t.span(d.cue().get().tokens().first(), d.cue().get().tokens().last()))
        && d.speaker().get().first() >= first && d.speaker().get().last() <= last;
  }

  /** Adds the words before the comma as what was heard, ending any report that ran on over the cue. */
  private static void postposed(Tokens t, int comma, CueMention cue, List<Draft> out) {
    int start = t.sentenceStart(comma);
    if (comma - start < 2 || t.holdsQuoted(start, comma)) {
      return;
    }
    Span content = t.span(start, comma - 1);
    int cueStart = t.start(cue.tokens().first());
    for (int i = 0; i < out.size(); i++) {
      Draft d = out.get(i);
      if (d.content().start() < t.start(comma) && d.content().end() > t.start(comma) && d.content().end() <= t.end(cue.tokens().last())
          && d.type() != Quote.Type.DIRECT && d.cue().map(c -> t.start(c.tokens().first()) < cueStart).orElse(false)) {
        out.set(i, d.withContent(Span.of(d.content().start(), t.end(comma - 1)), d.type()));
      }
    }
    boolean same = out.stream().anyMatch(d -> d.content().equals(content));
    if (!same) {
      out.add(Draft.cued(content, Quote.Type.INDIRECT, Attribution.Origin.CUE, cue, Optional.empty(), CONFIDENCE));
    }
  }
}
