package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * What follows a quote's attribution describes the speaker or the scene; it is not a second report:
 * "“We're not going to stop,” Quina Jones said as she and other demonstrators moved through the city",
 * "“Tom is a real visionary,” said Robert McAtee, one of several coal industry veterans", "“…,” she
 * said in a statement", "Canadian Tire is cutting jobs, the retailer said Thursday, as Canadians pull
 * back", "…, Ortberg said on Friday, as a strike enters its second month". Conditions: reported speech
 * after its cue, whose cue also introduces a direct or mixed quote ending before the cue (or reported
 * speech, when a day, or a short adjunct, and a comma follow the cue); the report opens, after that
 * day and comma, with a preposition or subordinating word, a "wh-" adverb or a relative pronoun, or it
 * follows a comma after the speaker (an apposition). A report opened by a complementizer stays ("“…,”
 * she said, though she added that …"), as does the topic of "said of" ("“…,” he said of the council's
 * support"). A participle that works as a preposition after a comma ({@code
 * participle-prepositions.txt}: "…, Luxon said on Monday, following a similar move by Australia")
 * opens an adjunct after any report of the same cue, and so does a participle of what the news led to
 * ({@code trailing-circumstances.results}: "…, mediators said Wednesday, raising hopes of an end to the
 * war"). The listener of a telling cue right after it is no report either ("“…,” Lula told leaders
 * gathered at the Museum of Modern Art"). Read after the tagger.
 */
final class TrailingCircumstances {

  /** Words that open what was reported, not the circumstances of saying it. */
  private static final Set<String> REPORT_OPENERS = WordSets.named("trailing-circumstances.report-openers");
  /** Cues whose object is who hears the words ("told leaders gathered at …"). */
  private static final Set<String> TELLING = WordSets.named("leading-adjuncts.telling");
  /** Participles that tell what the news led to, not what was said ("…, mediators said, raising hopes of peace"). */
  private static final Set<String> RESULTS = WordSets.named("trailing-circumstances.results");

  /** Words that open the scene of a report set apart from its cue by an adjunct ("said on Friday, as …"). */
  private static final Set<String> SCENES = WordSets.named("trailing-circumstances.scenes");
  /** The most words of a cue's adjunct before the comma that sets a circumstance apart ("on Monday night"). */
  private static final int MAX_ADJUNCT = 4;

  private TrailingCircumstances() {}

  /** Returns the drafts without the circumstances read as a report after a quote's attribution. */
  static List<Draft> without(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().filter(d -> !circumstance(t, d, drafts, words)).toList();
  }

  private static boolean circumstance(Tokens t, Draft d, List<Draft> drafts, Words words) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty() || t.size() == 0) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int cueFirst = d.cue().get().tokens().first();
    int cueLast = d.cue().get().tokens().last();
    if (first <= cueLast || first >= t.size()) {
      return false;
    }
    int opener = afterItsDay(t, first, t.lastEndingBy(first, d.content().end()));
    boolean prepositional = (words.isParticiplePreposition(t.lower(opener)) || RESULTS.contains(t.lower(opener)))
        && opener > 0 && Grammar.comma(t, opener - 1);
    if (REPORT_OPENERS.contains(t.lower(opener))) {
      return false;
    }
    boolean apposition = opener == first && d.speaker().map(s -> s.first() > cueLast && s.last() < first).orElse(false)
        && Grammar.comma(t, first - 1);
    if (!reportedBefore(d, drafts, cueFirst, t, opener > first || prepositional)) {
      return afterAnAdjunctAndAComma(t, cueLast, first) && reportedBefore(d, drafts, cueFirst, t, true)
          && (SCENES.contains(t.lower(first)) || verblessPhrase(t, first, t.lastEndingBy(first, d.content().end())));
    }
    String tag = t.tag(opener);
    boolean opensAnAdjunct = tag.equals("IN") || tag.equals("WRB") || tag.startsWith("WP") || tag.equals("WDT") || prepositional;
    return opensAnAdjunct || apposition || listenerTold(t, d, first, cueLast);
  }

  /**
   * Whether the report is a prepositional phrase with no finite verb ("…, the GMB union said on Friday,
   * in a blow to efforts to organise the retailer's UK workforce"): the writer's comment on the news, not
   * what was said; "that" is no preposition here. A scene's clause may close the phrase ("…, the company
   * said on Monday, in its third round of layoffs this year as it seeks to reduce costs").
   */
  private static boolean verblessPhrase(Tokens t, int first, int last) {
    int end = last;
    for (int k = first + 1; k <= last; k++) {
      if (SCENES.contains(t.lower(k)) && t.tag(k).equals("IN")) {
        end = k - 1;
        break;
      }
    }
    return t.tag(first).equals("IN") && !t.lower(first).equals("that")
        && !Grammar.holdsAFiniteVerb(t, first, end, false);
  }

  /**
   * Whether the report is the listener of a telling cue that introduced a quote before it: "“…,” Lula
   * told leaders gathered at the Museum of Modern Art" (the tagger read "leaders gathered …" as a
   * clause); not with a "that" in it ("“…,” she told reporters, adding that …" keeps its own cue).
   */
  private static boolean listenerTold(Tokens t, Draft d, int first, int cueLast) {
    if (first != cueLast + 1 || d.cue().filter(c -> TELLING.contains(c.lemma())).isEmpty()) {
      return false;
    }
    for (int i = first; i < t.size() && t.start(i) < d.content().end(); i++) {
      if (t.lower(i).equals("that") || t.quoted(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a short adjunct of the cue with no verb and a comma stand between the cue and the report
   * ("…, Chief Executive Kelly Ortberg said on Friday, as a crippling machinists' strike enters its
   * second month"), setting the report apart from the cue as a day and its comma do: then the report
   * is a circumstance when a word of the scene opens it ({@code trailing-circumstances.scenes}: "as",
   * "while", "amid"; not "because", which may give the speaker's reason, nor what goes on after an
   * inverted speaker: "Among them, said Lee Epstein, are 16 cases …"), or a prepositional phrase with
   * no finite verb ({@link #verblessPhrase}).
   */
  private static boolean afterAnAdjunctAndAComma(Tokens t, int cueLast, int first) {
    int comma = first - 1;
    if (comma - cueLast < 2 || comma - cueLast > MAX_ADJUNCT + 1 || !Grammar.comma(t, comma)) {
      return false;
    }
    for (int i = cueLast + 1; i < comma; i++) {
      if (t.verb(i) || t.quoted(i) || Grammar.punctuation(t, i)) {
        return false;
      }
    }
    return true;
  }

  /** The first word after a leading day and its comma ("Thursday, as Canadians pull back"), else {@code first}. */
  private static int afterItsDay(Tokens t, int first, int last) {
    int k = first;
    if (!Grammar.WEEKDAYS.contains(t.lower(k))) {
      return first;
    }
    k++;
    if (k < last && Grammar.TIMES_OF_DAY.contains(t.lower(k))) {
      k++;
    }
    return k < last && Grammar.comma(t, k) ? k + 1 : first;
  }

  /**
   * Whether another draft of the same cue ends before the cue: a direct or mixed quote, or, when a day
   * and a comma set the report apart from its cue, reported speech.
   */
  private static boolean reportedBefore(Draft d, List<Draft> drafts, int cueFirst, Tokens t, boolean setApart) {
    return drafts.stream().anyMatch(o -> o != d && (setApart || o.type() != Quote.Type.INDIRECT)
        && o.cue().map(c -> c.tokens().first() == cueFirst).orElse(false) && o.content().end() <= t.start(cueFirst));
  }
}
