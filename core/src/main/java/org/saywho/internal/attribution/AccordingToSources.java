package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Datelines;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * Sources given with "according to" that the grammar's noun phrase cuts short. Read after the tagger.
 * The phrases read so are listed in {@code source-phrases.txt}: "as per" is read as "according to"
 * ("As per officials, the corporation operates around 3,900 buses"), and its cue's lemma is "according to".
 *
 * <p>A sentence that opens by naming its source, after a connective or none ({@link #afterAConnective}),
 * reports the rest of it: "According to the Canada
 * Mortgage and Housing Corporation, rents rose 8.1 per cent." and "According to a new report by
 * Politico, the campaign …". Conditions: the sentence opens with "according to" outside quote marks;
 * its source runs to the first comma, within {@link #MAX_SOURCE} tokens, holds a noun and no verb of
 * its own clause (one in a relative clause is the source's: "people who attended the meeting", and a
 * past form after a noun is a participle: "a survey released last month by …"); the rest of the
 * sentence holds a finite verb, or a base form where the tagger read the finite verb as a noun ("43
 * per cent of nurses plan to leave"); and no attribution holds any of it already. A noun of the
 * source idioms alone names no one ("According to plan, …"): the sentence reports nothing. The tagger
 * finds the short cases ("According to police, …") and misses the long sources, which the grammar's
 * noun phrase ends early; its report is kept when its content starts right after the comma, and
 * replaced when it starts inside the clause ("According to a spokesperson, the province will seek an
 * exemption" had reported only "an exemption").
 *
 * <p>A source given after the report keeps its modifiers, and the report is the clause before it:
 * "Intel is exploring a sale, according to people familiar with the matter, as the company tries to
 * cut costs" is people familiar with the matter reporting "Intel is exploring a sale", not "familiar
 * with the matter, as …" reported by "people". Conditions: "according to" outside quote marks, after a
 * comma, a dash, a quote closing on its comma, or a noun with no punctuation ({@link #clauseBefore});
 * the source runs to the next comma or the sentence's end, within {@link #MAX_SOURCE} tokens, and
 * holds a noun and no finite verb, and is no idiom ("…, according to plan"); the clause before it,
 * from the sentence's start (past a dateline) or a colon ({@link #afterAColon}), holds a finite verb.
 * Only a report the grammar got wrong (its
 * content after the cue, or none) is replaced; one it got right gets the whole source phrase as its
 * speaker mention when the phrase goes on with an adjective or participle and its preposition
 * ("familiar with", "close to", "briefed on"), unless it names a document, whose participle tells how
 * it was made ("a Gallup survey released on Monday" is the survey), and not by whom ("reports received
 * by Amnesty" keep their producer). A speaker before the cue, inside the report, is no source of it
 * ({@link #speakerInItsReport}): "Nearly two-thirds of nurses are considering leaving, according to a
 * new survey released Thursday by the association" had been the nurses' report, the grammar reading
 * "considering" as their cue where the tagger read no source after "according to".
 */
final class AccordingToSources {

  /** The longest source, in tokens. */
  static final int MAX_SOURCE = 20;
  /** The pronouns that may be a whole source: "According to him, …" (the speaker's resolver reads them). */
  private static final Set<String> OBJECT_PRONOUNS = WordSets.named("according-to-sources.object-pronouns");
  /** The words that open a clause after a source, which ends before them. */
  private static final Set<String> CLAUSE_OPENERS = WordSets.named("according-to-sources.clause-openers");

  private AccordingToSources() {}

  /**
   * Returns the drafts with the reports of "according to" sources mended; {@code dateline} marks the
   * article's datelines ({@link Datelines#of}).
   */
  static List<Draft> mend(Article doc, List<Draft> drafts, CueLexicon lexicon, Words words, boolean[] dateline) {
    Optional<CueEntry> entry = lexicon.multi("according").stream()
        .filter(e -> e.lemma().equals("according to")).findFirst();
    if (entry.isEmpty()) {
      return drafts;
    }
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int i = 0; i + 2 < t.size(); i++) {
      int length = words.sourcePhraseLength(t.lower(i), t.lower(i + 1));
      if (length == 0 || t.quoted(i) || length == 1 && !namesASource(t, i, words)) {
        continue;
      }
      int cueLast = i + length - 1;
      int first = doc.sentences().get(t.sentence(i)).firstToken();
      while (first < i && dateline[first]) {
        first++;
      }
      if (first == i || afterAConnective(t, first, i)) {
        opening(doc, i, cueLast, entry.get(), lexicon, words, out);
      } else {
        int before = clauseBefore(t, first, i);
        if (before >= first) {
          closing(doc, afterAColon(t, first, before), before, i, cueLast, entry.get(), lexicon, words, out);
        }
      }
    }
    return out.equals(drafts) ? drafts : List.copyOf(out);
  }

  /** Replaces the drafts of the sentence opening at {@code cue} with its reading as an opening source. */
  private static void opening(Article doc, int cue, int cueLast, CueEntry entry, CueLexicon lexicon, Words words,
      List<Draft> out) {
    Tokens t = doc.tokens();
    int last = lastOfSentence(doc, cue);
    int comma = commaAfterSource(t, cueLast, last);
    if (comma <= cueLast + 1 || comma >= last) {
      return;
    }
    Span head = t.span(cue, comma);
    boolean idiom = idiom(t, cueLast + 1, comma - 1, words);
    int after = t.start(comma + 1);
    if (!idiom && out.stream().anyMatch(d -> cuedIn(d, cue, comma) && d.speaker().isPresent()
        && !d.content().overlaps(head) && d.content().start() <= after)) {
      SpeakerMention whole = new SpeakerMention(new TokenRange(cueLast + 1, comma - 1),
          NounPhrases.head(t, cueLast + 1, comma - 1),
          Optional.empty());
      out.replaceAll(d -> cuedIn(d, cue, comma) && d.speaker().isPresent() && d.speaker().get().first() == cueLast + 1
          && holdsItsMaker(t, d.speaker().get(), comma - 1, words) ? d.withSpeaker(whole) : d);
      return;
    }
    if (!idiom && (!source(t, cueLast + 1, comma - 1) || !Grammar.holdsAFiniteVerb(t, comma + 1, last, true))) {
      return;
    }
    // A content holding the sentence's own source, or a cue inside the source, is a misreading.
    out.removeIf(d -> d.content().overlaps(head) || cuedIn(d, cue, comma));
    int rest = t.start(comma + 1);
    if (idiom || out.stream().anyMatch(d -> d.content().start() <= rest && d.content().end() > rest)) {
      return;
    }
    int first = cueLast + 1;
    CueMention mention = new CueMention(new TokenRange(cue, cueLast), entry.lemma(), lexicon.kind(entry.lemma()));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(first, comma - 1), NounPhrases.head(t, first, comma - 1),
        Optional.empty());
    out.add(Attributor.draft(doc, new Range(comma + 1, last), Attribution.Origin.CUE, mention, Optional.of(speaker),
        entry.weight()));
  }

  /**
   * Mends the report of the "according to" at {@code cue}, after the clause from {@code first} to
   * {@code before} ({@link #clauseBefore}).
   */
  private static void closing(Article doc, int first, int before, int cue, int cueLast, CueEntry entry,
      CueLexicon lexicon, Words words, List<Draft> out) {
    Tokens t = doc.tokens();
    int last = lastOfSentence(doc, cue);
    int comma = commaAfterSource(t, cueLast, last);
    int sourceLast = beforeAClause(t, cueLast + 1, comma > 0 ? comma - 1 : last);
    if (sourceLast >= cueLast + 1 && idiom(t, cueLast + 1, sourceLast, words)) {
      out.removeIf(d -> cuedIn(d, cue, sourceLast));
      return;
    }
    if (comma < 0 && last - cueLast > MAX_SOURCE || sourceLast < cueLast + 1 || !source(t, cueLast + 1, sourceLast)) {
      return;
    }
    Span phrase = t.span(cue, sourceLast);
    List<Draft> cued = out.stream().filter(d -> cuedIn(d, cue, cueLast)).toList();
    boolean right = !cued.isEmpty() && cued.stream().allMatch(d -> d.content().end() <= t.start(cue));
    SpeakerMention speaker = new SpeakerMention(new TokenRange(cueLast + 1, sourceLast),
        NounPhrases.head(t, cueLast + 1, sourceLast), Optional.empty());
    if (right) {
      out.replaceAll(d -> cuedIn(d, cue, cueLast) && d.speaker().isPresent()
          && (d.speaker().get().first() == cueLast + 1 && holdsItsMaker(t, d.speaker().get(), sourceLast, words)
              || speakerInItsReport(d, cue)) ? d.withSpeaker(speaker) : d);
      return;
    }
    if (!Grammar.holdsAFiniteVerb(t, first, before, false) || unfinished(t, before)
        || before == cue - 1 && !Grammar.closingQuote(t, before) && !reporter(t, cueLast + 1, sourceLast, words)) {
      return;
    }
    out.removeIf(d -> cuedIn(d, cue, cueLast) || d.content().overlaps(phrase));
    int start = t.start(first);
    if (out.stream().anyMatch(d -> d.content().start() <= start && d.content().end() > start)) {
      return;
    }
    CueMention mention = new CueMention(new TokenRange(cue, cueLast), entry.lemma(), lexicon.kind(entry.lemma()));
    out.add(Attributor.draft(doc, new Range(first, before), Attribution.Origin.CUE, mention, Optional.of(speaker),
        entry.weight()));
  }

  /** Whether a draft's speaker stands before its "according to" at {@code cue}, inside what it reports. */
  private static boolean speakerInItsReport(Draft d, int cue) {
    return d.speaker().isPresent() && d.speaker().get().last() < cue;
  }

  /**
   * The last token of the clause a closing "according to" at {@code cue} reports, or -1 when none
   * ends there: the token before a comma or dash ("…, according to"; "— according to"), the closing
   * quote mark after a comma ("threatening “a major lawsuit,” according to …"), or, with no
   * punctuation, a noun, number or pronoun outside quote marks ("Clinton
   * leads Sanders by 271 delegates according to a count by The Associated Press", not "seats
   * allocated according to population"). Without punctuation the source must name a reporter
   * ({@link #reporter}).
   */
  private static int clauseBefore(Tokens t, int first, int cue) {
    int p = cue - 1;
    if (p <= first) {
      return -1;
    }
    if (Grammar.comma(t, p) || t.dash(p)) {
      return p - 1;
    }
    if (Grammar.closingQuote(t, p) && Grammar.comma(t, p - 1)) {
      return p;
    }
    String tag = t.tag(p);
    boolean clauseEnding = tag.startsWith("NN") || tag.equals("CD") || tag.equals("PRP");
    return clauseEnding && !t.quoted(p) ? p : -1;
  }

  /**
   * Whether a one-word source phrase at {@code i} names a source, as "per" does in "…, per a statement
   * from the ministry" and "Per the International Energy Agency, …" and not in "$78 per barrel", "10
   * per cent" or "$50 per person": it opens its sentence or follows a comma or dash, and a determiner
   * or a proper noun follows it, opening a source that names a reporter ({@link #reporter}).
   */
  private static boolean namesASource(Tokens t, int i, Words words) {
    boolean opens = i == 0 || t.sentence(i - 1) != t.sentence(i) || Grammar.comma(t, i - 1) || t.dash(i - 1);
    boolean source = Grammar.determiner(t, i + 1) || Grammar.proper(t, i + 1);
    int last = i + 1;
    while (last + 1 < t.size() && last < i + MAX_SOURCE && t.sentence(last + 1) == t.sentence(i)
        && !Grammar.comma(t, last + 1) && !Grammar.sentenceEnd(t, last + 1)) {
      last++;
    }
    return opens && source && reporter(t, i + 1, last, words);
  }

  /**
   * The last token of a source running from {@code first} to {@code last} before a word that opens a
   * clause of its own ("according to UEFA as part of the playoffs" is UEFA's; "as", "while",
   * "because", "although", "whereas", outside quote marks), else {@code last}.
   */
  private static int beforeAClause(Tokens t, int first, int last) {
    for (int i = first + 1; i <= last; i++) {
      if (CLAUSE_OPENERS.contains(t.lower(i)) && !t.quoted(i)) {
        return i - 1;
      }
    }
    return last;
  }

  /**
   * Whether only a connective stands before the "according to" at {@code cue} in its sentence ("But
   * according to the poll, …", "And, according to police, …"): a coordinating conjunction or a
   * sentence adverb, and an optional comma.
   */
  private static boolean afterAConnective(Tokens t, int first, int cue) {
    int p = first;
    if (p < cue && (t.tag(p).equals("CC") || t.tag(p).equals("RB"))) {
      p++;
    }
    if (p < cue && Grammar.comma(t, p)) {
      p++;
    }
    return p == cue && p > first;
  }

  /**
   * Where a closing source's report starts: after the last colon or semicolon outside quote marks
   * before it when what follows holds a finite verb ("The tax has not made the U.K. less attractive:
   * London was the financial capital of the world in 2015, according to one global index" reports
   * what follows the colon), else at the sentence's start.
   */
  private static int afterAColon(Tokens t, int first, int before) {
    for (int i = before - 1; i > first; i--) {
      String w = t.word(i);
      if ((w.equals(":") || w.equals(";")) && !t.quoted(i)) {
        return Grammar.holdsAFiniteVerb(t, i + 1, before, false) ? i + 1 : first;
      }
    }
    return first;
  }

  /**
   * Whether a source names someone or something that reports: a proper noun, or a head noun for a
   * person, people, an organisation or a document or finding ("the entrance polls", "a CBS poll").
   */
  private static boolean reporter(Tokens t, int first, int last, Words words) {
    for (int i = first; i <= last; i++) {
      String lower = t.lower(i);
      if (Grammar.proper(t, i) || Grammar.noun(t, i) && (words.isThing(lower) || words.isPersonNoun(lower)
          || words.isPeopleNoun(lower) || words.isOrgWord(lower))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the source phrase running to {@code sourceLast} should replace the speaker the tagger cut
   * short: the phrase goes on with a postmodifier ("people familiar with the matter") that is no
   * document's participle unless "by" names its maker ("data released by Statistics Canada"; not its
   * reader, "documents seen by the BBC", {@code reader-participles}), or a document names its maker
   * after "from" or "by".
   */
  private static boolean holdsItsMaker(Tokens t, SpeakerMention speaker, int sourceLast, Words words) {
    return postmodifier(t, speaker.last() + 1, sourceLast) && (!words.isThing(t.lower(speaker.head()))
        || t.lower(speaker.last() + 2).equals("by") && !Grammar.READERS.contains(t.lower(speaker.last() + 1)))
        || madeBy(t, speaker, sourceLast, words);
  }

  /**
   * Whether tokens {@code [first, last]} modify the noun before them as "familiar with the matter",
   * "close to the talks" and "briefed on the plan" do: an adjective or participle and its preposition.
   */
  private static boolean postmodifier(Tokens t, int first, int last) {
    return first < last && (t.tagIs(first, "JJ") || t.tag(first).equals("VBN"))
        && (t.tag(first + 1).equals("IN") || t.tag(first + 1).equals("TO"));
  }

  /**
   * Whether the speaker is a document or finding noun whose maker the source names after it with
   * "from" or "by" ("according to data from the Energy Information Administration", "according to a
   * report by Politico", "according to an analysis of campaign filings by the Center for Responsive
   * Politics"), which the speaker should hold.
   */
  private static boolean madeBy(Tokens t, SpeakerMention speaker, int sourceLast, Words words) {
    int p = speaker.last() + 1;
    while (p < sourceLast && words.isCalendarWord(t.lower(p))) {
      p++; // "a report Tuesday from WKOW"
    }
    int end = speaker.last();
    while (end > speaker.first() && words.isCalendarWord(t.lower(end))) {
      end--; // "a report Tuesday": the day is no head
    }
    int head = Math.min(speaker.head(), end);
    boolean ofPhrase = head < end && t.lower(head + 1).equals("of");
    return (head == end || ofPhrase) && words.isThing(t.lower(head)) && p < sourceLast
        && (t.lower(p).equals("from") || t.lower(p).equals("by"));
  }

  /** The last token of the sentence of token {@code i} before its closing punctuation. */
  private static int lastOfSentence(Article doc, int i) {
    Tokens t = doc.tokens();
    int last = doc.sentences().get(t.sentence(i)).endToken() - 1;
    while (last > i && Grammar.sentenceEnd(t, last) && !t.quoted(last)) {
      last--;
    }
    return last;
  }

  /** The first comma after the source, or -1 when a quote mark or {@link #MAX_SOURCE} tokens come first. */
  private static int commaAfterSource(Tokens t, int cueLast, int last) {
    for (int i = cueLast + 1; i <= Math.min(last, cueLast + 1 + MAX_SOURCE); i++) {
      if (t.quoted(i)) {
        return -1;
      }
      if (Grammar.comma(t, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the draft's cue lies within tokens {@code [first, last]}. */
  private static boolean cuedIn(Draft d, int first, int last) {
    return d.cue().map(c -> c.tokens().first() >= first && c.tokens().last() <= last).orElse(false);
  }

  /**
   * A noun phrase: a noun, and no finite verb outside a relative clause, or a personal pronoun alone
   * ("According to him, …"). A past form right after a noun is a participle modifying it ("a survey
   * released last month by the nurses' association").
   */
  private static boolean source(Tokens t, int first, int last) {
    if (first == last && OBJECT_PRONOUNS.contains(t.lower(first))) {
      return true;
    }
    boolean noun = false;
    for (int i = first; i <= last; i++) {
      if (Grammar.RELATIVE_PRONOUNS.contains(t.lower(i)) || t.tag(i).equals("WDT")) {
        return noun;
      }
      if (Grammar.finite(t, i) && !(t.tag(i).equals("VBD") && i > first && Grammar.noun(t, i - 1))) {
        return false;
      }
      noun |= Grammar.noun(t, i);
    }
    return noun;
  }

  /**
   * Whether the clause before a source's comma stops at a word that needs more after it ("He crossed
   * the border after, according to him, the network censured his report"; "The AP reported that,
   * according to …"): the source is an aside inside the clause, not after it. A preposition after a
   * verb is its particle ("Khan was voted in, according to …").
   */
  private static boolean unfinished(Tokens t, int last) {
    String tag = t.tag(last);
    boolean particle = tag.equals("IN") && last > 0 && !t.lower(last).equals("that") && t.tag(last - 1).startsWith("VB");
    return tag.equals("IN") && !particle || tag.equals("TO") || tag.equals("CC") || tag.equals("DT");
  }

  /** "According to plan": one noun of the source idioms. */
  private static boolean idiom(Tokens t, int first, int last, Words words) {
    return first == last && words.isSourceIdiom(t.lower(first));
  }
}
