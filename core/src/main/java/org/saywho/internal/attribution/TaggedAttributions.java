package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.attribution.AttributionTagger.Label;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * Turns the tagger's labels into attributions beside the grammar's. Each content run the grammar
 * missed takes the nearest cue run of its paragraph and, for its speaker, the one the grammar finds
 * for that cue, else the source run nearest the cue. Named filters keep out what is not speech: a
 * lexicon cue with a noun phrase it does not take, a speech event named instead of its content, a cue
 * the grammar turned down, a bare quote with no speaker or after a naming cue, and a title in quote
 * marks inside a phrase. A content that holds a grammar attribution's cue and speaker is an outer
 * report, and replaces that inner one.
 */
final class TaggedAttributions {

  private static final Set<String> AUXILIARIES = WordSets.named("tagged-attributions.auxiliaries");
  /** Participles that tell what the news led to ("…, dashing hopes of a cut"). */
  private static final Set<String> RESULTS = WordSets.named("trailing-circumstances.results");
  /**
   * Subordinators that, right after a noun, end the noun phrase a content opens with ("more than
   * 100,000 doses of a vaccine after routine testing found …"); not "as" or "while", which also
   * continue a noun phrase ("her days as secretary of state").
   */
  private static final Set<String> NOUN_PHRASE_ENDS = WordSets.named("tagged-attributions.noun-phrase-ends");
  /** Subordinators that are never prepositions: after a noun, a clause of its own follows. */
  private static final Set<String> CLAUSE_OPENERS = WordSets.named("tagged-attributions.clause-openers");
  /** Conjunctions after a comma that open another speaker's report, not more of the same ("…, while a Labour MP said …"). */
  private static final Set<String> REPORT_JOINERS = WordSets.named("tagged-attributions.report-joiners");

  private TaggedAttributions() {}

  /**
   * Merges the tagger's contents with the grammar's cued attributions. The grammar keeps what it
   * finds in quote marks; where the tagger finds the content of the grammar's reported speech or mixed
   * quote, the tagger's boundaries win and the grammar's cue and speaker stay; a content the grammar
   * missed becomes a new attribution.
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @param tagging the tagger's labels
   * @param grammar the grammar's cued attributions
   * @param continuations the grammar's quotes without a cue
   * @param lexicon the cue lexicon, for the kind of each cue
   * @param morphology a lemmatizer confined to this call
   * @return the cued attributions
   */
  static List<Draft> merge(Article doc, List<Unit> units, AttributionTagger.Tagging tagging, List<Draft> grammar,
      List<Draft> continuations, CueLexicon lexicon, Morphology morphology, Words words) {
    Tokens t = doc.tokens();
    Label[] labels = tagging.labels();
    List<Range> cues = runs(labels, Label.CUE);
    List<Range> sources = runs(labels, Label.SRC);
    List<Draft> out = new ArrayList<>(grammar);
    out.removeIf(d -> d.type() == Quote.Type.INDIRECT && d.cue().isPresent()
        && actedOnANounPhrase(t, tokensOf(t, d.content()), lexicon.single(d.cue().get().lemma())));
    for (Range tagged : AttributionTagger.contents(labels)) {
      Quote.Type taggedType = Attributor.typeOf(doc, tagged);
      Range c = withItsClosingParenthesis(t, withoutComplementizer(t, taggedType == Quote.Type.MIXED
          ? withoutTrailingParticiple(t, tagged) : taggedType == Quote.Type.INDIRECT ? withoutTrailingClause(t, tagged) : tagged));
      c = beforeAnotherReport(t, c, out);
      if (taggedType == Quote.Type.INDIRECT) {
        c = beforeADocumentsFinding(t, c, words, morphology);
      }
      Span span = t.span(c.first(), c.last());
      double confidence = tagging.confidence(c.first(), c.last());
      if (Draft.anyHolds(continuations, span)) {
        continue;
      }
      int paragraph = doc.paragraphOf(c.first());
      Optional<Range> cue = nearest(doc, cues, c, paragraph);
      if (cue.isPresent() && repairedToAModifier(t, cue.get(), lexicon.single(lemma(t, cue.get(), morphology)), words)) {
        continue; // "Leafs head coach Craig Berube said", "the Resolution Foundation think tank estimates": a modifier
      }
      // "…, said the town felt “forgotten”": the grammar's speakerless quote of "felt" is part of the tagged report
      List<Draft> nested = out.stream().filter(d -> NestedQuotes.speakerlessQuoteInside(d, span)).toList();
      List<Draft> overlapping = out.stream().filter(d -> d.content().overlaps(span) && !nested.contains(d)).toList();
      boolean outer = !overlapping.isEmpty()
          && overlapping.stream().allMatch(d -> d.type() != Quote.Type.DIRECT && reportsFromInside(t, d, span));
      if (!outer && overlapping.stream().anyMatch(d -> runsOverItsCue(t, d, span))) {
        continue; // "A diplomat who asked not to be identified said the talks had stalled": not "not to be … said …"
      }
      if (!overlapping.isEmpty() && !outer) {
        Draft d = overlapping.get(0);
        if (QuotedAppositions.cutShort(t, c, tokensOf(t, d.content()))) {
          continue; // "said the programme, “People's Forum”, had given …": the grammar reads on to its verb
        }
        if (objectOfAPostposedReport(t, d, c)) {
          continue; // "Cruz will change his approach, a source said": the source reports all of it
        }
        Range kept = beforeTheSpeaker(t, d.speaker(), cue.isPresent() && approximatorInTheCue(t, cue.get(), c, words)
            ? new Range(c.first() - 1, c.last()) // "said about 2 million pensioners …"
            : cue.isPresent() && listenerInTheCue(t, cue.get(), c, lexicon, morphology) ? new Range(cue.get().first() + 1, c.last())
            : cue.isPresent() && listenerInTheContent(t, cue.get(), c, lexicon, morphology) ? new Range(c.first() + 1, c.last()) : c);
        Quote.Type type = Attributor.typeOf(doc, kept);
        boolean replaceable = overlapping.stream().allMatch(o -> o.type() != Quote.Type.DIRECT && !laterCue(o, lexicon));
        if (type != Quote.Type.DIRECT && replaceable) {
          Draft replaced = d.withContent(t.span(kept.first(), kept.last()), type);
          Optional<String> taggedCue = cue.map(r -> lemma(t, r, morphology)).filter(l -> lexicon.single(l).isPresent());
          out.set(out.indexOf(d), swallowsItsCue(d, kept) && taggedCue.isPresent()
              ? replaced.withCue(cueMention(cue.get(), taggedCue.get(), lexicon)) : replaced);
          for (int k = 1; k < overlapping.size(); k++) {
            out.remove(overlapping.get(k));
          }
          out.removeAll(nested);
        }
        continue;
      }
      if (speakerOfALaterCue(t, out, c, lexicon)) {
        continue; // "The president is reported to have said …": the grammar's speaker, not what was said
      }
      if (startsWithAnInvertedSpeaker(out, c)) {
        continue; // "“Who will pay my rent?” asked Mary Atieno, who sells clothes": she asks, not what is asked
      }
      if (cue.isEmpty() || taggedType == Quote.Type.INDIRECT && inALaterSentence(t, cue.get(), c)) {
        continue;
      }
      Range cueRun = cue.get();
      if (furnitureLabel(t, cueRun, words)) {
        continue; // "… in the past as well. Related: Live updates about the coronavirus": a page's link, inline
      }
      if (roleChange(t, cueRun) || nounBeforeItsRelative(t, cueRun) || resultOfTheNews(t, cueRun)) {
        continue; // "singer turned campaigner": who someone became; "Act rules that could …": a noun
      }
      Range content = c;
      if (approximatorInTheCue(t, cueRun, c, words)) {
        cueRun = new Range(cueRun.first(), cueRun.last() - 1);
        content = new Range(c.first() - 1, c.last());
      } else if (listenerInTheCue(t, cueRun, c, lexicon, morphology)) {
        content = new Range(cueRun.first() + 1, c.last());
        cueRun = new Range(cueRun.first(), cueRun.first());
      } else if (listenerInTheContent(t, cueRun, c, lexicon, morphology)) {
        content = new Range(c.first() + 1, c.last());
      }
      String lemma = lemma(t, cueRun, morphology);
      if (unlearnedCue(t, cueRun, lexicon, tagging, morphology)) {
        continue; // "Modi inaugurates Navi Mumbai airport": a verb the tagger never learned as a cue
      }
      boolean speech = lexicon.kind(lemma) == Cue.Kind.SPEECH;
      if (!takesItsContent(t, c, lexicon.single(lemma), speech) || actedOnANounPhrase(t, c, lexicon.single(lemma))
          || namesTheSpeechEvent(t, c, lexicon) || namesTheMedium(t, c, words)
          || refusedByGrammar(t, units, cue.get(), lexicon, morphology)) {
        continue;
      }
      Optional<SpeakerMention> sm = grammarSpeaker(t, units, cue.get(), lemma);
      if (sm.isEmpty() && !openingAsked(t, cueRun)) {
        sm = sourceOf(doc, sources, cue.get(), paragraph).flatMap(s -> nounPhrase(t, s)).map(s -> sourceMention(t, s));
      }
      Quote.Type type = Attributor.typeOf(doc, c);
      boolean names = lexicon.single(lemma).map(Attributor::namesOnly).orElse(false);
      if (type == Quote.Type.DIRECT && (sm.isEmpty() || names || embeddedTitle(t, c, cue.get()))
          || names && sm.isEmpty()) {
        continue; // "The plan, dubbed “Project Hope” by its authors": a name no one is quoted giving
      }
      content = beforeTheSpeaker(t, sm, content);
      CueMention cm = cueMention(cueRun, lemma, lexicon);
      out.removeAll(overlapping);
      out.removeAll(nested);
      out.add(Attributor.draft(doc, content, Attribution.Origin.CUE, cm, sm, Math.round(confidence * 1000) / 1000.0));
    }
    List<Draft> all = List.copyOf(out);
    List<Draft> kept = new ArrayList<>();
    for (Draft d : out) {
      Optional<Draft> later = all.stream().filter(o -> o != d && laterReportOfTheSameSpeaker(t, d, o)).findFirst();
      if (later.isEmpty()) {
        kept.add(d);
      } else {
        beforeACoordinatedReport(doc, d, later.get()).ifPresent(kept::add);
      }
    }
    return kept;
  }

  /**
   * The report {@code d} up to the "and" that joins its speaker's next verb of speech to it ("A
   * Treasury source said the chancellor's position had not changed and described reports of a raid
   * as “speculation”": the source said the position had not changed, and described the reports), or
   * none when no "and" stands right before the later cue or no finite verb is left before it.
   */
  private static Optional<Draft> beforeACoordinatedReport(Article doc, Draft d, Draft later) {
    Tokens t = doc.tokens();
    int and = later.cue().get().tokens().first() - 1;
    int first = tokensOf(t, d.content()).first();
    if (!t.lower(and).equals("and") || t.quoted(and)) {
      return Optional.empty();
    }
    int last = Grammar.comma(t, and - 1) ? and - 2 : and - 1;
    if (last < first || !Grammar.holdsAFiniteVerb(t, first, last, false)) {
      return Optional.empty();
    }
    Range kept = new Range(first, last);
    return Optional.of(d.withContent(t.span(first, last), Attributor.typeOf(doc, kept)));
  }

  /**
   * Whether {@code later} is the same speaker's report whose clause's verb cue ({@link #clauseVerb})
   * lies inside the content of {@code d}, whose cue is one too, outside quote marks, after {@code d}'s
   * cue: "A senior official who requested anonymity to discuss internal deliberations said the talks
   * had stalled" reports what was said, not "anonymity … said the talks had stalled" as requested. An
   * infinitive or participle cue shares its governing verb's speaker and reports from inside ("said
   * that he doesn't need the rules to tell him the banks are too big").
   */
  private static boolean laterReportOfTheSameSpeaker(Tokens t, Draft d, Draft later) {
    if (d.cue().isEmpty() || later.cue().isEmpty() || d.speaker().isEmpty() || later.speaker().isEmpty()
        || !d.speaker().get().tokens().equals(later.speaker().get().tokens())) {
      return false;
    }
    int cue = later.cue().get().tokens().first();
    return cue > d.cue().get().tokens().last() && !t.quoted(cue) && clauseVerb(t, cue)
        && clauseVerb(t, d.cue().get().tokens().first())
        && d.content().contains(t.span(cue, later.cue().get().tokens().last()));
  }

  /**
   * Whether the tagger's cue is outside the lexicon and none of its words is one the tagger learned as
   * a cue ({@link AttributionTagger#learnedAsCue}): "Modi inaugurates Navi Mumbai airport", "residents
   * staged a protest" are acts, read as reports for their place between a subject and an object. A cue
   * of punctuation alone (a dash before a reader's words) has no word to judge it by, and one a "that"
   * follows takes a clause, as reports do (a typo "streesed that his client was ready"). An adverb or
   * an auxiliary before the run's verb is no evidence of a cue, though the tagger learned "also" and
   * "is" from "also said" and "is quoted" ("He also hosts a Sunday talk show", "Clinton is widening
   * her lead": acts), and a run of "be", "have" or "do" and a preposition is none ({@link #onlyAuxiliaries}).
   */
  private static boolean unlearnedCue(Tokens t, Range cue, CueLexicon lexicon, AttributionTagger.Tagging tagging,
      Morphology morphology) {
    if (cue.last() + 1 < t.size() && t.lower(cue.last() + 1).equals("that") && t.tag(cue.last() + 1).equals("IN")) {
      return false;
    }
    if (onlyAuxiliaries(t, cue, lexicon, morphology)) {
      return true;
    }
    boolean words = false;
    for (int i = cue.first(); i <= cue.last(); i++) {
      if (!Character.isLetter(t.word(i).charAt(0)) || beforeTheVerb(t, cue, i, morphology)) {
        continue;
      }
      words = true;
      String lemma = morphology.lemma(t.lower(i), t.tag(i));
      if (lexicon.opensACue(lemma) || tagging.tagger().learnedAsCue(lemma)) {
        return false;
      }
    }
    return words;
  }

  /**
   * Whether the run is "be", "have" or "do" and prepositions or adverbs only, with no negation and no
   * word that opens a cue of the lexicon: "The company, which had about 9,000 employees, said …" had a
   * report "9,000 employees" of "had about", whose "about" the tagger learned from "talked about".
   * Not an opinion a noun or a negation makes ("had a favorable opinion of", "doesn't like", which
   * PolNeAR marks).
   */
  private static boolean onlyAuxiliaries(Tokens t, Range cue, CueLexicon lexicon, Morphology morphology) {
    boolean verb = false;
    for (int i = cue.first(); i <= cue.last(); i++) {
      String lemma = morphology.lemma(t.lower(i), t.tag(i));
      boolean auxiliary = t.tagIs(i, "VB") && AUXILIARIES.contains(lemma);
      String w = t.lower(i);
      boolean particle = (t.tag(i).equals("IN") || t.tagIs(i, "RB")) && !w.equals("not") && !w.equals("n't")
          && !w.equals("like");
      if (lexicon.opensACue(lemma) || !auxiliary && !particle) {
        return false;
      }
      verb |= auxiliary;
    }
    return verb;
  }

  /** Whether token {@code i} of a cue run is an adverb or an auxiliary that a verb of the run follows. */
  private static boolean beforeTheVerb(Tokens t, Range cue, int i, Morphology morphology) {
    boolean modifier = t.tagIs(i, "RB") || t.tagIs(i, "VB") && AUXILIARIES.contains(morphology.lemma(t.lower(i), t.tag(i)));
    for (int k = i + 1; modifier && k <= cue.last(); k++) {
      if (t.tagIs(k, "VB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue is a participle "Asked" opening its sentence with no "by" after it ("Asked whether
   * the policy should change, Treasurer Jim Chalmers declined to comment."): the one who asked is the
   * unnamed reporter, so no source of the sentences around it asked.
   */
  private static boolean openingAsked(Tokens t, Range cue) {
    return cue.first() == cue.last() && t.lower(cue.first()).equals("asked") && t.opensSentence(cue.first())
        && !(cue.last() + 1 < t.size() && t.lower(cue.last() + 1).equals("by"));
  }

  /**
   * Whether the draft's cue was listed after the tagger was trained ({@link CueEntry.Frame#LATER}): the
   * tagger never learned its content, so the grammar's stands.
   */
  private static boolean laterCue(Draft d, CueLexicon lexicon) {
    return d.cue().map(c -> lexicon.multi(c.lemma().split(" ", 2)[0]).stream()
        .anyMatch(e -> e.lemma().equals(c.lemma()) && e.takes(CueEntry.Frame.LATER))).orElse(false);
  }

  /**
   * Whether a content the tagger found lies within the speaker of an attribution whose cue the tagger
   * never learned ({@link #laterCue}): it read "The president is reported …" as PolNeAR's expectation.
   */
  private static boolean speakerOfALaterCue(Tokens t, List<Draft> drafts, Range c, CueLexicon lexicon) {
    Span span = t.span(c.first(), c.last());
    return drafts.stream().anyMatch(d -> laterCue(d, lexicon)
        && d.speaker().filter(sp -> t.span(sp.first(), sp.last()).contains(span)).isPresent());
  }

  /**
   * Whether the tagger's cue run ends with a preposition that tells how near a number the content's
   * first word is ("said about 60 per cent of her members …"): the word opens the content.
   */
  private static boolean approximatorInTheCue(Tokens t, Range cue, Range content, Words words) {
    return cue.last() > cue.first() && cue.last() == content.first() - 1 && t.tag(cue.last()).equals("IN")
        && words.isApproximator(t.lower(cue.last())) && t.tag(content.first()).equals("CD");
  }

  /**
   * Whether the tagger's cue run goes on past a verb that takes a listener into the listener's noun
   * phrase, up to a preposition of it, before an infinitive content ("advised people with heart and
   * lung conditions to avoid morning walks": cue "advised people with", content "heart and lung …"):
   * the listener opens the content, as in "urged the club to spend in January" (not "told viewers about
   * his daughter's job in order to show …", whose "to" is no infinitive content).
   */
  private static boolean listenerInTheCue(Tokens t, Range cue, Range content, CueLexicon lexicon, Morphology morphology) {
    if (cue.last() <= cue.first() + 1 || cue.last() != content.first() - 1 || !t.tag(cue.last()).equals("IN")
        || !t.tagIs(cue.first(), "VB")) {
      return false;
    }
    for (int i = cue.first() + 1; i < cue.last(); i++) {
      if (!(t.tagIs(i, "NN") || t.tagIs(i, "JJ") || t.tag(i).equals("DT"))) {
        return false;
      }
    }
    boolean infinitive = false;
    for (int i = content.first(); i < content.last() && !infinitive; i++) {
      infinitive = t.tag(i).equals("TO") && t.tag(i + 1).equals("VB") && !(i > content.first() && t.lower(i - 1).equals("order"));
    }
    return infinitive && takesAListener(t, cue.first(), lexicon, morphology);
  }

  /** Whether the lexicon takes the verb at {@code verb} with a listener ("told", "assured"). */
  private static boolean takesAListener(Tokens t, int verb, CueLexicon lexicon, Morphology morphology) {
    return lexicon.single(morphology.lemma(t.lower(verb), t.tag(verb))).filter(e -> e.takes(CueEntry.Frame.DATIVE)).isPresent();
  }

  /**
   * Whether the content opens with the listener of a cue that takes one: a lower-case plural noun
   * right after the cue, then the first word of a noun phrase and a clause with its own finite verb
   * ("told reporters defenceman Kaiden Guhle would miss two weeks": reporters are told, Guhle is the
   * subject); not a verb after the plural ("told reporters were waiting"), nor a phrase of place
   * ("told reporters outside the courthouse that …").
   */
  private static boolean listenerInTheContent(Tokens t, Range cue, Range content, CueLexicon lexicon, Morphology morphology) {
    int first = content.first();
    String next = first + 1 <= content.last() ? t.tag(first + 1) : "";
    boolean subject = next.startsWith("NN") || next.equals("DT") || next.startsWith("JJ") || next.equals("PRP$") || next.equals("CD");
    if (first != cue.last() + 1 || !subject || !t.tag(first).equals("NNS") || t.capitalized(first)) {
      return false;
    }
    boolean finite = false;
    for (int i = first + 2; i <= content.last() && !finite; i++) {
      finite = t.finite(i);
    }
    return finite && takesAListener(t, cue.last(), lexicon, morphology);
  }

  /**
   * Whether a cue lies in a sentence after its content's: the tagger's reported speech in a sentence
   * without a cue is not reported by a cue of the next one ("The retailer reported that sales fell.
   * Executives told analysts that …").
   */
  private static boolean inALaterSentence(Tokens t, Range cue, Range content) {
    return t.sentence(cue.first()) > t.sentence(content.last());
  }

  /**
   * Whether a content the tagger found starts with the speaker another attribution names right after
   * its cue: the tagger read an inverted speaker as the cue's object.
   */
  private static boolean startsWithAnInvertedSpeaker(List<Draft> drafts, Range content) {
    return drafts.stream().anyMatch(d -> d.speaker().isPresent() && d.cue().isPresent()
        && d.speaker().get().first() == content.first() && d.cue().get().tokens().last() == content.first() - 1);
  }

  /**
   * Whether the tagger's content holds the clause's verb cueing a report of the grammar's that it
   * overlaps, outside quote marks, without its speaker: a content never holds the verb that reports
   * it, so the grammar's reading stands. An infinitive or participle cue may report from inside
   * ("the wording was too ambiguous to determine who could participate").
   */
  private static boolean runsOverItsCue(Tokens t, Draft d, Span content) {
    if (d.cue().isEmpty() || d.type() == Quote.Type.DIRECT) {
      return false;
    }
    int cue = d.cue().get().tokens().first();
    return content.contains(t.span(cue, d.cue().get().tokens().last())) && !t.quoted(cue) && clauseVerb(t, cue)
        && d.speaker().map(s -> !content.contains(t.span(s.first(), s.last()))).orElse(true);
  }

  /**
   * Whether the tagger's content {@code c} is only the object of a verb inside a grammar report given
   * before its cue: "Still, Cruz will change his approach, a source close to him said", where the
   * tagger, not seeing the source, took "his approach" for the whole report. Conditions: the grammar's
   * content ends at the tagger's and before the grammar's cue, the tagger's content holds no finite
   * verb or opens with a question word ("re-evaluating how he approaches …") and follows a verb (or its
   * particle) inside the grammar's content, and a finite verb stands in the grammar's content before it.
   */
  private static boolean objectOfAPostposedReport(Tokens t, Draft d, Range c) {
    if (d.type() != Quote.Type.INDIRECT || d.cue().isEmpty() || c.first() == 0) {
      return false;
    }
    Range grammar = tokensOf(t, d.content());
    int verb = t.tag(c.first() - 1).equals("RP") ? c.first() - 2 : c.first() - 1;
    return grammar.last() == c.last() && grammar.last() < d.cue().get().tokens().first() && grammar.first() < verb
        && Grammar.verb(t, verb)
        && (t.tag(c.first()).startsWith("W") || !Grammar.holdsAFiniteVerb(t, c.first(), c.last(), false))
        && Grammar.holdsAFiniteVerb(t, grammar.first(), verb, false);
  }

  /**
   * Whether the verb heads a clause of its own: a finite verb or a past participle (the tagger reads
   * "publicly said" as one), not an infinitive or a present participle, which take their governing
   * verb's subject.
   */
  private static boolean clauseVerb(Tokens t, int i) {
    return Grammar.finite(t, i) || t.tag(i).equals("VBN");
  }

  /**
   * Whether a grammar attribution's cue and speaker lie inside the tagger's content: the tagger reads
   * them as part of what someone else reports ("Ryan said [the spate of shootings demands that …]"),
   * so the grammar's inner report gives way to the outer one.
   */
  private static boolean reportsFromInside(Tokens t, Draft d, Span content) {
    return d.cue().isPresent() && d.speaker().isPresent()
        && content.contains(t.span(d.cue().get().tokens().first(), d.cue().get().tokens().last()))
        && content.contains(t.span(d.speaker().get().first(), d.speaker().get().last()));
  }

  /**
   * The content without the "that" introducing it, as the grammar gives contents ("said that …"), also
   * where the tagger took it for a relative ("said on BBC News that/WDT …"), and a comma after it
   * ("said that, “Of course …”"); a demonstrative stays ("said that was wrong").
   */
  static Range withoutComplementizer(Tokens t, Range c) {
    boolean that = t.lower(c.first()).equals("that") && (t.tag(c.first()).equals("IN") || t.tag(c.first()).equals("WDT"));
    if (c.last() <= c.first() || !that) {
      return c;
    }
    int start = c.last() > c.first() + 1 && Grammar.comma(t, c.first() + 1) ? c.first() + 2 : c.first() + 1;
    return new Range(start, c.last());
  }

  /**
   * The content with the ")" right after it when it holds the "(" that the ")" closes ("raise 346
   * billion shillings ($2.7 billion), according to the Treasury"), where the tagger ends it inside.
   */
  static Range withItsClosingParenthesis(Tokens t, Range c) {
    int close = c.last() + 1;
    boolean closes = close < t.size() && t.word(close).equals(")") && Grammar.opensAParenthesis(t, c.first(), c.last());
    return closes ? new Range(c.first(), close) : c;
  }

  /**
   * A mixed content without the participle clause after its last quote ("…a “paper tiger,” drawing
   * criticism"): the clause comments on the report rather than belonging to it.
   */
  static Range withoutTrailingParticiple(Tokens t, Range c) {
    for (int i = c.first() + 1; i < c.last(); i++) {
      if (Grammar.closingQuote(t, i) && (Grammar.comma(t, i - 1) || Grammar.comma(t, i + 1))) {
        int next = Grammar.comma(t, i + 1) ? i + 2 : i + 1;
        if (next <= c.last() && t.tag(next).equals("VBG")) {
          return new Range(c.first(), i);
        }
      }
    }
    return c;
  }

  /**
   * A reported content without what follows it in the sentence: a new clause with a subject of its own
   * after ", and" or ", but" ("…were not complete, and human rights groups warned …"), or the source
   * given after it (", according to a campaign aide").
   */
  static Range withoutTrailingClause(Tokens t, Range c) {
    for (int i = c.first() + 2; i < c.last() - 1; i++) {
      if (!Grammar.comma(t, i) || t.quoted(i)) {
        continue;
      }
      String w = t.lower(i + 1);
      boolean clause = (w.equals("and") || w.equals("but")) && newClause(t, i + 2, c.last());
      if (clause || w.equals("according") && t.lower(i + 2).equals("to")) {
        return new Range(c.first(), i - 1);
      }
    }
    return c;
  }

  /**
   * The tagger's reported content without a document's finding that closes its sentence after a comma
   * ({@link DocumentFindings}): "Romania and Kazakhstan reported the highest numbers of cases, the
   * report showed." had the content "the highest numbers of cases, the report showed".
   */
  private static Range beforeADocumentsFinding(Tokens t, Range c, Words words, Morphology morphology) {
    for (int i = c.first() + 1; i < c.last() - 1; i++) {
      boolean finding = Grammar.comma(t, i) && !t.quoted(i)
          && DocumentFindings.closeTheSentenceAt(t, i + 1, t.size(), words, morphology);
      if (finding) {
        return new Range(c.first(), i - 1);
      }
    }
    return c;
  }

  /**
   * The tagger's content without a report of the grammar's that it runs into after a comma and
   * "while" or "whereas": "A Downing Street source said the Prime Minister was “relaxed”,
   * while a Labour backbencher, who did not want to be named, described the handling as “shambolic”"
   * had one content through "shambolic"; the grammar's report of the backbencher, its speaker and cue
   * both inside, is another report, so the content ends before the comma. ("And" and "but" also
   * join a reported clause's own parts: "… I had won, and she also knew I knew".)
   */
  private static Range beforeAnotherReport(Tokens t, Range c, List<Draft> grammar) {
    for (Draft d : grammar) {
      if (d.speaker().isEmpty() || d.cue().isEmpty()) {
        continue;
      }
      int sp = d.speaker().get().first();
      int cue = d.cue().get().tokens().first();
      boolean inside = sp - 2 > c.first() && sp < cue && cue <= c.last() && !t.quoted(sp);
      if (inside && Grammar.comma(t, sp - 2) && REPORT_JOINERS.contains(t.lower(sp - 1))) {
        return new Range(c.first(), sp - 3);
      }
    }
    return c;
  }

  /** Whether a subject and a finite verb open the words from {@code from} ("human rights groups warned"). */
  private static boolean newClause(Tokens t, int from, int last) {
    boolean subject = false;
    for (int i = from; i <= Math.min(last, from + 7); i++) {
      String tag = t.tag(i);
      if (Grammar.noun(t, i) || tag.equals("PRP")) {
        subject = true;
      } else if (Grammar.finite(t, i)) {
        return subject;
      } else if (!tag.equals("DT") && !Grammar.adjective(t, i) && !tag.equals("PRP$") && !tag.equals("POS") && !tag.equals("CD")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the cue opens with a participle of what the news led to after a comma ({@code
   * trailing-circumstances.results}): "…, the union said, dimming hopes of a quick end to the strike"
   * and "…, dashing hopes of a cut" tell whose hopes the news dimmed, not what the subject hopes.
   */
  static boolean resultOfTheNews(Tokens t, Range cue) {
    int i = cue.first();
    return i > 0 && Grammar.comma(t, i - 1) && t.tagIs(i, "VBG") && RESULTS.contains(t.lower(i));
  }

  /**
   * Whether the cue is "turned" between two bare nouns, naming what someone became ("singer turned
   * campaigner", "a lawyer turned politician"), not a report: a common noun before it and no
   * determiner, pronoun or preposition after it.
   */
  static boolean roleChange(Tokens t, Range cue) {
    int i = cue.first();
    return cue.first() == cue.last() && t.lower(i).equals("turned") && i > 0 && t.tagIs(i - 1, "NN")
        && !t.tag(i - 1).startsWith("NNP") && i + 1 < t.size() && (t.tagIs(i + 1, "NN") || t.tag(i + 1).startsWith("JJ"))
        && t.sentence(i + 1) == t.sentence(i);
  }

  /**
   * Whether a report is an act on a noun phrase, not speech: its cue has no noun-phrase frame, and its
   * content is a noun phrase that "because", "although" or "unless" follows before any verb of its own
   * ("The state had added the additional week, known as the Golden Week because the days overlapped
   * …": the state added a week; a participle after a comma modifies the noun). The grammar takes such
   * a content for a clause without "that"; "added that the week was short because …" is one.
   */
  private static boolean actedOnANounPhrase(Tokens t, Range c, Optional<CueEntry> entry) {
    int first = c.first();
    if (entry.isEmpty() || entry.get().takes(CueEntry.Frame.NOUN_PHRASE) || t.lower(first).equals("that")
        || !(Grammar.determiner(t, first) || t.tag(first).equals("PRP$") || Grammar.noun(t, first))) {
      return false;
    }
    for (int i = first + 1; i <= c.last(); i++) {
      if (t.quoted(i) || t.tagIs(i, "MD")) {
        return false;
      }
      if (CLAUSE_OPENERS.contains(t.lower(i)) && Grammar.noun(t, i - 1)) {
        return true;
      }
      boolean reducedRelative = t.tag(i).equals("VBN") && Grammar.comma(t, i - 1);
      if (t.tagIs(i, "VB") && !reducedRelative && !Grammar.prenominalParticiple(t, i, first, c.last())) {
        return false;
      }
    }
    return false;
  }

  /** The tokens of a span. */
  private static Range tokensOf(Tokens t, Span span) {
    int first = t.firstAtOrAfter(span.start());
    return new Range(first, Math.max(first, t.lastEndingBy(first, span.end())));
  }

  /**
   * Whether the cue is a plural noun that a relative "that" modifies ("a set of Clean Air Act rules that
   * could lead to …", as the repaired tags read it), where the tagger saw the verb "rules".
   */
  static boolean nounBeforeItsRelative(Tokens t, Range cue) {
    int i = cue.last();
    return cue.first() == i && t.tagIs(i, "NNS") && i + 1 < t.size() && t.tagIs(i + 1, "WDT");
  }

  /**
   * Whether a lexicon cue takes a content like this one: a content without a verb or quote marks is a
   * noun phrase, which only a cue with the lexicon's noun-phrase frame reports ("added sugar" is not
   * speech), and so is one whose first verb comes in a subordinate clause after its noun phrase ("has
   * recalled more than 100,000 doses of a vaccine after routine testing found contamination", or after
   * a comma for a verb of speech, {@link #NOUN_PHRASE_ENDS}); a participle modifying a noun is no verb
   * ("maintains a commanding lock", {@link Grammar#prenominalParticiple}). A cue outside the lexicon
   * takes what the tagger says it takes.
   */
  private static boolean takesItsContent(Tokens t, Range c, Optional<CueEntry> entry, boolean speech) {
    if (entry.isEmpty() || entry.get().takes(CueEntry.Frame.NOUN_PHRASE)) {
      return true;
    }
    for (int i = c.first(); i <= c.last(); i++) {
      if (i > c.first() && t.tag(i).equals("IN") && NOUN_PHRASE_ENDS.contains(t.lower(i)) && endsANounPhrase(t, c, i, speech)) {
        return false;
      }
      boolean verb = t.tagIs(i, "VB") && !Grammar.prenominalParticiple(t, i, c.first(), c.last());
      if (verb || t.tagIs(i, "MD") || t.quoted(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun ends right before the subordinator at {@code i}, or, for a cue of speech, before a
   * comma right before it ("added a second from the penalty spot just after half-time, before Kai
   * Havertz sealed the win"): a verb of speech with a noun phrase acts on it, while a verb of thought
   * has its thought ("doesn't expect a deal before 2017 at the earliest, because …").
   */
  private static boolean endsANounPhrase(Tokens t, Range c, int i, boolean speech) {
    return Grammar.noun(t, i - 1) || speech && i - 2 > c.first() && Grammar.comma(t, i - 1) && Grammar.noun(t, i - 2);
  }

  /**
   * Whether the cue's verb is a lexicon cue that the grammar's cue finder turned down there: negated
   * or passive without a speaker ("declined to comment", "was asked about"), or "without commenting".
   */
  private static boolean refusedByGrammar(Tokens t, List<Unit> units, Range cue, CueLexicon lexicon, Morphology morphology) {
    for (int i = cue.first(); i <= cue.last(); i++) {
      if (i < cue.last() && Grammar.auxiliary(t, i) && t.tag(i + 1).equals("VBG")) {
        continue; // "is defending": the verb that reports is the participle after the auxiliary
      }
      String lemma = morphology.lemma(t.lower(i), t.tag(i));
      if (t.tagIs(i, "VB") && lexicon.opensACue(lemma)) {
        int verb = i;
        Optional<Unit> unit = unitOf(units, verb);
        return unit.isPresent() && !misreadParticiple(t, unit.get(), verb) && new CueFinder(lexicon, morphology, true)
            .find(t, unit.get()).stream().noneMatch(m -> m.first() <= verb && verb <= m.last());
      }
    }
    return false;
  }

  /**
   * Whether the part-of-speech tagger read a finite verb right after its subject's name as a participle
   * ("Ohio Democratic Party Chairman David Pepper called/VBN Friday's decision a “huge win”"), which the
   * grammar turns down as "a show called …": the name opens its sentence, no "by" follows the verb, and
   * the verb is in lower case (a headline's capitals make the tagger's reading of any word unsure).
   */
  private static boolean misreadParticiple(Tokens t, Unit unit, int verb) {
    return t.tag(verb).equals("VBN") && !t.capitalized(verb) && verb - 1 > unit.firstToken()
        && Grammar.proper(t, verb - 1) && NounPhrases.startLeftOf(t, verb - 1, unit.firstToken()) == unit.firstToken()
        && verb + 1 < unit.endToken() && !t.lower(verb + 1).equals("by");
  }

  /**
   * Whether a content is a noun phrase naming the speech event itself ("issued a brief statement
   * afterward", "delivered an address"): its last noun before any preposition is a speech-event noun.
   */
  private static boolean namesTheSpeechEvent(Tokens t, Range c, CueLexicon lexicon) {
    int head = -1;
    for (int i = c.first(); i <= c.last(); i++) {
      if (t.verb(i) || t.quoted(i)) {
        return false;
      }
      if (t.tag(i).equals("IN") && head >= 0) {
        break;
      }
      if (t.tagIs(i, "NN")) {
        head = i;
      }
    }
    return head >= 0 && lexicon.isSpeechEvent(t.lower(head));
  }

  /**
   * Whether the tagger's cue is one word that the repaired tags read as a noun's modifier ({@link
   * org.saywho.internal.text.TagRules}), so it reports nothing: a title word outside the lexicon read
   * as an adjective ("head" in "Leafs head coach Craig Berube"; an adjective that reports a belief, "Nor
   * is it clear that …", stays), or the first word of a listed compound noun ("think" in "the
   * Resolution Foundation think tank estimates").
   */
  static boolean repairedToAModifier(Tokens t, Range cue, Optional<CueEntry> entry, Words words) {
    int i = cue.first();
    if (i != cue.last()) {
      return false;
    }
    boolean titleWord = entry.isEmpty() && t.tag(i).startsWith("JJ") && words.isTitle(t.lower(i));
    boolean compound = i + 1 < t.size() && t.tag(i).startsWith("NN") && words.isCompoundNoun(t.lower(i), t.lower(i + 1));
    return titleWord || compound;
  }

  /**
   * Whether a content is only the medium its speaker spoke through, a short noun phrase without a
   * verb or preposition after a preposition ("shot back on social media", "hit back on Twitter"): where
   * it was said, not what ("the attack via Twitter" says what).
   */
  static boolean namesTheMedium(Tokens t, Range c, Words words) {
    if (c.first() == 0 || !t.tag(c.first() - 1).equals("IN") || c.last() - c.first() > 3) {
      return false;
    }
    for (int i = c.first(); i <= c.last(); i++) {
      if (t.verb(i) || t.tag(i).equals("IN") || t.quoted(i)) {
        return false;
      }
    }
    return words.isMedium(t.lower(c.last()))
        || c.last() > c.first() && words.isMedium(t.lower(c.last() - 1) + " " + t.lower(c.last()));
  }

  /**
   * Whether a quote before its cue stands inside a phrase, as a title does ("On Tuesday's episode of
   * “The Steve Harvey Morning Show,” Clinton said …"): a word of its sentence, not punctuation, comes
   * right before it. A quote that opens its sentence follows no word of it, even when the line before
   * (a headline, a subhead) ends without a stop.
   */
  private static boolean embeddedTitle(Tokens t, Range content, Range cue) {
    int open = content.first();
    while (open >= 0 && t.quoted(open) && !Grammar.openingQuote(t, open)) {
      open--;
    }
    return cue.first() > content.last() && open > 0 && Grammar.openingQuote(t, open)
        && !t.opensSentence(open) && !Grammar.punctuation(t, open - 1);
  }

  /** The speaker the grammar finds for a cue the tagger found, as if the cue were in the lexicon. */
  private static Optional<SpeakerMention> grammarSpeaker(Tokens t, List<Unit> units, Range cue, String lemma) {
    int verb = cue.first();
    for (int i = cue.last(); i >= cue.first(); i--) {
      if (t.tagIs(i, "VB")) {
        verb = i;
        break;
      }
    }
    int v = verb;
    Optional<Unit> unit = unitOf(units, v);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    CueEntry entry = new CueEntry(lemma, List.of(), EnumSet.of(CueEntry.Frame.CLAUSE, CueEntry.Frame.POSTPOSED), 0.5);
    return SpeakerFinder.REPAIRED.find(t, unit.get(), new CueMatch(v, Math.max(v, cue.last()), entry), List.of())
        .filter(sp -> nounPhrase(t, new Range(sp.first(), sp.last())).isPresent())
        .map(sp -> new SpeakerMention(new TokenRange(sp.first(), sp.last()), sp.head(), Optional.empty()));
  }

  private static Optional<Unit> unitOf(List<Unit> units, int token) {
    return units.stream().filter(u -> u.contains(token)).findFirst();
  }

  private static List<Range> runs(Label[] labels, Label label) {
    List<Range> out = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == label) {
        int j = i;
        while (j + 1 < labels.length && labels[j + 1] == label) {
          j++;
        }
        out.add(new Range(i, j));
        i = j;
      }
    }
    return out;
  }

  /**
   * A source run as a noun phrase: without a comma or dash at its ends, and none when it opens with
   * "whose" or holds a finite verb before any relative word ("whose efforts", "Women composed about 25
   * percent …"; not "Don Fowler, who helmed the DNC").
   */
  static Optional<Range> nounPhrase(Tokens t, Range s) {
    int first = s.first();
    int last = s.last();
    while (first <= last && separator(t.word(first))) {
      first++;
    }
    while (last >= first && separator(t.word(last))) {
      last--;
    }
    if (last < first || t.tag(first).equals("WP$")) {
      return Optional.empty();
    }
    for (int i = first; i <= last && !t.tag(i).startsWith("W"); i++) {
      String tag = t.tag(i);
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return Optional.empty();
      }
    }
    return Optional.of(new Range(first, last));
  }

  private static boolean separator(String w) {
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("--") || w.equals("–")
        || w.equals("—") || w.equals("―");
  }

  /**
   * The tagged content cut before the speaker and the role set off by a comma that it runs into
   * ("Teachers will get a rise from September, the education secretary, Bridget Phillipson, has
   * confirmed": the tagger read the role as content); the content itself when it does not.
   */
  static Range beforeTheSpeaker(Tokens t, Optional<SpeakerMention> speaker, Range c) {
    if (speaker.isEmpty()) {
      return c;
    }
    SpeakerMention sp = speaker.get();
    int p = sp.role().map(r -> Math.min(r.first(), sp.first())).orElse(sp.first());
    if (p <= c.first() + 1 || p > c.last() || !Grammar.comma(t, p - 1)) {
      return c;
    }
    return new Range(c.first(), p - 2);
  }

  /**
   * Whether the cue's words are a label of page furniture before a colon ("Related:", "Watch:",
   * "Listen:"), which a page flattened into one paragraph leaves inline.
   */
  static boolean furnitureLabel(Tokens t, Range cue, Words words) {
    int last = t.word(cue.last()).equals(":") ? cue.last() - 1 : cue.last();
    if (last < cue.first() || last + 1 >= t.size() || !t.word(last + 1).equals(":")) {
      return false;
    }
    StringBuilder label = new StringBuilder();
    for (int i = cue.first(); i <= last; i++) {
      label.append(i > cue.first() ? " " : "").append(t.lower(i));
    }
    return words.isFurniture(label.toString());
  }

  /**
   * The tagged source of a cue: the nearest source run in the cue's sentence, else the paragraph's
   * nearest. In "Trump said that he was “not scheduled” to receive it, but was looking “forward to doing
   * so”. White House officials have claimed …" the officials, nearer, speak in the next sentence.
   */
  static Optional<Range> sourceOf(Article doc, List<Range> sources, Range cue, int paragraph) {
    Tokens t = doc.tokens();
    int sentence = t.sentence(cue.first());
    List<Range> same = sources.stream().filter(r -> t.sentence(r.first()) == sentence).toList();
    Optional<Range> near = nearest(doc, same, cue, paragraph);
    return near.isPresent() ? near : nearest(doc, sources, cue, paragraph);
  }

  /**
   * Whether a tagged content replacing a grammar draft's holds that draft's cue: in "Sussan Ley accused
   * the government of secretly planning to change the rules", the grammar's "planning to change …" gives
   * way to the tagged "the government of secretly planning …", which "accused" cues, not "planning".
   * The tagged cue takes over when the lexicon lists it; else ("received the letter telling her …") the
   * grammar's cue stays for the rules after the tagger to mend.
   */
  private static boolean swallowsItsCue(Draft d, Range kept) {
    return d.cue().map(c -> c.tokens().first() >= kept.first() && c.tokens().last() <= kept.last()).orElse(false);
  }

  private static CueMention cueMention(Range cue, String lemma, CueLexicon lexicon) {
    return new CueMention(new TokenRange(cue.first(), cue.last()), lemma, lexicon.kind(lemma));
  }

  /** The run of the paragraph nearest {@code to}, not overlapping it. */
  private static Optional<Range> nearest(Article doc, List<Range> runs, Range to, int paragraph) {
    Optional<Range> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (Range r : runs) {
      if (doc.paragraphOf(r.first()) != paragraph) {
        continue;
      }
      int d = r.last() < to.first() ? to.first() - r.last() : r.first() > to.last() ? r.first() - to.last() : -1;
      if (d > 0 && d < bestDistance) {
        bestDistance = d;
        best = Optional.of(r);
      }
    }
    return best;
  }

  /**
   * The speaker a source run names: a name followed by its apposed role ("Casey Behravesh, director
   * of the One Health Office in the National Center", "Mary Jones, 45, a nurse at the hospital") is
   * the name, with that role; any other run is one noun phrase. A relative pronoun the run ends with
   * opens the clause after it, with a quantifier and "of" before it and the comma before them ("a
   * retired teacher who" is a retired teacher, "the agency, which" the agency, "Dick Howard at the
   * University of Virginia, both of whom" Dick Howard at the University of Virginia; "many of whom" stays),
   * and a "whose" in the run opens the speaker ({@link #afterWhose}).
   */
  static SpeakerMention sourceMention(Tokens t, Range run) {
    Range s = afterWhose(t, beforeARelativePronoun(t, run));
    for (int comma = s.first() + 1; comma < s.last(); comma++) {
      if (Grammar.comma(t, comma)) {
        boolean named = Grammar.proper(t, comma - 1) && !t.tagIs(comma - 1, "POS");
        int open = AppositiveRoles.afterAnAge(t, comma + 1);
        if (named && open <= s.last() && AppositiveRoles.opensARole(t, open) && plainRole(t, open, s.last())) {
          Range name = new Range(s.first(), comma - 1);
          return new SpeakerMention(new TokenRange(name.first(), name.last()), NounPhrases.head(t, name.first(), name.last()),
              Optional.of(new TokenRange(open, s.last())));
        }
        break;
      }
    }
    return new SpeakerMention(new TokenRange(s.first(), s.last()), head(t, s), Optional.empty());
  }

  /**
   * The noun phrase after a "whose" inside the run, which is the subject of the clause the run opens:
   * in "Lindner, whose pro-business Free Democrats had insisted on sticking to the debt brake", the Free
   * Democrats insisted, not Lindner. Only a name heads it: "Mr. Franklin, whose organization does not
   * endorse candidates" stays Franklin's, whose quote follows, as "Mrs. Clinton -- whose husband signed
   * …" stays hers. The run itself when it holds no such "whose" before its last word.
   */
  private static Range afterWhose(Tokens t, Range run) {
    for (int k = run.first(); k < run.last(); k++) {
      if (t.lower(k).equals("whose")) {
        Range after = new Range(k + 1, run.last());
        return Grammar.proper(t, head(t, after)) ? after : run;
      }
    }
    return run;
  }

  /** The run without the relative pronoun it ends with and what belongs to that pronoun's clause. */
  private static Range beforeARelativePronoun(Tokens t, Range run) {
    if (run.last() == run.first() || !(t.tagIs(run.last(), "WP") || t.tagIs(run.last(), "WDT"))) {
      return run;
    }
    int last = run.last() - 1;
    if (t.lower(last).equals("of")) {
      if (last - 1 <= run.first()) {
        return run; // "many of whom": the pronoun names them
      }
      last -= 2; // "both of whom", "two of whom"
    }
    while (last > run.first() && separator(t.word(last))) {
      last--; // "the agency, which", "the study -- which"
    }
    return new Range(run.first(), last);
  }

  /**
   * Whether {@code [first, last]} is a role alone: no further comma, relative word or verb but a
   * participle ("director of the office based in Ottawa", "managing partner").
   */
  private static boolean plainRole(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      boolean participle = t.tag(i).equals("VBN") || AppositiveRoles.qualifiesANoun(t, i);
      if (Grammar.punctuation(t, i) || t.tag(i).startsWith("W") || Grammar.verb(t, i) && !participle) {
        return false;
      }
    }
    return true;
  }

  /** The last noun or pronoun of a source run that is not a possessive's owner, else its last token. */
  private static int head(Tokens t, Range s) {
    for (int i = s.last(); i >= s.first(); i--) {
      if ((t.tagIs(i, "NN") || t.tagIs(i, "PRP")) && !(i + 1 <= s.last() && t.tagIs(i + 1, "POS"))) {
        return i;
      }
    }
    return s.last();
  }

  /** The lemma of the cue's last verb that is not an auxiliary, else its words. */
  private static String lemma(Tokens t, Range c, Morphology morphology) {
    for (int i = c.last(); i >= c.first(); i--) {
      if (t.tagIs(i, "VB")) {
        String lemma = morphology.lemma(t.lower(i), t.tag(i));
        if (!AUXILIARIES.contains(lemma)) {
          return lemma;
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = c.first(); i <= c.last(); i++) {
      b.append(i > c.first() ? " " : "").append(t.lower(i));
    }
    return b.toString();
  }

}
