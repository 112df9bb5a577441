package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry.Frame;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * Finds what a cue reports: the clause or quote after it ("said (that) …", "said: “…”") or the
 * stretch before it ("“…,” she said"). Quotes are never cut. A content stops where another
 * attribution begins (", he added", ", according to", "and suggesting") or where the sentence goes on
 * to comment on the statement (", a comment that …", ", which …").
 */
final class ContentFinder {

  private static final Set<String> ARTICLES = WordSets.named("grammar.articles");
  private static final Set<String> TIME_ADJUNCTS = WordSets.named("content-finder.time-adjuncts");

  private static final Set<String> THAT = WordSets.named("content-finder.that");
  /** Pronouns that close a short prepositional phrase between a cue and its content ("to me"). */
  private static final Set<String> OBJECT_PRONOUNS = WordSets.named("grammar.object-pronouns");
  private static final Set<String> SUBORDINATORS = WordSets.named("content-finder.subordinators");
  private static final Set<String> RELATIVE_SUBJECTS = WordSets.named("content-finder.relative-subjects");
  private static final int CLAUSE_WINDOW = 24;
  /** How far a participle phrase after "in a statement" may run before its colon or "that". */
  private static final int PARTICIPLE_REACH = 10;

  private final Article doc;
  private final Tokens t;
  private final Unit unit;
  private final List<CueMatch> cues;
  private final boolean repaired;
  private final CueLexicon lexicon;
  private final Words words;
  private final Morphology morphology;

  /**
   * Creates a finder for one unit.
   *
   * @param doc the tagged article
   * @param unit the unit
   * @param cues the unit's cues
   * @param repaired whether the rules the attribution tagger's features never saw apply (an aside
   *     between a cue and its "that", a participle after "in a statement")
   * @param lexicon the reporting-cue lexicon, for its speech events
   * @param words the word lists, for documents and verbs of finding
   * @param morphology a lemmatizer confined to the caller's call
   */
  ContentFinder(Article doc, Unit unit, List<CueMatch> cues, boolean repaired, CueLexicon lexicon, Words words,
      Morphology morphology) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.words = words;
    this.morphology = morphology;
    this.t = doc.tokens();
    this.unit = unit;
    this.cues = cues;
    this.repaired = repaired;
  }

  /** The content after the cue (and after an inverted speaker). */
  Optional<Range> after(CueMatch cue, SpeakerMatch sp) {
    int end = unit.endToken();
    int p = cue.last() + 1;
    if (sp.position() == SpeakerMatch.Position.AFTER && sp.first() > cue.last()) {
      p = Math.max(sp.last(), sp.roleLast()) + 1;
      if (p < end && Grammar.RELATIVE_PRONOUNS.contains(t.lower(p)) || p + 1 < end && Grammar.comma(t, p)
          && (Grammar.RELATIVE_PRONOUNS.contains(t.lower(p + 1))
              || ARTICLES.contains(t.lower(p + 1)) && !t.quoted(p + 1) && Grammar.finite(t, cue.first()))) {
        // "said Reyes, who sponsored it", "said Taylor, the minister at the time…" (not "according to X, the…")
        return Optional.empty();
      }
      if (p + 1 < end && Grammar.comma(t, p) && describesTheSpeaker(p + 1)) {
        return Optional.empty();
      }
    }
    p = Adjuncts.skipRight(t, pastPronounAdjunct(Adjuncts.skipRight(t, p, end)), end);
    p = pastAsideBeforeThat(p, cue);
    p = pastDocumentsParticiple(p);
    if (cue.entry().takes(Frame.DATIVE)) {
      p = Adjuncts.skipRight(t, skipListener(p), end);
    }
    if (p >= end || p + 1 < end && TIME_ADJUNCTS.contains(t.lower(p)) && t.tag(p + 1).equals("VBG")) {
      return Optional.empty(); // "responded before adding that…": the next cue's content
    }
    int start = -1;
    if ((t.word(p).equals(":") || Grammar.comma(t, p) || t.word(p).equals("—")) && p + 1 < end) {
      if (Grammar.openingQuote(t, p + 1)) {
        start = p + 1;
      } else if (t.word(p).equals(":") && cue.entry().takes(Frame.CLAUSE) && clauseStarts(p + 1)) {
        start = p + 1;
      } else if (Grammar.comma(t, p) && (sp.position() == SpeakerMatch.Position.AFTER || parenthetical(cue, sp))
          && clauseStarts(p + 1)) {
        start = p + 1;
      } else if (Grammar.comma(t, p) && parenthetical(cue, sp) && !Grammar.punctuation(t, p + 1) && !joinedReport(p + 1)) {
        start = p + 1; // "Her countrymen, she said, should not listen …": the rest of the sentence
      }
    } else if (THAT.contains(t.lower(p)) && p + 1 < end && (cue.entry().takes(Frame.CLAUSE))) {
      start = p + 1;
    } else if (Grammar.openingQuote(t, p) && (cue.entry().takes(Frame.QUOTE) || cue.entry().takes(Frame.CLAUSE))) {
      start = p;
    } else if (cue.entry().takes(Frame.WH) && Grammar.WH_WORDS.contains(t.lower(p))) {
      start = p;
    } else if (cue.entry().takes(Frame.TO) && t.lower(p).equals("to") && p + 1 < end
        && (t.tag(p + 1).equals("VB") || Grammar.adverb(t, p + 1) && p + 2 < end && t.tag(p + 2).equals("VB"))) {
      start = p;
    } else if (cue.entry().takes(Frame.CLAUSE) && clauseStarts(p)) {
      start = p;
    }
    boolean needsQuote = false;
    if (start < 0 && !Grammar.punctuation(t, p) && !t.tag(p).equals("IN") && !t.tag(p).equals("TO") && !t.tag(p).equals("POS")) {
      start = p; // "noted the “allegations …”", "called it “critical”": a phrase holding a quote
      needsQuote = true;
    }
    if (start < 0 || start >= end || predicateAfterARelativeCue(start, cue)) {
      return Optional.empty();
    }
    Optional<Range> r = needsQuote ? objectPhrase(start) : extend(start);
    if (r.isEmpty()) {
      return r;
    }
    boolean quote = holdsQuote(r.get());
    boolean onlyNounPhrase = !cue.entry().takes(Frame.CLAUSE) && !cue.entry().takes(Frame.WH) && !cue.entry().takes(Frame.TO);
    if ((needsQuote || onlyNounPhrase) && !quote) {
      return Optional.empty();
    }
    if (!quote && !holdsVerb(r.get()) && !t.lower(start).equals("to") && !(repaired && misreadPresentTense(r.get()))) {
      return Optional.empty();
    }
    return r;
  }

  /**
   * Whether a content with no verb holds a present tense the tagger read as a plural noun, as it does
   * between two nouns ("argued that New Zealand's lack of a broad capital gains tax drives investment
   * into property": "tax/NN drives/NNS investment/NN"). Conditions: a lower-case plural noun ending in
   * "s" after a lower-case singular noun, then a noun, adjective, determiner, pronoun, number or adverb,
   * but not a run of nouns ("the capital gains tax proposals" is one noun); not at the content's start;
   * repaired grammar only, and only where the content holds no other verb.
   */
  private boolean misreadPresentTense(Range r) {
    for (int k = r.first() + 1; k < r.last(); k++) {
      String next = t.tag(k + 1);
      boolean compound = next.startsWith("NN") && k + 2 <= r.last() && t.tag(k + 2).startsWith("NN"); // "gains tax proposals"
      boolean object = (next.startsWith("NN") || next.startsWith("JJ") || next.equals("DT") || next.startsWith("PRP")
          || next.equals("CD") || next.equals("RB")) && !compound;
      if (t.tag(k).equals("NNS") && t.word(k).endsWith("s") && !t.capitalized(k) && t.tag(k - 1).equals("NN")
          && !t.capitalized(k - 1) && object) {
        return true;
      }
    }
    return false;
  }

  /** The content before the cue ("…, she said"). */
  Optional<Range> before(CueMatch cue, SpeakerMatch sp, int boundary) {
    if (!cue.entry().takes(Frame.POSTPOSED) || relativeCue(cue)) {
      return Optional.empty();
    }
    int chunkFirst = cue.first();
    int chunkLast = cue.last();
    if (sp.position() == SpeakerMatch.Position.BEFORE) {
      chunkFirst = Math.min(sp.first(), sp.roleFirst() >= 0 ? sp.roleFirst() : sp.first());
    } else if (sp.position() == SpeakerMatch.Position.AFTER) {
      chunkLast = Math.max(sp.last(), sp.roleLast());
    } else {
      return Optional.empty();
    }
    int p = chunkFirst - 1;
    for (int k = 0; k < 2 && p > boundary && (Grammar.adverb(t, p) || Grammar.adjective(t, p)); k++) {
      p--; // "…,” super PAC spokeswoman Kellyanne Conway said": a modifier the phrase finder left out
    }
    if (p < boundary) {
      return Optional.empty();
    }
    int last;
    if (Grammar.closingQuote(t, p)) {
      last = p;
    } else if (Grammar.comma(t, p) || t.word(p).equals("—")) {
      last = p - 1;
    } else {
      return Optional.empty();
    }
    if (last < boundary) {
      return Optional.empty();
    }
    boolean inverted = sp.position() == SpeakerMatch.Position.AFTER;
    if (!Grammar.closingQuote(t, last) && !endsClause(inverted ? sp.last() + 1 : chunkLast + 1, cue, !inverted)) {
      return Optional.empty();
    }
    int first = boundary;
    while (first <= last && (Grammar.punctuation(t, first) && !Grammar.openingQuote(t, first))) {
      first++;
    }
    while (last >= first && Grammar.punctuation(t, last) && !Grammar.closingQuote(t, last) && !closesItsParenthesis(first, last)) {
      last--;
    }
    if (last < first) {
      return Optional.empty();
    }
    Range r = new Range(first, last);
    if (scenePhrase(r)) {
      return Optional.empty();
    }
    return holdsQuote(r) || holdsVerb(r) ? Optional.of(r) : Optional.empty();
  }

  /**
   * The "that" after an aside at {@code p} set off by dashes or commas ("promoted the idea - without
   * evidence - that …": the aside is neither cue nor content), or {@code p} itself.
   */
  private int pastAsideBeforeThat(int p, CueMatch cue) {
    int that = repaired && p < unit.endToken() && cue.entry().takes(Frame.CLAUSE) ? CueFinder.thatAfterAside(t, unit, p) : -1;
    return that > p ? that : p;
  }

  /**
   * The colon or opening quote after a preposition and an object pronoun that stand between the cue
   * and its content ("put it to me: “…”", "whispered to him “…”"; not "tweeting at him, “…”", which
   * the comma leaves to the participle's own report), or {@code p} itself; repaired grammar only.
   */
  private int pastPronounAdjunct(int p) {
    if (!repaired || p + 1 >= unit.endToken() || t.quoted(p) || !(t.tag(p).equals("IN") || t.tag(p).equals("TO"))) {
      return p;
    }
    boolean opens = p + 2 < unit.endToken() && (t.word(p + 2).equals(":") || Grammar.openingQuote(t, p + 2));
    return opens && t.tag(p + 1).equals("PRP") && OBJECT_PRONOUNS.contains(t.lower(p + 1)) ? p + 2 : p;
  }

  /**
   * The colon, "that" or opening quote after a participle phrase saying how the statement named before
   * it came out ("said in a statement released on Monday: “…”"; {@link CueFinder#documentsParticiple}),
   * at most {@value #PARTICIPLE_REACH} tokens on, or {@code p} itself; repaired grammar only.
   */
  private int pastDocumentsParticiple(int p) {
    if (!repaired || p >= unit.endToken() || !CueFinder.documentsParticiple(t, unit, p, lexicon)) {
      return p;
    }
    for (int k = p + 1; k < Math.min(unit.endToken(), p + 1 + PARTICIPLE_REACH); k++) {
      if (t.word(k).equals(":") || THAT.contains(t.lower(k)) || Grammar.openingQuote(t, k)) {
        return k;
      }
      if (Grammar.finite(t, k) || Grammar.comma(t, k)) {
        return p;
      }
    }
    return p;
  }

  /**
   * Whether the quote opening at {@code start} is the predicate of the clause around a relative cue,
   * not its content: "anybody who complains about a microphone “is not having a good night”" (the
   * quote opens with a finite verb, and "who" stands right before the cue); repaired grammar only.
   */
  private boolean predicateAfterARelativeCue(int start, CueMatch cue) {
    if (!Grammar.openingQuote(t, start) || start + 1 >= unit.endToken()) {
      return false;
    }
    return Grammar.finite(t, start + 1) && relativeCue(cue);
  }

  /**
   * Whether a relative pronoun stands right before the cue ("anybody who complains"), whose content,
   * if any, follows it, never precedes its speaker; repaired grammar only.
   */
  private boolean relativeCue(CueMatch cue) {
    return repaired && cue.first() > unit.firstToken() && Grammar.RELATIVE_PRONOUNS.contains(t.lower(cue.first() - 1));
  }

  /**
   * Whether the words after a cue chunk leave the content before it: no reported clause follows, and
   * right after the cue ({@code afterTheCue}, not after an inverted speaker) no verb phrase it governs.
   */
  private boolean endsClause(int p, CueMatch cue, boolean afterTheCue) {
    int end = unit.endToken();
    p = Adjuncts.skipRight(t, p, end);
    p = pastAsideBeforeThat(p, cue);
    if (cue.entry().takes(Frame.DATIVE)) {
      p = Adjuncts.skipRight(t, skipListener(p), end);
    }
    if (p >= end) {
      return true;
    }
    if (repaired && afterTheCue && verbComplement(p)) {
      return false; // "When the pharmacy closed, Olsen started driving 90 minutes": the verb has its own object
    }
    return !THAT.contains(t.lower(p)) && !(cue.entry().takes(Frame.CLAUSE) && clauseStarts(p));
  }

  /**
   * Whether a verb phrase the cue governs starts at {@code p}: a gerund or a "to" and a base form
   * ("started driving", "began to cry"), so the cue is no verb of saying closing what came before it.
   */
  private boolean verbComplement(int p) {
    return !t.quoted(p) && (t.tag(p).equals("VBG")
        || t.lower(p).equals("to") && p + 1 < unit.endToken() && t.tag(p + 1).equals("VB"));
  }

  /**
   * Whether a conjunction at {@code k} joins another report to the sentence ("…, the ONS said on
   * Friday, but economists warned the recovery was fragile"), which is no rest of the first report;
   * repaired grammar only.
   */
  private boolean joinedReport(int k) {
    return repaired && k + 1 < unit.endToken() && t.tag(k).equals("CC") && startsAttribution(k + 1);
  }

  /** Whether the cue and its speaker stand between commas inside the content ("…, she said, …"). */
  private boolean parenthetical(CueMatch cue, SpeakerMatch sp) {
    int first = Math.min(cue.first(), sp.first());
    return first > unit.firstToken() && Grammar.comma(t, first - 1);
  }

  /** Skips a listener after "told", "assured"…: a pronoun or a noun phrase before the content. */
  private int skipListener(int p) {
    int end = unit.endToken();
    if (p >= end || t.quoted(p)) {
      return p;
    }
    int np = t.tag(p).equals("PRP") ? p : NounPhrases.endRightOf(t, p, end - 1);
    if (np < 0) {
      return p;
    }
    int q = np + 1;
    if (q >= end) {
      return q;
    }
    String w = t.lower(q);
    boolean contentFollows = THAT.contains(w) || w.equals(":") || w.equals(",") || Grammar.openingQuote(t, q)
        || w.equals("to") || Grammar.WH_WORDS.contains(w) || clauseStarts(q) || Grammar.sentenceEnd(t, q)
        || Grammar.WEEKDAYS.contains(w) || t.tag(q).equals("IN");
    if (!contentFollows && repaired && pluralListenerBeforeASubject(p, np)) {
      return p + 1;
    }
    return contentFollows ? q : p;
  }

  /**
   * Whether the listener is one plural common noun that the noun phrase finder ran on into the
   * reported clause's subject: "told reporters defenceman Kaiden Guhle would miss two weeks", where
   * "reporters defenceman Kaiden Guhle" read as one phrase left no clause after it. Conditions: a
   * lower-case plural noun, more of the phrase after it, and a clause starting right after it;
   * repaired grammar only.
   */
  private boolean pluralListenerBeforeASubject(int p, int np) {
    return np > p && t.tag(p).equals("NNS") && !t.capitalized(p) && clauseStarts(p + 1);
  }

  /** Whether a clause with its own finite verb starts at {@code p} (words in quote marks count). */
  boolean clauseStarts(int p) {
    int end = Math.min(unit.endToken(), p + CLAUSE_WINDOW);
    if (p >= end) {
      return false;
    }
    int first = Grammar.openingQuote(t, p) ? p + 1 : p;
    if (first >= end) {
      return false;
    }
    String tag = t.tag(first);
    if (tag.equals("IN") && SUBORDINATORS.contains(t.lower(first))) {
      return holdsFinite(first + 1, end);
    }
    if (tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || Grammar.punctuation(t, first)
        || Grammar.verb(t, first) && !tag.equals("VBG") || tag.equals("WRB") || tag.equals("POS")) {
      return false;
    }
    if (tag.equals("VBG") && (isCueAt(first) || first + 1 < end && (Grammar.comma(t, first + 1) || THAT.contains(t.lower(first + 1))))) {
      return false; // a participle cue ("adding, “…”"), not a gerund subject ("legalizing it could…")
    }
    for (int k = first + 1; k < end; k++) {
      if (Grammar.finite(t, k) || actsFinite(k)) {
        return true;
      }
      String w = t.word(k);
      if (w.equals(";") || w.equals(":") || Grammar.sentenceEnd(t, k)) {
        return false;
      }
      if (repaired && subordinateAfterAPhrase(k, end)) {
        k = nextComma(k + 1, end);
        if (k < 0) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Whether a subordinate clause set off by a comma opens at {@code k} before the phrase scanned has
   * had a verb of its own: its verb is not the phrase's ("Saka added a second from the penalty spot,
   * before Kai Havertz sealed the win" reports nothing), so the clause is looked for past it ("said
   * the plan, if passed, would cost $5 billion"). Conditions: a comma, then a subordinator
   * ({@code content-finder.subordinators}) tagged as one; repaired grammar only.
   */
  private boolean subordinateAfterAPhrase(int k, int end) {
    return Grammar.comma(t, k) && k + 1 < end && t.tag(k + 1).equals("IN") && SUBORDINATORS.contains(t.lower(k + 1));
  }

  /**
   * Whether the words after the comma that follows an inverted speaker describe the speaker rather
   * than report anything: an age ("said Ms. Samour, 56, who was raised in El Salvador"), or a phrase
   * whose first verb is a relative clause's ("said Steve Bell, senior director of economic policy …,
   * and a Republican who headed the committee's staff"). Conditions: a number and a comma; or "who" or
   * "which" before any finite verb, after the phrase's first word; repaired grammar only.
   */
  private boolean describesTheSpeaker(int p) {
    int end = unit.endToken();
    if (!repaired || p >= end) {
      return false;
    }
    if (t.tag(p).equals("CD") && p + 1 < end && Grammar.comma(t, p + 1)) {
      return true;
    }
    for (int k = p + 1; k < end && !Grammar.sentenceEnd(t, k); k++) {
      if (RELATIVE_SUBJECTS.contains(t.lower(k))) {
        return true;
      }
      if (Grammar.finite(t, k) || actsFinite(k) || Grammar.openingQuote(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** The next comma in {@code [from, end)} before the sentence ends, or -1. */
  private int nextComma(int from, int end) {
    for (int k = from; k < end && !Grammar.sentenceEnd(t, k); k++) {
      if (Grammar.comma(t, k)) {
        return k;
      }
    }
    return -1;
  }

  /** A past participle with an object after it is a mis-tagged past tense ("the nonprofit provided a …"). */
  private boolean actsFinite(int k) {
    if (!t.tag(k).equals("VBN") || k + 1 >= unit.endToken()) {
      return false;
    }
    String next = t.tag(k + 1);
    return next.equals("DT") || next.equals("PRP$") || next.equals("CD") || next.startsWith("NNP");
  }

  /** Extends a content from {@code start} to where it stops; trims punctuation except quote marks. */
  private Optional<Range> extend(int start) {
    int end = unit.endToken();
    int last = start - 1;
    int i = start;
    boolean startsWithQuote = Grammar.openingQuote(t, start);
    while (i < end) {
      if (t.quoted(i)) {
        int q = Math.min(end - 1, Math.max(i, doc.quoteLastToken(t.quote(i))));
        last = q;
        i = q + 1;
        if (startsWithQuote && i > start && quoteEndsContent(i)) {
          break;
        }
        if (i < end && q > 0 && Grammar.comma(t, q - 1) && endsAfterComma(i) && complete(start, i)) {
          break; // “… tiger,” drawing criticism: the comma inside the marks ends the content
        }
        continue;
      }
      if (stopsAt(i, start)) {
        break;
      }
      last = i;
      i++;
    }
    while (last >= start && Grammar.punctuation(t, last) && !Grammar.closingQuote(t, last) && !Grammar.openingQuote(t, last)
        && !closesItsParenthesis(start, last)) {
      last--;
    }
    return last >= start ? Optional.of(new Range(start, last)) : Optional.empty();
  }

  /**
   * Whether token {@code last} closes a parenthesis opened after {@code first}, which the content
   * keeps ("raise 346 billion shillings ($2.7 billion)"); repaired grammar only.
   */
  private boolean closesItsParenthesis(int first, int last) {
    return repaired && t.word(last).equals(")") && Grammar.opensAParenthesis(t, first, last - 1);
  }

  /**
   * The object phrase holding a quote after a cue ("called it “critical”", "noted the “allegations…”"):
   * only when a quote comes before any finite verb outside quote marks.
   */
  private Optional<Range> objectPhrase(int start) {
    int end = Math.min(unit.endToken(), start + NounPhrases.MAX_TOKENS + 8);
    for (int i = start; i < end; i++) {
      if (t.quoted(i)) {
        return extend(start).map(this::endAtLastQuote);
      }
      boolean relative = t.lower(start).equals("what");
      if (!relative && Grammar.finite(t, i) || Grammar.sentenceEnd(t, i) || t.word(i).equals(";")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Cuts what follows the last quote when it is only adjuncts ("… a “disgrace” Wednesday on Fox"). */
  private Range endAtLastQuote(Range r) {
    int lastQuote = -1;
    for (int i = r.first(); i <= r.last(); i++) {
      if (t.quoted(i)) {
        lastQuote = i;
      }
    }
    if (lastQuote < 0 || lastQuote == r.last()) {
      return r;
    }
    int after = Adjuncts.skipRight(t, lastQuote + 1, r.last() + 1);
    boolean onlyAdjuncts = after > r.last() || Grammar.comma(t, after) || t.lower(after).equals("and") || t.lower(after).equals("but");
    return onlyAdjuncts ? new Range(r.first(), lastQuote) : r;
  }

  /** After a quote that opens a content: whether the clause ends with it ("said: “…” on Monday."). */
  private boolean quoteEndsContent(int i) {
    int p = Adjuncts.skipRight(t, i, unit.endToken());
    if (repaired && thatJoinedAt(p)) {
      return false; // said “the water is safe to drink,” and that nearly every home …: one report
    }
    return p >= unit.endToken() || !Grammar.verb(t, p) && !Grammar.noun(t, p) && !t.tag(p).equals("IN")
        || Grammar.sentenceEnd(t, p) || Grammar.comma(t, p);
  }

  /**
   * Whether "and that" or "but that" opens at {@code p}, a second complement of the same cue after a
   * quoted first one; repaired grammar only.
   */
  private boolean thatJoinedAt(int p) {
    return p + 1 < unit.endToken() && (t.lower(p).equals("and") || t.lower(p).equals("but"))
        && THAT.contains(t.lower(p + 1)) && !t.quoted(p + 1);
  }

  /** Whether a content that started at {@code start} stops before token {@code i}. */
  private boolean stopsAt(int i, int start) {
    String w = t.lower(i);
    if (Grammar.sentenceEnd(t, i) && i + 1 < unit.endToken() && !t.quoted(i + 1)) {
      return true;
    }
    if ((Grammar.comma(t, i) || w.equals("—") || w.equals(";")) && endsAfterComma(i + 1) && complete(start, i)) {
      return true;
    }
    if (repaired && Grammar.comma(t, i) && i > start && documentsFinding(i + 1)) {
      return true; // "… to demand minimum prices for their crops, TV footage showed.": the footage's report
    }
    if (repaired && Grammar.comma(t, i) && i > start && !complete(start, i) && isCueAt(i + 1) && finiteVerbAt(i + 1)) {
      return true; // "who feared losing her insurance, said …": the subject's own cue closes the clause's phrase
    }
    if (Grammar.comma(t, i) && i + 2 < unit.endToken() && (t.lower(i + 1).equals("and") || t.lower(i + 1).equals("but"))
        && finiteVerbAt(i + 2) && complete(start, i)) {
      return true; // "called him a “train wreck,” and contrasted …": the subject's next action
    }
    if ((w.equals("and") || w.equals("but")) && i > start) {
      int k = i + 1;
      while (k < unit.endToken() && Grammar.adverb(t, k)) {
        k++;
      }
      return isCueAt(k) && (t.tag(k).equals("VBG") || t.tag(k).equals("VBD") || t.tag(k).equals("VBZ"));
    }
    return false;
  }

  /** Whether a comma before token {@code k} ends the content: another attribution or a comment follows. */
  private boolean endsAfterComma(int k) {
    if (k >= unit.endToken() || t.quoted(k)) {
      return false;
    }
    return startsAttribution(k) || t.lower(k).equals("which") || t.tag(k).equals("VBG") || commentOnStatement(k)
        || finiteVerbAt(k);
  }

  /** Whether a document's finding closes the sentence from {@code k} ({@link DocumentFindings}). */
  private boolean documentsFinding(int k) {
    return DocumentFindings.closeTheSentenceAt(t, k, unit.endToken(), words, morphology);
  }

  /** A finite verb with no subject of its own: the main subject goes on to something else. */
  private boolean finiteVerbAt(int k) {
    int v = k;
    while (v < unit.endToken() && Grammar.adverb(t, v)) {
      v++;
    }
    return v < unit.endToken() && !t.quoted(v) && (t.tag(v).equals("VBD") || t.tag(v).equals("VBZ"));
  }

  /**
   * Whether tokens {@code [from, to)} already make a content: a clause, or a phrase holding a quote
   * that is not a subject's quoted apposition ({@link QuotedAppositions}).
   */
  private boolean complete(int from, int to) {
    return holdsFinite(from, to) || to > from && holdsQuote(new Range(from, to - 1))
        && !(repaired && QuotedAppositions.subjectAwaitingItsVerb(t, from, to));
  }

  /** Whether the tokens from {@code k} are an attribution chunk of another cue (", he said"). */
  private boolean startsAttribution(int k) {
    for (CueMatch c : cues) {
      if (c.first() < k) {
        continue;
      }
      if (c.first() == k) {
        return true;
      }
      if (c.first() - k > NounPhrases.MAX_TOKENS) {
        return false;
      }
      int np = NounPhrases.endRightOf(t, k, c.first() - 1);
      int after = np < 0 ? k : Adjuncts.skipRight(t, np + 1, c.first());
      if (np >= 0 && after == c.first()) {
        return true;
      }
      return np >= 0 && repaired && participleBefore(np + 1, c.first());
    }
    return false;
  }

  /**
   * Whether a past participle and its adjuncts or "by" phrase fill tokens {@code [p, cue)}: ", a study
   * published on Tuesday showed", ", a report released by the ministry said"; repaired grammar only.
   */
  private boolean participleBefore(int p, int cue) {
    if (p >= cue || !t.tag(p).equals("VBN")) {
      return false;
    }
    int after = Adjuncts.skipRight(t, p + 1, cue);
    if (after < cue && t.lower(after).equals("by")) {
      int np = NounPhrases.endRightOf(t, after + 1, cue - 1);
      after = np < 0 ? after : Adjuncts.skipRight(t, np + 1, cue);
    }
    return after == cue;
  }

  private boolean isCueAt(int k) {
    for (CueMatch c : cues) {
      if (c.first() == k) {
        return true;
      }
    }
    return false;
  }

  /** ", a comment that…": a noun phrase after the content that says what the statement was. */
  private boolean commentOnStatement(int k) {
    if (k >= unit.endToken() || !Grammar.determiner(t, k) || t.tag(k).equals("PRP$")) {
      return false;
    }
    int np = NounPhrases.endRightOf(t, k, Math.min(unit.endToken() - 1, k + 6));
    if (np < 0 || np + 1 >= unit.endToken()) {
      return false;
    }
    String w = t.lower(np + 1);
    return w.equals("that") || w.equals("which") || w.equals("who") || t.tag(np + 1).equals("VBG")
        || Grammar.sentenceEnd(t, np + 1);
  }

  /** Whether tokens {@code [from, to)} hold a finite verb, so a clause is complete before a comment. */
  private boolean holdsFinite(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Grammar.finite(t, k) || actsFinite(k)) {
        return true;
      }
    }
    return false;
  }

  boolean holdsQuote(Range r) {
    return t.holdsQuoted(r.first(), r.last());
  }

  /**
   * Whether a phrase before a cue only sets the scene: a prepositional phrase with no verb outside
   * quote marks, naming where or when the words were said ("In an interview on CBS's “Face the
   * Nation,” Ryan said …").
   */
  private boolean scenePhrase(Range r) {
    return t.tag(r.first()).equals("IN") && !t.lower(r.first()).equals("that") && !holdsVerb(r)
        && !Grammar.openingQuote(t, r.first());
  }

  boolean holdsVerb(Range r) {
    for (int i = r.first(); i <= r.last(); i++) {
      boolean adjective = repaired && Grammar.prenominalParticiple(t, i, r.first(), r.last());
      if (!t.quoted(i) && Grammar.verb(t, i) && !adjective) {
        return true;
      }
    }
    return false;
  }
}
