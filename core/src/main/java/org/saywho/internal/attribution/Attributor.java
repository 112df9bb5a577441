package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Datelines;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * Finds the article's attributions. The grammar goes unit by unit: each cue with its speaker and its
 * content, typed direct, mixed or indirect by the quote marks the content holds; then quotes with no
 * cue of their own, which continue an earlier (or later) speaker's quote in the paragraph or are left
 * unattributed. Quotes inside a sentence that no cue reports are scare quotes or titles and are
 * dropped. Then the trained {@link AttributionTagger}, seeing the grammar's decisions, adds the reported
 * speech the grammar missed and redraws its boundaries ({@link TaggedAttributions}).
 */
public final class Attributor {

  /** The confidence of a finding reported after it, the cue lexicon's weight for "find". */
  private static final double FINDING = 0.55;
  private static final Set<String> CLAUSES_AFTER_A_FINDING = WordSets.named("attributor.clauses-after-a-finding");

  private final CueLexicon lexicon;
  private final TokenFeatures features;
  private final Optional<AttributionTagger> tagger;
  private final Words words;

  /**
   * Creates an attributor.
   *
   * @param lexicon the reporting-cue lexicon
   * @param tagger the trained attribution tagger
   * @param words the word lists, for speakers that are things
   */
  public Attributor(CueLexicon lexicon, AttributionTagger tagger, Words words) {
    this(lexicon, Optional.of(tagger), words);
  }

  private Attributor(CueLexicon lexicon, Optional<AttributionTagger> tagger, Words words) {
    this.lexicon = lexicon;
    this.features = new TokenFeatures(lexicon);
    this.tagger = tagger;
    this.words = words;
  }

  /**
   * Returns an attributor with the grammar alone, to compute the tagger's training features.
   *
   * @param lexicon the reporting-cue lexicon
   * @param words the word lists, shared with the caller rather than loaded again
   * @return the attributor
   */
  public static Attributor grammarOnly(CueLexicon lexicon, Words words) {
    return new Attributor(lexicon, Optional.empty(), words);
  }

  /**
   * Finds the attributions of an article.
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @return the attributions, sorted by content
   */
  public List<Attribution> attribute(Article doc, List<Unit> units) {
    return attribute(doc, units, doc, units);
  }

  /**
   * Finds the attributions of an article, the tagger reading it as it was trained to
   * ({@link org.saywho.internal.pipeline.Reader#readBoth}).
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @param asTrained the same text as the tagger was trained to read it, with the same tokens
   * @param asTrainedUnits the attribution units of {@code asTrained}
   * @return the attributions, sorted by content
   */
  public List<Attribution> attribute(Article doc, List<Unit> units, Article asTrained, List<Unit> asTrainedUnits) {
    Morphology morphology = new Morphology();
    boolean[] dateline = Datelines.of(doc.tokens());
    List<Draft> cued = cued(doc, units, morphology, true, dateline);
    List<Draft> continuations = Continuations.asTrained(doc, units, cued);
    List<Draft> grammar = cued;
    if (tagger.isPresent()) {
      // The tagger reads the grammar as it was when the tagger was trained, without the rules added since.
      TokenFeatures.OfArticle f = features(asTrained, asTrainedUnits, morphology);
      cued = TaggedAttributions.merge(doc, units, tagger.get().label(asTrained, f), cued, continuations, lexicon, morphology, words);
      continuations = Continuations.find(doc, units, cued);
    }
    // The constructions and filters after the tagger read the cued attributions only, so the
    // continuations, which depend on nothing else, are found again once, when they changed any
    // (the postposed reports too: a continuation names the very draft its speaker comes from).
    List<Draft> merged = cued;
    cued = withPostposedReports(doc, units, cued, morphology);
    cued = FrontedParts.add(doc, cued);
    cued = RelativeQuotes.add(doc, cued, lexicon, morphology);
    cued = RelativeContents.add(doc, cued, lexicon, morphology);
    cued = Expectations.add(doc, cued, lexicon);
    cued = PollOpeners.add(doc, cued);
    cued = HeardReports.add(doc, cued);
    cued = ClausesBeforeAColon.add(doc, cued, lexicon, words);
    cued = AnonymityClauses.without(doc, cued, lexicon, words, morphology);
    cued = DatelineParts.without(doc, cued, dateline, grammar);
    cued = Headings.without(doc, cued, words);
    cued = LabelledContents.trimmed(doc, cued, lexicon);
    cued = DemonstrativeContents.trimmed(doc, cued);
    cued = ContentSubjects.widened(doc, cued);
    cued = CoordinatedReports.widened(doc, cued);
    cued = HeadlineQuotes.add(doc, units, cued, lexicon, dateline);
    cued = HeadlineSignatures.add(doc, units, cued, lexicon);
    cued = HeadlineSources.add(doc, units, cued, lexicon, words);
    cued = HeadlineAttributions.add(doc, units, cued, lexicon, words, morphology);
    cued = QuoteFirstHeadlines.add(doc, units, cued, lexicon, words);
    cued = InterviewAnswers.add(doc, cued, lexicon, words);
    cued = Nicknames.without(doc, cued);
    cued = InvertedSpeakerContents.without(doc, cued);
    cued = ModifiedNounSpeakers.widened(doc, cued, words);
    cued = AgentAppositions.mended(doc, cued, words);
    cued = WithPhraseSpeakers.mended(doc, cued);
    cued = ThingSources.without(doc, cued, words);
    cued = ThingFindings.add(doc, cued, words, morphology);
    cued = ActionVerbs.without(doc.tokens(), cued, words);
    cued = Verdicts.without(doc.tokens(), cued);
    cued = DeclaredActs.without(doc.tokens(), cued);
    cued = RecalledGoods.without(doc.tokens(), cued);
    cued = CompoundCues.without(doc.tokens(), cued);
    cued = PostposedReporters.trimmed(doc, cued);
    cued = IntroductoryClauses.trimmed(doc, cued);
    cued = CataphoricContents.resolved(doc, cued);
    cued = HeadlineCircumstances.trimmed(doc, cued);
    cued = AddedCounts.without(doc, cued, words);
    cued = PhrasalCues.mended(doc, cued, words);
    cued = ParticipleCues.mended(doc, cued, lexicon, morphology);
    cued = ApposedRelativeCues.mended(doc, cued, lexicon, morphology);
    cued = ParticipleDescriptions.mended(doc, cued, lexicon, morphology);
    cued = ParticipleAsides.without(doc.tokens(), cued);
    cued = DocumentParticiples.mended(doc, cued, words);
    cued = IssuedDocuments.mended(doc, cued, lexicon, morphology, words);
    cued = AgeSpeakers.with(doc, cued);
    cued = HyphenedTitles.widened(doc, cued, words);
    cued = CausedSpeakers.mended(doc, cued);
    cued = RelativePronounSpeakers.with(doc, cued);
    cued = AccordingToSources.mend(doc, cued, lexicon, words, dateline);
    cued = ReadDocuments.cut(doc, cued, words);
    cued = LeadingTimes.trimmed(doc, cued);
    cued = ElapsedTimes.trimmed(doc, cued);
    cued = DateContents.without(doc, cued);
    cued = SpeakerTimes.trimmed(doc, cued);
    cued = LeadingAdjuncts.trimmed(doc, cued);
    cued = AskedQuestions.unattributed(doc, cued, lexicon, morphology);
    cued = ParticipleOpeners.without(doc, cued);
    cued = GappedRelativeCues.mended(doc, cued, lexicon, morphology);
    cued = SummaryAppositions.mended(doc, cued, lexicon, morphology);
    cued = QuotedSpeakers.add(doc, cued, lexicon, morphology);
    cued = PrepositionalOpeners.without(doc, cued);
    cued = RelativeClauseContents.without(doc, cued, lexicon);
    cued = TrailingCircumstances.without(doc, cued, words);
    cued = OccasionPhrases.trimmed(doc, cued, lexicon);
    cued = ResultParticiples.trimmed(doc, cued);
    cued = MannerPhrases.trimmed(doc, cued);
    cued = Comparisons.without(doc, cued);
    cued = ClosedQuoteEnds.trimmed(doc, cued);
    cued = ColonIntroductions.without(doc, cued, words);
    cued = TranscriptTurns.widened(doc, cued);
    cued = ClausesAfterTheCue.widened(doc, cued);
    cued = RelativeAsides.widened(doc, cued);
    cued = RelativeClauseCues.trimmed(doc, cued);
    cued = AppositiveRoles.with(doc, cued);
    cued = AppositiveNames.with(doc, cued);
    cued = NamedOnlyAs.mended(doc, cued);
    cued = PlaceAppositions.mended(doc, cued, words);
    cued = FloatingQuantifiers.widened(doc, cued);
    cued = DescriptionHeads.with(doc, cued, words);
    cued = PartitiveSpeakers.widened(doc, cued, words);
    cued = ParentheticalHeads.mended(doc.tokens(), cued);
    cued = CoordinatedAppositions.widened(doc, cued);
    boolean[] asides = AsideParagraphs.of(doc, words);
    cued = AsideParagraphs.without(doc, cued, asides);
    if (!cued.equals(merged)) {
      continuations = Continuations.find(doc, units, cued);
    }
    List<Draft> drafts = new ArrayList<>(cued);
    drafts.addAll(AsideParagraphs.withoutContinuations(doc, Headings.withoutSubheads(doc, continuations), asides));
    drafts = new ArrayList<>(NestedQuotes.without(drafts));
    drafts.sort(Comparator.comparing(Draft::content));
    return HeadlineReports.typed(doc, Draft.toAttributions(drafts));
  }

  /**
   * The tagger's features at each token of an article, for training.
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @return the features by token
   */
  public String[][] features(Article doc, List<Unit> units) {
    TokenFeatures.OfArticle f = features(doc, units, new Morphology());
    String[][] out = new String[doc.tokens().size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.at(i);
    }
    return out;
  }

  private TokenFeatures.OfArticle features(Article doc, List<Unit> units, Morphology morphology) {
    List<Draft> cued = cued(doc, units, morphology, false, new boolean[doc.tokens().size()]);
    return features(doc, cued, Continuations.asTrained(doc, units, cued), morphology);
  }

  /** The tagger's features, seeing the grammar's cued attributions and continuations. */
  private TokenFeatures.OfArticle features(Article doc, List<Draft> cued, List<Draft> continuations, Morphology morphology) {
    List<Draft> grammar = new ArrayList<>(cued);
    grammar.addAll(continuations);
    return features.of(doc, Draft.toAttributions(grammar), morphology);
  }

  /**
   * The grammar's attributions that have a cue in their own sentence; with {@code repaired}, by the
   * rules the tagger's features never saw too (see {@link SpeakerFinder#REPAIRED}), among them that a
   * colon after a dateline ("NEW DELHI: The ministry said …", marked in {@code dateline}; none marked
   * for the tagger's features) introduces no one's words.
   */
  private List<Draft> cued(Article doc, List<Unit> units, Morphology morphology, boolean repaired, boolean[] dateline) {
    CueFinder finder = new CueFinder(lexicon, morphology, repaired);
    SpeakerFinder speakerFinder = repaired ? SpeakerFinder.REPAIRED : SpeakerFinder.AS_TRAINED;
    Tokens t = doc.tokens();
    List<Draft> drafts = new ArrayList<>();
    for (Unit unit : units) {
      List<Candidate> candidates = new ArrayList<>();
      Colons.find(t, unit, lexicon).filter(c -> !dateline[c.speaker().first()]).ifPresent(candidates::add); // "NEW DELHI: …"
      List<CueMatch> cues = finder.find(t, unit);
      ContentFinder contents = new ContentFinder(doc, unit, cues, repaired, lexicon, words, morphology);
      List<SpeakerMatch> speakers = new ArrayList<>();
      int boundary = unit.firstToken();
      for (CueMatch cue : cues) {
        Optional<SpeakerMatch> found = speakerFinder.find(t, unit, cue, speakers);
        if (found.isEmpty()) {
          continue;
        }
        SpeakerMatch sp = found.get();
        speakers.add(sp);
        double w = cue.entry().weight();
        Optional<Range> before = contents.before(cue, sp, boundary);
        before.ifPresent(r -> candidates.add(new Candidate(r, cue, sp, w)));
        Optional<Range> after = contents.after(cue, sp).or(() -> nextParagraphQuote(doc, unit, cue));
        after.ifPresent(r -> candidates.add(new Candidate(r, cue, sp, w * (before.isPresent() ? 0.9 : 1.0))));
        if (before.isPresent() || after.isPresent()) {
          boundary = Math.max(boundary, Math.max(cue.last(), Math.max(sp.last(), sp.roleLast())) + 1);
          if (after.isPresent()) {
            boundary = Math.max(boundary, after.get().last() + 1);
          }
        }
      }
      for (Candidate c : distinct(candidates)) {
        Draft a = toDraft(doc, c);
        if (a.type() != Quote.Type.DIRECT || !namesOnly(c.cue().entry())) {
          drafts.add(a);
        }
      }
    }
    return drafts;
  }

  /**
   * Reports given before their speaker and cue that the grammar and the tagger leave out. First,
   * reports that hold another report ("The company plans to cut 500 jobs, a spokesman said"): the
   * grammar reads the inner cue's content on to the sentence's end and the tagger labels one content
   * per token, so the outer "…, a spokesman said" is left without its report. Conditions: a lexicon
   * cue taking its content before it, given to no attribution; its speaker before it, right after a
   * comma; no content after it but a participle clause about the speaker ("…, declining to be named");
   * the content the grammar finds for it from the unit's start, opening with no subordinating word or
   * adverb; and a cue of another attribution inside that content, whose
   * own content then ends with the outer one's; or, with no such cue, a partitive speaker ("The deal
   * will close next week, one of the sources said"), which neither the grammar nor the tagger reads
   * before a postposed cue, and no attribution holding the content. Second, findings
   * ({@link #findingAt}) that no attribution holds, or only whole reports inside them.
   */
  private List<Draft> withPostposedReports(Article doc, List<Unit> units, List<Draft> drafts, Morphology morphology) {
    Tokens t = doc.tokens();
    CueFinder finder = new CueFinder(lexicon, morphology, true);
    List<Draft> out = new ArrayList<>(drafts);
    for (Unit unit : units) {
      List<CueMatch> cues = finder.find(t, unit);
      ContentFinder contents = new ContentFinder(doc, unit, cues, true, lexicon, words, morphology);
      for (CueMatch cue : cues) {
        if (!cue.entry().takes(CueEntry.Frame.POSTPOSED)
            || drafts.stream().anyMatch(d -> cuedAt(d, cue.first(), cue.last()) && !reportsTheParticiple(t, unit, d, cue))) {
          continue;
        }
        Optional<SpeakerMatch> sp = speakerAfterAComma(t, unit, cue);
        Optional<Range> content = sp.filter(s -> contents.after(cue, s).isEmpty() || participleAt(t, unit, pastAdjuncts(t, unit, cue))
                || summaryAfter(t, unit, cue.last() + 1))
            .flatMap(s -> contents.before(cue, s, unit.firstToken()));
        if (content.isEmpty() || opensWithAnAdjunct(t, content.get().first())) {
          continue;
        }
        Range outer = content.get();
        if (drafts.stream().anyMatch(d -> cuedAt(d, outer.first(), outer.last()))) {
          Span end = t.span(outer.last() + 1, cue.last());
          out.replaceAll(d -> cuedAt(d, outer.first(), outer.last()) && d.content().overlaps(end)
              && d.content().start() < t.start(outer.last()) ? d.withContent(Span.of(d.content().start(), t.end(outer.last())), d.type()) : d);
          out.add(toDraft(doc, new Candidate(outer, cue, sp.get(), cue.entry().weight())));
        } else if (PartitiveSpeakers.opensPartitive(t, sp.get().first()) && !Draft.anyHolds(out, t.span(outer.first(), outer.last()))) {
          out.add(toDraft(doc, new Candidate(outer, cue, sp.get(), cue.entry().weight())));
        }
      }
      for (int v = unit.firstToken(); v < unit.endToken(); v++) {
        findingAt(doc, unit, contents, v, morphology)
            .filter(f -> out.stream().filter(d -> d.content().overlaps(f.content()))
                .allMatch(d -> reportedInside(t, d, f.content())))
            .ifPresent(out::add);
      }
    }
    return out.size() == drafts.size() ? drafts : out;
  }

  /**
   * A finding reported by the verb at {@code v} after it, which the cue lexicon gives no postposed
   * frame ("The ice sheet is melting faster, a new study has found"): a verb of
   * {@code finding-verbs.txt} closing its sentence or followed by a participle clause ("…, a survey
   * showed on Monday, adding to concerns …"), its subject right after a comma, and the clause
   * before that comma, opening with no subordinating word or adverb (the caller keeps it only when no
   * attribution holds that clause). A verb the part-of-speech tagger read as a noun ("…, a USA TODAY
   * analysis of campaign-finance reports shows.", "…, data from Counterpoint Research show.") counts
   * when its subject names a document or a finding ({@code source-things.txt}).
   */
  private Optional<Draft> findingAt(Article doc, Unit unit, ContentFinder contents, int v, Morphology morphology) {
    Tokens t = doc.tokens();
    boolean readAsNoun = (t.tag(v).equals("NNS") || t.tag(v).equals("NN")) && v > unit.firstToken() && Grammar.noun(t, v - 1);
    if (!t.tagIs(v, "VB") && !readAsNoun || t.quoted(v)) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(v), readAsNoun ? (t.tag(v).equals("NN") ? "VBP" : "VBZ") : t.tag(v));
    int after = Adjuncts.skipRight(t, v + 1, unit.endToken());
    boolean closes = after >= unit.endToken() || Grammar.sentenceEnd(t, after) || participleAt(t, unit, after)
        || clauseJoinedAt(t, unit, after);
    if (!words.isFindingVerb(lemma) || !closes) {
      return Optional.empty();
    }
    CueMatch cue = new CueMatch(v, v, new CueEntry(lemma, List.of(), EnumSet.of(CueEntry.Frame.POSTPOSED), FINDING));
    Optional<SpeakerMatch> sp = speakerAfterAComma(t, unit, cue)
        .filter(s -> !readAsNoun || words.isThing(t.lower(s.head())));
    return sp.flatMap(s -> contents.before(cue, s, unit.firstToken()))
        .filter(r -> !opensWithAnAdjunct(t, r.first()))
        .map(r -> toDraft(doc, new Candidate(r, cue, sp.get(), FINDING)));
  }

  /**
   * The cue's speaker when it stands before the cue, right after a comma (or a comma and a closing quote
   * mark), with its role if it has one
   * before, and with the noun an adjective and its preposition modify ("three people familiar with the
   * matter said", where the grammar's speaker is "the matter"), the partitive before it ("one of the
   * sources said", where it is "the sources") or the document or finding whose maker it is ("data from
   * Counterpoint Research show", where it is "Counterpoint Research").
   */
  private Optional<SpeakerMatch> speakerAfterAComma(Tokens t, Unit unit, CueMatch cue) {
    return SpeakerFinder.REPAIRED.find(t, unit, cue, List.of())
        .map(s -> withModifiedNoun(t, unit, s))
        .map(s -> withPartitive(t, unit, s))
        .map(s -> withThingMade(t, unit, s))
        .filter(s -> s.position() == SpeakerMatch.Position.BEFORE && s.first() > unit.firstToken()
            && afterAComma(t, Math.min(s.first(), s.roleFirst() >= 0 ? s.roleFirst() : s.first()) - 1, s));
  }

  /**
   * Whether token {@code k}, which a role opening the text puts at -1, is a comma, or a closing quote
   * mark after one before a speaker who is no pronoun (a partial quote ending a report that a document
   * gives: "He admitted that he “put his
   * hands on her neck,” the complaint states."; in "DuVernay said she felt … because “…,” she said" the
   * writer said it twice).
   */
  private static boolean afterAComma(Tokens t, int k, SpeakerMatch s) {
    return k >= 0 && Grammar.comma(t, k)
        || k > 0 && Grammar.closingQuote(t, k) && Grammar.comma(t, k - 1) && !t.tag(s.head()).startsWith("PRP");
  }

  /**
   * Whether the draft's content is the participle clause about the speaker right after the cue and
   * its adjuncts ("…, a source said, declining to be named because …"; "…, Reuters reported on Friday,
   * citing people familiar with the matter"), which the filters after this stage drop or give a cue
   * of its own; it does not take the cue from the report before it.
   */
  private static boolean reportsTheParticiple(Tokens t, Unit unit, Draft d, CueMatch cue) {
    int k = pastAdjuncts(t, unit, cue);
    return participleAt(t, unit, k) && d.content().start() >= t.start(k + 1);
  }

  /** The first token after the cue and the time or place adjuncts right after it ("reported on Friday"). */
  private static int pastAdjuncts(Tokens t, Unit unit, CueMatch cue) {
    return Adjuncts.skipRight(t, cue.last() + 1, unit.endToken());
  }

  /**
   * Whether a noun phrase set off by a comma at {@code k} or after the cue's listener, indefinite and
   * with a relative clause, sums up the report before the cue rather than saying anything of its own:
   * "…, two people familiar with the matter told Reuters, a move that would cost about 2,500 jobs".
   */
  private static boolean summaryAfter(Tokens t, Unit unit, int k) {
    int comma = k;
    while (comma < unit.endToken() && comma < k + 3 && !Grammar.comma(t, comma)) {
      comma++; // the listener: "told Reuters, a move that …"
    }
    boolean indefinite = comma + 3 < unit.endToken() && Grammar.comma(t, comma)
        && (t.lower(comma + 1).equals("a") || t.lower(comma + 1).equals("an"));
    if (!indefinite) {
      return false;
    }
    int m = comma + 2;
    while (m < unit.endToken() && m < comma + 6 && (t.tagIs(m, "JJ") || t.tagIs(m, "NN")) && !t.quoted(m)) {
      m++;
    }
    return m > comma + 2 && m < unit.endToken() && t.tagIs(m - 1, "NN")
        && (t.lower(m).equals("that") || t.lower(m).equals("which"));
  }

  /**
   * Whether a clause the verb before it does not govern starts at {@code k}, after a comma and a
   * conjunction or subordinator ({@code attributor.clauses-after-a-finding}: "…, official figures
   * showed on Wednesday, but the drop was smaller than expected", "…, figures showed, as wet weather
   * kept shoppers away"), not a content after a comma ("records show, the Cessna …").
   */
  private static boolean clauseJoinedAt(Tokens t, Unit unit, int k) {
    return k + 1 < unit.endToken() && Grammar.comma(t, k) && CLAUSES_AFTER_A_FINDING.contains(t.lower(k + 1)) && !t.quoted(k + 1);
  }

  /**
   * Whether a participle clause set off by a comma starts at {@code k}, after a cue, telling of the
   * speaker or adding to the report, not what was said before the cue ("…, one of the sources said,
   * declining to be named because the talks are private").
   */
  private static boolean participleAt(Tokens t, Unit unit, int k) {
    return k + 1 < unit.endToken() && Grammar.comma(t, k) && t.tag(k + 1).equals("VBG") && !t.quoted(k + 1);
  }

  /**
   * The speaker widened to a bare document or finding noun whose maker it names after "from" or "by"
   * ("data from Counterpoint Research show", "figures from the ONS show"), with adjectives before the
   * noun; the noun is its head.
   */
  private SpeakerMatch withThingMade(Tokens t, Unit unit, SpeakerMatch s) {
    int from = s.first() - 1;
    if (s.roleFirst() >= 0 || s.position() != SpeakerMatch.Position.BEFORE || from - 1 <= unit.firstToken()
        || !(t.lower(from).equals("from") || t.lower(from).equals("by"))) {
      return s;
    }
    int noun = from - 1;
    int first = noun;
    while (first - 1 > unit.firstToken() && t.tag(first - 1).startsWith("JJ")) {
      first--;
    }
    boolean thing = Grammar.noun(t, noun) && !Grammar.proper(t, noun) && words.isThing(t.lower(noun)) && !t.quoted(noun);
    return thing ? new SpeakerMatch(first, s.last(), noun, -1, -1, SpeakerMatch.Position.BEFORE) : s;
  }

  /** The speaker widened to the partitive before it ("one of the sources said", "two of the officials"). */
  private static SpeakerMatch withPartitive(Tokens t, Unit unit, SpeakerMatch s) {
    int p = s.first() - 2;
    boolean plain = s.roleFirst() < 0 && s.position() == SpeakerMatch.Position.BEFORE;
    return plain && p > unit.firstToken() && PartitiveSpeakers.opensPartitive(t, p)
        ? new SpeakerMatch(p, s.last(), s.head(), -1, -1, SpeakerMatch.Position.BEFORE) : s;
  }

  /** The speaker widened to the noun phrase that "familiar with", "close to" … after it modifies. */
  private static SpeakerMatch withModifiedNoun(Tokens t, Unit unit, SpeakerMatch s) {
    int p = s.roleFirst() >= 0 ? Math.min(s.first(), s.roleFirst()) : s.first();
    int start = s.position() == SpeakerMatch.Position.BEFORE ? ModifiedNounSpeakers.modifiedNounStart(t, p, unit.firstToken()) : -1;
    return start < 0 ? s : new SpeakerMatch(start, s.last(), p - 3, -1, -1, SpeakerMatch.Position.BEFORE);
  }

  /**
   * Whether a clause opens with a subordinating word or an adverb ("As the crowd cheered …", "Not long
   * after …", "If he wins …"): a clause that sets the scene for what follows, not what was reported.
   */
  private static boolean opensWithAnAdjunct(Tokens t, int first) {
    String tag = t.tag(first);
    return tag.equals("IN") && !t.lower(first).equals("that") || tag.equals("WRB") || tag.startsWith("RB") || tag.equals("TO");
  }

  /**
   * Whether the draft is a report inside {@code outer}, its speaker and cue there too: "Romania and
   * Kazakhstan reported the highest numbers of cases, the report showed" inside the finding's content.
   */
  static boolean reportedInside(Tokens t, Draft d, Span outer) {
    return d.cue().isPresent() && d.speaker().isPresent() && outer.contains(d.content())
        && outer.contains(t.span(d.cue().get().tokens().first(), d.cue().get().tokens().last()))
        && outer.contains(t.span(d.speaker().get().first(), d.speaker().get().last()));
  }

  /** Whether the draft's cue overlaps tokens {@code [first, last]}. */
  private static boolean cuedAt(Draft d, int first, int last) {
    return d.cue().map(c -> c.tokens().first() <= last && c.tokens().last() >= first).orElse(false);
  }

  /**
   * The quote opening the next paragraph when the cue ends its paragraph with a colon ("He said:" and
   * then a paragraph in quote marks).
   */
  private static Optional<Range> nextParagraphQuote(Article doc, Unit unit, CueMatch cue) {
    Tokens t = doc.tokens();
    int colon = unit.endToken() - 1;
    int next = unit.endToken();
    boolean endsParagraph = next >= t.size() || doc.paragraphOf(next) != unit.paragraph();
    if (!endsParagraph || !t.word(colon).equals(":") || colon - cue.last() > 3 || next >= t.size()
        || doc.paragraphOf(next) != unit.paragraph() + 1 || !Grammar.openingQuote(t, next) || !t.quoted(next)) {
      return Optional.empty();
    }
    return Optional.of(new Range(next, doc.quoteLastToken(t.quote(next))));
  }

  /**
   * Whether a cue only names or characterizes ("called it “a disaster”", "dubbed “Lyin’ Ted”"): its
   * content is a phrase holding a quote, and a bare quoted phrase after it is a name, not speech.
   */
  static boolean namesOnly(CueEntry e) {
    return e.takes(CueEntry.Frame.NOUN_PHRASE) && !e.takes(CueEntry.Frame.CLAUSE);
  }

  /** Keeps one candidate per content range: the one whose cue is nearest. */
  private static List<Candidate> distinct(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).content().equals(c.content())) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(c);
      } else if (c.distanceToCue() < out.get(same).distanceToCue()) {
        out.set(same, c);
      }
    }
    return out;
  }

  private Draft toDraft(Article doc, Candidate c) {
    CueMatch cue = c.cue();
    boolean colon = cue.entry().lemma().equals(":") || cue.entry().lemma().equals("―");
    SpeakerMatch sp = c.speaker();
    Optional<TokenRange> role = sp.roleFirst() >= 0 ? Optional.of(new TokenRange(sp.roleFirst(), sp.roleLast())) : Optional.empty();
    Tokens t = doc.tokens();
    int first = c.content().first();
    boolean speakerInQuote = t.quoted(sp.first()) && t.quoted(first) && t.sameQuote(sp.first(), first);
    Quote.Type type = typeOf(doc, c.content(), speakerInQuote ? t.quote(first) : -1);
    return draft(doc, c.content(), type, colon ? Attribution.Origin.COLON : Attribution.Origin.CUE,
        new Attribution.CueMention(new TokenRange(cue.first(), cue.last()), cue.entry().lemma(),
            colon ? Cue.Kind.SPEECH : lexicon.kind(cue.entry().lemma())),
        Optional.of(new Attribution.SpeakerMention(new TokenRange(sp.first(), sp.last()), sp.head(), role)), confidence(c, type));
  }

  /**
   * An attribution of content {@code r}, typed by the quote marks it holds: one quote and nothing
   * else is direct (its span the quote's inside), quotes with other words are mixed, none indirect.
   */
  static Draft draft(Article doc, Range r, Attribution.Origin origin, Attribution.CueMention cue,
      Optional<Attribution.SpeakerMention> speaker, double confidence) {
    return draft(doc, r, typeOf(doc, r), origin, cue, speaker, confidence);
  }

  private static Draft draft(Article doc, Range r, Quote.Type type, Attribution.Origin origin,
      Attribution.CueMention cue, Optional<Attribution.SpeakerMention> speaker, double confidence) {
    if (type == Quote.Type.DIRECT) {
      int q = doc.tokens().quote(firstQuoted(doc, r));
      int that = complementizerBefore(doc.tokens(), doc.quoteFirstToken(q), cue);
      if (that >= 0) {
        return Draft.cued(doc.tokens().span(that, doc.quoteLastToken(q)), Quote.Type.MIXED, origin, cue, speaker, confidence);
      }
      return Draft.cued(doc.quotes().get(q).inner(), type, origin, cue, speaker, confidence);
    }
    return Draft.cued(doc.tokens().span(r.first(), r.last()), type, origin, cue, speaker, confidence);
  }

  /**
   * The "that" a whole quote is reported through ("said that “For those few people …”"), or -1: the
   * reporter's syntax frames the quoted words, which makes the quote a mixed one, "that" and all. Only
   * the cue and words without a verb ("told reporters on Friday") may stand between the cue and "that".
   */
  private static int complementizerBefore(Tokens t, int open, Attribution.CueMention cue) {
    int k = open - 1;
    if (k >= 0 && Grammar.comma(t, k)) {
      k--;
    }
    int cueLast = cue.tokens().last();
    if (k <= cueLast || !t.lower(k).equals("that") || t.quoted(k)) {
      return -1;
    }
    for (int i = cueLast + 1; i < k; i++) {
      if (Grammar.verb(t, i) || t.quoted(i) || Grammar.sentenceEnd(t, i)) {
        return -1;
      }
    }
    return k;
  }

  private static int firstQuoted(Article doc, Range r) {
    Tokens t = doc.tokens();
    for (int i = r.first(); i <= r.last(); i++) {
      if (t.quoted(i) && doc.quotes().get(t.quote(i)).marked()) {
        return i;
      }
    }
    throw new IllegalStateException("a direct content holds a quote");
  }

  static Quote.Type typeOf(Article doc, Range r) {
    return typeOf(doc, r, -1);
  }

  /**
   * The type of content {@code r}, not counting quote {@code ignored}: the quote marks of a transcript
   * line hold its speaker's label too, and do not make the speech after the label a direct quote.
   */
  private static Quote.Type typeOf(Article doc, Range r, int ignored) {
    Tokens t = doc.tokens();
    int quote = -1;
    boolean other = false;
    boolean several = false;
    for (int i = r.first(); i <= r.last(); i++) {
      if (t.quoted(i) && t.quote(i) != ignored && doc.quotes().get(t.quote(i)).marked()) {
        several |= quote >= 0 && t.quote(i) != quote;
        quote = t.quote(i);
      } else if (!Grammar.punctuation(t, i)) {
        other = true;
      }
    }
    return quote < 0 ? Quote.Type.INDIRECT : !other && !several ? Quote.Type.DIRECT : Quote.Type.MIXED;
  }

  private static double confidence(Candidate c, Quote.Type type) {
    double base = c.confidence();
    if (type != Quote.Type.INDIRECT) {
      base = Math.min(1.0, base + 0.05);
    }
    if (c.cue().entry().takes(CueEntry.Frame.BELIEF)) {
      base *= 0.9;
    }
    return Math.round(base * 1000) / 1000.0;
  }
}
