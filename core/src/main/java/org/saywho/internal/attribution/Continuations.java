package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.saywho.Quote;
import org.saywho.Span;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.WordSets;

/**
 * Attributes quotes that stand alone, as a whole sentence with no cue: a quote continuing a quote
 * left open by the previous paragraph takes that quote's speaker; a quote left open with no speaker in
 * its own paragraph takes the speaker of the paragraph where it closes (not as the tagger was
 * trained); otherwise the quote takes the
 * speaker of the nearest attribution before it in its paragraph, else after it in its paragraph, else
 * the last attribution of the previous paragraph, quote or reported speech ("Farha says rents have
 * risen …" and then "“People are spending half their income on rent.”"), when it opens its own, else
 * the one a question was put to at that paragraph's end ("Kimpton was asked if …"); a quote after a
 * sentence telling what someone did takes that person ("Shah shook her head. “…”"). A
 * quote with none of these is kept with no speaker. A quote inside a sentence that nothing reports is not a quote (scare quotes, titles),
 * nor is a parenthesis alone (a transcript's "(CROSSTALK.)"). A paragraph going on with a quote that a
 * reported-speech attribution holds (a transcript's turn, "“PENCE: …" and then "“But the truth is …")
 * is typed as that attribution is. The tagger's features read the continuations as it was trained
 * with them ({@link #asTrained}), where only a quote in the previous paragraph lends its speaker.
 */
final class Continuations {

  private static final double CONTINUATION = 0.75;
  private static final double UNATTRIBUTED = 0.4;
  /** The most tokens of an interviewer's question printed between two answers. */
  private static final int MAX_QUESTION = 30;
  /** How many attributions either side of a quote are looked at for its speaker. */
  private static final int SCAN = 40;
  /** The most words the subject of the sentence before a lone quote may have ("Kimpton was asked …"). */
  private static final int MAX_SUBJECT = 6;
  /** The most asides set off by commas after a name before its verb ("Sarah Hughes, 42, a teaching assistant, moved"). */
  private static final int MAX_ASIDES = 3;
  /** The most words an aside after a name may have. */
  private static final int MAX_ASIDE = 8;
  /** The object and possessive pronouns that refer to one person. */
  private static final Set<String> SINGULAR_PRONOUNS = WordSets.named("continuations.singular-pronouns");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "‘", "’");

  private final Article doc;
  private final List<List<Draft>> byParagraph = new ArrayList<>();
  private final List<Optional<Draft>> owner;
  private final boolean reportsLend;
  /** The words read as proper nouns, once {@link #properWords()} has read them. */
  private final Set<String> properWords = new HashSet<>();
  private boolean properWordsRead;

  private Continuations(Article doc, List<Draft> cued, boolean reportsLend) {
    this.doc = doc;
    this.reportsLend = reportsLend;
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      byParagraph.add(new ArrayList<>());
    }
    this.owner = new ArrayList<>(Collections.nCopies(doc.quotes().size(), Optional.empty()));
    for (Draft a : cued) {
      add(a);
    }
  }

  /**
   * Finds the quotes that stand alone and attributes them.
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @param cued the attributions found through cues
   * @return the continuations, in unit order
   */
  static List<Draft> find(Article doc, List<Unit> units, List<Draft> cued) {
    return find(doc, units, cued, true);
  }

  /**
   * Finds the quotes that stand alone as the tagger's features saw them in training: a paragraph's
   * reported speech lends the next paragraph's quote no speaker.
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @param cued the attributions found through cues
   * @return the continuations, in unit order
   */
  static List<Draft> asTrained(Article doc, List<Unit> units, List<Draft> cued) {
    return find(doc, units, cued, false);
  }

  private static List<Draft> find(Article doc, List<Unit> units, List<Draft> cued, boolean reportsLend) {
    Continuations c = new Continuations(doc, cued, reportsLend);
    List<Draft> added = new ArrayList<>();
    Tokens t = doc.tokens();
    for (Unit unit : units) {
      int q = soleQuote(t, unit);
      if (q < 0 || c.owner.get(q).isPresent()) {
        continue;
      }
      Optional<Draft> source = c.source(q, unit);
      Optional<SpeakerMention> asked = source.isEmpty() && c.reportsLend ? c.askedJustBefore(unit) : Optional.empty();
      if (source.isEmpty() && asked.isEmpty() && !sentenceLike(t, doc, q) || stageDirection(t, doc, q)) {
        continue; // an answer needs no verb: "Asked what she would do, Lopez laughed. “Sleep, mostly.”"
      }
      boolean turnGoesOn = doc.quotes().get(q).runsOnFromPrevious() && q > 0
          && source.isPresent() && source.equals(c.owner.get(q - 1)) && source.get().type() == Quote.Type.INDIRECT;
      Quote.Type type = doc.quotes().get(q).marked() && !turnGoesOn ? Quote.Type.DIRECT : Quote.Type.INDIRECT;
      Optional<SpeakerMention> narrated = source.isEmpty() && c.reportsLend
          ? asked.or(() -> c.actorJustBefore(unit)) : Optional.empty();
      Draft a = narrated.isPresent() ? Draft.answer(doc.quotes().get(q).inner(), type, narrated.get(), CONTINUATION)
          : Draft.continuation(doc.quotes().get(q).inner(), type, source,
              source.map(s -> Math.min(CONTINUATION, s.confidence())).orElse(UNATTRIBUTED));
      c.add(a);
      added.add(a);
    }
    return added;
  }

  /** Files {@code a} under its paragraph, in text order, and records the quotes it holds. */
  private void add(Draft a) {
    List<Draft> list = byParagraph.get(doc.paragraphAt(a.content().start()));
    list.add(insertionPoint(list, a.content().start()), a);
    List<QuoteSpan> quotes = doc.quotes();
    for (int q = firstQuoteEndingAfter(a.content().start()); q < quotes.size(); q++) {
      Span inner = quotes.get(q).inner();
      if (inner.start() >= a.content().end()) {
        break;
      }
      if (inner.overlaps(a.content()) && owner.get(q).isEmpty()) {
        owner.set(q, Optional.of(a));
      }
    }
  }

  private int firstQuoteEndingAfter(int offset) {
    List<QuoteSpan> quotes = doc.quotes();
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).inner().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a quote is only a parenthesis, a transcript's stage direction ("(CROSSTALK)", "(Laughter.)"). */
  private static boolean stageDirection(Tokens t, Article doc, int q) {
    int first = doc.quoteFirstToken(q);
    int last = doc.quoteLastToken(q);
    while (first < last && Grammar.punctuation(t, first) && !t.word(first).equals("(")) {
      first++;
    }
    while (last > first && Grammar.punctuation(t, last) && !t.word(last).equals(")")) {
      last--;
    }
    if (!t.word(first).equals("(") || !t.word(last).equals(")")) {
      return false;
    }
    for (int i = first + 1; i < last; i++) {
      if (t.word(i).equals("(") || t.word(i).equals(")")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an unattributed quote reads as speech: three words or more with a verb, or sentences of
   * their own, one ended inside the quote before more words ("“Sleep, mostly. Then maybe some
   * gardening.”"), which no title or scare quote holds.
   */
  private static boolean sentenceLike(Tokens t, Article doc, int q) {
    int words = 0;
    boolean verb = false;
    boolean endedBefore = false;
    boolean sentences = false;
    for (int i = doc.quoteFirstToken(q); i <= doc.quoteLastToken(q); i++) {
      if (Grammar.sentenceEnd(t, i)) {
        endedBefore = words > 0;
      } else if (!Grammar.punctuation(t, i)) {
        words++;
        verb |= Grammar.verb(t, i);
        sentences |= endedBefore;
      }
    }
    return words >= 3 && (verb || sentences);
  }

  /** The quote a unit consists of, or -1 when the unit holds words outside quote marks. */
  private static int soleQuote(Tokens t, Unit unit) {
    int quote = -1;
    for (int i = unit.firstToken(); i < unit.endToken(); i++) {
      if (t.quoted(i)) {
        if (quote >= 0 && t.quote(i) != quote) {
          return -1;
        }
        quote = t.quote(i);
      } else if (!Grammar.punctuation(t, i)) {
        return -1;
      }
    }
    return quote;
  }

  /**
   * The speaker of a quote that runs on over paragraphs, given where it closes: "“For too long …" and
   * "“That ends today …" are hers when the quote closes with "“And we will …,” she said"; a cue inside
   * the quote (an excerpt of another article, "… King said Petraeus' testimony differed …") lends none,
   * nor does a quote opened by another mark (an excerpt's straight marks around its own curly ones).
   */
  private Optional<Draft> closingOwner(int q) {
    List<QuoteSpan> quotes = doc.quotes();
    for (int r = q + 1; r < quotes.size() && doc.reopensWithTheMarkOf(r, q); r++) {
      Optional<Draft> o = owner.get(r).filter(Draft::speaks)
          .filter(d -> d.cue().isPresent() && !doc.tokens().quoted(d.cue().get().tokens().first()));
      if (o.isPresent() || !quotes.get(r).runsOn()) {
        return o;
      }
    }
    return Optional.empty();
  }

  private Optional<Draft> source(int q, Unit unit) {
    QuoteSpan quote = doc.quotes().get(q);
    if (quote.runsOnFromPrevious() && q > 0 && owner.get(q - 1).filter(Draft::speaks).isPresent()) {
      return owner.get(q - 1);
    }
    List<Draft> here = byParagraph.get(unit.paragraph());
    int at = insertionPoint(here, quote.inner().start());
    for (int i = at - 1; i >= Math.max(0, at - SCAN); i--) {
      Draft a = here.get(i);
      if (a.speaks() && a.content().end() <= quote.inner().start()) {
        return Optional.of(a);
      }
    }
    for (int i = at; i < Math.min(here.size(), at + SCAN); i++) {
      Draft a = here.get(i);
      if (a.speaks() && a.content().start() >= quote.inner().end()) {
        return Optional.of(a);
      }
    }
    if (reportsLend && quote.runsOn()) {
      Optional<Draft> closing = closingOwner(q);
      if (closing.isPresent()) {
        return closing;
      }
    }
    if (unit.paragraph() > 0 && opensParagraph(unit)) {
      List<Draft> previous = byParagraph.get(unit.paragraph() - 1);
      for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - SCAN); i--) {
        Draft a = previous.get(i);
        if (a.speaks()) {
          return reportsLend || a.type() != Quote.Type.INDIRECT ? Optional.of(a) : Optional.empty();
        }
      }
    }
    if (reportsLend && unit.paragraph() > 1 && opensParagraph(unit) && interviewersQuestion(unit.paragraph() - 1)) {
      List<Draft> answered = byParagraph.get(unit.paragraph() - 2);
      for (int i = answered.size() - 1; i >= Math.max(0, answered.size() - SCAN); i--) {
        Draft a = answered.get(i);
        if (a.speaks()) {
          return a.type() == Quote.Type.DIRECT ? Optional.of(a) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether paragraph {@code p} is an interviewer's question printed between answers with no label
   * ("What is banned outright?" between two quoted answers of an interview): one sentence of at most
   * {@value #MAX_QUESTION} tokens ending in a question mark, with no quote mark and no attribution.
   * The quote opening the next paragraph answers it, in the voice of the answer quoted before it.
   */
  private boolean interviewersQuestion(int p) {
    Span paragraph = doc.paragraphs().get(p);
    Tokens t = doc.tokens();
    int first = t.firstAtOrAfter(paragraph.start());
    if (first >= t.size() || !byParagraph.get(p).isEmpty()) {
      return false;
    }
    int last = t.lastEndingBy(first, paragraph.end());
    if (last < first || last - first >= MAX_QUESTION || !t.word(last).equals("?") || t.sentence(first) != t.sentence(last)) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (t.quoted(i) || QUOTE_MARKS.contains(t.word(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person a question was put to in the sentence closing the previous paragraph, who answers in the
   * quote opening this one ("Kimpton was asked if more buses would be needed." and then "“We will watch
   * the numbers closely.”"): that sentence opens with a name or a pronoun, in a noun phrase of at most
   * {@link #MAX_SUBJECT} words, then "was" or "were" and "asked" (not "The question was asked"); or it
   * opens with "Asked" or "When asked" and its subject answers ({@link #answererAfterAsked}), as does such a sentence
   * right before the quote in its own paragraph ("Asked what she would do next, Lopez laughed. “Sleep,
   * mostly.”").
   */
  private Optional<SpeakerMention> askedJustBefore(Unit unit) {
    Tokens t = doc.tokens();
    int last = unit.firstToken() - 1;
    boolean opens = opensParagraph(unit);
    boolean sameParagraph = last >= 0 && !opens && doc.paragraphAt(t.start(last)) == unit.paragraph();
    if (!sameParagraph && (unit.paragraph() == 0 || !opens || last < 0)) {
      return Optional.empty();
    }
    int first = t.sentenceStart(last);
    boolean whenAsked = t.word(first).equals("When") && first + 1 <= last && t.word(first + 1).equals("asked");
    if (t.word(first).equals("Asked") || whenAsked) {
      return answererAfterAsked(t, first, last);
    }
    if (sameParagraph) {
      return Optional.empty();
    }
    int end = NounPhrases.endRightOf(t, first, Math.min(last, first + MAX_SUBJECT - 1));
    if (end < 0 || end + 2 > last || t.quoted(first)) {
      return Optional.empty();
    }
    int head = NounPhrases.head(t, first, end);
    boolean named = Grammar.proper(t, head) || t.tag(head).equals("PRP");
    boolean asked = (t.lower(end + 1).equals("was") || t.lower(end + 1).equals("were")) && t.lower(end + 2).equals("asked");
    return named && asked ? Optional.of(new SpeakerMention(new TokenRange(first, end), head, Optional.empty())) : Optional.empty();
  }

  /**
   * The subject of a sentence that opens with the question put to it and holds no quote mark, who
   * answers in the quote opening the next paragraph ("Asked about his 15 fourth-quarter points, Barnes
   * shrugged." and then "“I was just taking what they gave me.”"): after "Asked" and the first comma,
   * a noun phrase of at most {@link #MAX_SUBJECT} words headed by a name, "he" or "she", then a verb in
   * the past or present tense.
   */
  private static Optional<SpeakerMention> answererAfterAsked(Tokens t, int first, int last) {
    int comma = -1;
    for (int i = first; i <= last; i++) {
      if (t.quoted(i)) {
        return Optional.empty();
      }
      if (comma < 0 && Grammar.comma(t, i)) {
        comma = i;
      }
    }
    if (comma < 0 || comma + 2 > last) {
      return Optional.empty();
    }
    int end = NounPhrases.endRightOf(t, comma + 1, Math.min(last - 1, comma + MAX_SUBJECT));
    if (end < 0) {
      return Optional.empty();
    }
    int head = NounPhrases.head(t, comma + 1, end);
    if (!namesAPerson(t, head) || !acts(t, end + 1)) {
      return Optional.empty();
    }
    return Optional.of(new SpeakerMention(new TokenRange(comma + 1, end), head, Optional.empty()));
  }

  /**
   * The person whose action the sentence right before the quote, in its paragraph or closing the
   * paragraph before the one the quote opens, tells, who then speaks ("Shah shook her head. “The
   * council held two consultations.”", "Her neighbour, Tom Hughes, disagreed. “Nobody asked us.”",
   * "Boychuk sold a third of his herd last fall." and then "“Hay was $250 a tonne.”"): that sentence
   * holds no quote mark and opens with a name (a
   * sentence-opening word the tagger read as a noun counts when the article names someone with it
   * elsewhere), "he" or "she", or with a noun phrase and a name set off by commas, or with a name and
   * asides set off by commas ("Sarah Hughes, 42, a teaching assistant, moved in in January."), right before a verb
   * in the past or present tense or a modal and its verb ("She will cast the deciding vote next
   * week." and then "“I want to hear from residents first.”"); an opening conjunction ("But her
   * neighbour, Graham Hill, was unconvinced.") or a relative clause set off after the name ("Ruth
   * Okafor, who would lease land, spoke first.") may stand around the subject. A person the sentence
   * opens with as its topic ("For Ahmed Khan, who drives a taxi, the strike meant lost income.") or
   * someone spoken to ("The Star spoke to Maria Lopez, a nurse, on Friday.") is the one who speaks.
   */
  private Optional<SpeakerMention> actorJustBefore(Unit unit) {
    Tokens t = doc.tokens();
    int last = unit.firstToken() - 1;
    int paragraph = opensParagraph(unit) ? unit.paragraph() - 1 : unit.paragraph();
    if (last < 0 || doc.paragraphAt(t.start(last)) != paragraph) {
      return Optional.empty();
    }
    int first = t.sentenceStart(last);
    Optional<SpeakerMention> actor = actorOf(first, last);
    if (actor.isEmpty() && first > 0 && onlyAPronounFor(first, last)
        && doc.paragraphAt(t.start(first - 1)) == paragraph) {
      actor = actorOf(t.sentenceStart(first - 1), first - 1);
    }
    return actor;
  }

  /**
   * Whether a sentence names no one and refers to one person by an object or possessive pronoun
   * ("Since the operator cut the timetable, her deliveries have become unreliable."): the sentence
   * before it may say who. A sentence with "she" for its subject says who acts itself ("She will.").
   */
  private boolean onlyAPronounFor(int first, int last) {
    Tokens t = doc.tokens();
    if (t.holdsProperNoun(first, last)) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (SINGULAR_PRONOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The person whose action the sentence {@code [first, last]} tells, as {@link #actorJustBefore} reads it. */
  private Optional<SpeakerMention> actorOf(int first, int last) {
    Tokens t = doc.tokens();
    for (int i = first; i <= last; i++) {
      if (t.quoted(i)) {
        return Optional.empty();
      }
    }
    if (first < last && (t.tag(first).equals("CC") || t.tag(first).equals("RB") && t.capitalized(first))) {
      first++; // "But her neighbour, Graham Hill, was unconvinced."
    }
    Optional<SpeakerMention> topic = personOpeningWithFor(t, first, last);
    if (topic.isPresent()) {
      return topic;
    }
    int end = NounPhrases.endRightOf(t, first, Math.min(last, first + MAX_SUBJECT - 1));
    if (end < 0 || end + 1 > last) {
      return Optional.empty();
    }
    int start = first;
    int relative = Grammar.proper(t, end) ? relativeClauseEnd(t, end + 1, last) : -1;
    if (relative >= 0) {
      int named = NounPhrases.head(t, start, end);
      return acts(t, relative + 1) && namesAPerson(t, named)
          ? Optional.of(new SpeakerMention(new TokenRange(start, end), named, Optional.empty()))
          : Optional.empty(); // "Ruth Okafor, who would lease land to the developer, spoke first."
    }
    if (Grammar.comma(t, end + 1)) {
      int nameEnd = NounPhrases.endRightOf(t, end + 2, Math.min(last, end + 1 + MAX_SUBJECT));
      if (nameEnd < 0 || nameEnd + 2 > last || !Grammar.comma(t, nameEnd + 1) || !Grammar.proper(t, nameEnd)) {
        int named = NounPhrases.head(t, start, end);
        int verb = pastAsides(t, end + 1, last);
        return verb >= 0 && Grammar.proper(t, named) && acts(t, verb)
            ? Optional.of(new SpeakerMention(new TokenRange(start, end), named, Optional.empty()))
            : Optional.empty(); // "Sarah Hughes, 42, a teaching assistant, moved in in January."
      }
      start = end + 2; // "Her neighbour, Tom Hughes, disagreed."
      end = nameEnd;
    }
    int verb = end + 1 < last && Grammar.comma(t, end + 1) ? end + 2 : end + 1;
    if (verb == end + 2 && !acts(t, verb)) {
      verb = pastAsides(t, end + 1, last); // "Her neighbour, Raj Patel, a retired engineer, is less worried."
    }
    Optional<SpeakerMention> interviewed = verb >= 0 && acts(t, verb) ? personSpokenTo(t, verb, last) : Optional.empty();
    if (interviewed.isPresent()) {
      return interviewed; // "The Star spoke to Maria Lopez, a nurse, on Friday." then her words
    }
    int head = NounPhrases.head(t, start, end);
    boolean person = namesAPerson(t, head)
        || start == end && t.tag(head).equals("NN") && t.capitalized(head) && properWords().contains(t.word(head));
    return person && verb >= 0 && acts(t, verb)
        ? Optional.of(new SpeakerMention(new TokenRange(start, end), head, Optional.empty())) : Optional.empty();
  }

  /**
   * The verb after the asides set off by commas that follow a name, from the comma at {@code comma}:
   * an age, a description or an adverb, each with no verb of its own and at most {@value #MAX_ASIDE}
   * words ("Sarah Hughes, 42, a teaching assistant, moved …", "Hughes, meanwhile, has started …");
   * -1 when no such verb follows them.
   */
  private static int pastAsides(Tokens t, int comma, int last) {
    int c = comma;
    for (int asides = 0; asides < MAX_ASIDES && c < last && Grammar.comma(t, c); asides++) {
      int next = -1;
      for (int k = c + 1; k <= Math.min(last, c + MAX_ASIDE + 1); k++) {
        if (Grammar.comma(t, k)) {
          next = k;
          break;
        }
        if (Grammar.finite(t, k) || t.quoted(k)) {
          return -1;
        }
      }
      if (next < 0 || next == c + 1 || next + 1 > last) {
        return -1;
      }
      if (acts(t, next + 1)) {
        return next + 1;
      }
      c = next;
    }
    return -1;
  }

  /**
   * The person a sentence opens with as its topic: "For" and a name of two words or more, or one a
   * relative clause follows, or one an earlier speaker's name ends with, then a comma ("For Ahmed
   * Khan, who drives a taxi, the strike meant lost income."; "For MacLeod, the apology rings hollow."
   * after "Morag MacLeod" spoke; not "For Canada, the deal …").
   */
  private Optional<SpeakerMention> personOpeningWithFor(Tokens t, int first, int last) {
    if (!t.lower(first).equals("for") || first + 2 > last) {
      return Optional.empty();
    }
    int end = NounPhrases.endRightOf(t, first + 1, Math.min(last, first + MAX_SUBJECT));
    boolean name = end > first && Grammar.proper(t, first + 1) && Grammar.proper(t, end)
        && (end > first + 1 || relativeClauseEnd(t, end + 1, last) >= 0 || spokeBefore(t.word(end), t.start(first)));
    return name && end + 1 < last && Grammar.comma(t, end + 1)
        ? Optional.of(new SpeakerMention(new TokenRange(first + 1, end), end, Optional.empty())) : Optional.empty();
  }

  /**
   * The person named right after "spoke to", "talked with" or "interviewed" at {@code verb}: the one
   * who answered ("The Star spoke to Maria Lopez, a nurse at St. Michael's, on Friday.").
   */
  private static Optional<SpeakerMention> personSpokenTo(Tokens t, int verb, int last) {
    String v = t.lower(verb);
    boolean spoke = (v.equals("spoke") || v.equals("talked") || v.equals("speaks") || v.equals("talks")) && verb + 1 < last
        && (t.lower(verb + 1).equals("to") || t.lower(verb + 1).equals("with"));
    int from = spoke ? verb + 2 : v.equals("interviewed") ? verb + 1 : -1;
    if (from < 0 || from > last || !Grammar.proper(t, from)) {
      return Optional.empty();
    }
    int end = NounPhrases.endRightOf(t, from, Math.min(last, from + MAX_SUBJECT - 1));
    return end >= from && Grammar.proper(t, end)
        ? Optional.of(new SpeakerMention(new TokenRange(from, end), end, Optional.empty())) : Optional.empty();
  }

  /**
   * The comma closing a relative clause set off after a name ("Okafor, who would lease land to the
   * developer,") that starts with the comma at {@code comma}, in the sentence up to {@code last}; -1
   * when there is none.
   */
  private static int relativeClauseEnd(Tokens t, int comma, int last) {
    if (comma + 1 > last || !Grammar.comma(t, comma) || !(t.tag(comma + 1).equals("WP") || t.tag(comma + 1).equals("WP$"))) {
      return -1;
    }
    for (int k = comma + 2; k < last; k++) {
      if (Grammar.comma(t, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a speaker before {@code offset} is named with a mention whose head is {@code word}. */
  private boolean spokeBefore(String word, int offset) {
    Tokens t = doc.tokens();
    return byParagraph.stream().flatMap(List::stream).anyMatch(d -> d.content().end() <= offset && d.speaks()
        && d.speaker().filter(m -> t.word(m.head()).equals(word) && Grammar.proper(t, m.head())).isPresent());
  }

  /** Whether the head names a person: a proper noun, "he" or "she". */
  private static boolean namesAPerson(Tokens t, int head) {
    return Grammar.proper(t, head) || t.lower(head).equals("he") || t.lower(head).equals("she");
  }

  /**
   * Whether the word is a verb in the past or present tense, or a modal before a verb, telling what
   * someone did or will do ("She will cast the deciding vote next week.").
   */
  private static boolean acts(Tokens t, int i) {
    return t.tag(i).equals("VBD") || t.tag(i).equals("VBZ")
        || t.tag(i).equals("MD") && i + 1 < t.size() && t.tag(i + 1).equals("VB");
  }

  /**
   * The words the article reads as proper nouns somewhere, so that a noun opening a sentence ("Shah")
   * is a name when it is one elsewhere; read once per run, when first asked.
   */
  private Set<String> properWords() {
    if (!properWordsRead) {
      properWordsRead = true;
      Tokens t = doc.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (Grammar.proper(t, i)) {
          properWords.add(t.word(i));
        }
      }
    }
    return properWords;
  }

  /** The index of the first attribution in {@code list} starting at or after {@code offset}. */
  private static int insertionPoint(List<Draft> list, int offset) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).content().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean opensParagraph(Unit unit) {
    return doc.paragraphs().get(unit.paragraph()).start() == doc.tokens().start(unit.firstToken());
  }

}
