package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Datelines;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.Resolution;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;
import org.saywho.internal.lexicon.WordSets;

/**
 * Resolves every attribution's speaker mention to one entity: names link to earlier forms of the same
 * name, pronouns to the salient person or group before them, descriptions ("the spokesman") to an
 * entity with that role or to an unnamed source ("spokesperson for Marco Rubio"); continuations take
 * their source's speaker.
 */
public final class EntityResolver {

  /** How many words a role before a name may have. */
  private static final int MAX_ROLE = 8;
  /** Nouns that describe a body in an apposition after it ("Oxfam, the British charity"), not a person. */
  private static final Set<String> BODY_DESCRIPTIONS = WordSets.named("entity-resolver.body-descriptions");
  /** Determiners that introduce an unnamed individual ("a woman", "one mother"). */
  private static final Set<String> INDIVIDUAL_DETERMINERS = WordSets.named("grammar.individual-determiners");
  /** Relative pronouns, which open a clause about someone that is no part of their role. */
  private static final Set<String> RELATIVE_PRONOUNS = WordSets.named("grammar.relative-pronouns");
  /** Cues that answer the speaker quoted before ("countered", "retorted", "hit back"). */
  private static final Set<String> REBUTTALS = WordSets.named("entity-resolver.rebuttals");
  /** How many tokens an apposition may span between a name and the relative "who" that stands for it. */
  private static final int MAX_APPOSITION = 10;
  private static final int MAX_PREDICATE = 16;
  /** Participles that give a name after a description ("a young nurse called Priya"). */
  private static final Set<String> NAMING = WordSets.named("entity-resolver.naming");
  private static final Set<String> COPULAS = WordSets.named("entity-resolver.copulas");
  /** The tags of the words a noun phrase holds before its head noun. */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP",
      "NNPS", "POS", "PRP$");

  private final Words words;
  private final NamedEntities recogniser;

  /**
   * Creates a resolver.
   *
   * @param words the word lists
   * @param recogniser the named-entity recogniser that types names
   */
  public EntityResolver(Words words, NamedEntities recogniser) {
    this.words = words;
    this.recogniser = recogniser;
  }

  /**
   * Resolves the speakers of an article's attributions.
   *
   * @param doc the tagged article
   * @param attributions its attributions
   * @return its entities and each attribution's speaker entity
   */
  public Resolution resolve(Article doc, List<Attribution> attributions) {
    Tokens t = doc.tokens();
    NameFinder finder = new NameFinder(words, recogniser, t);
    List<NameMention> names = finder.find();
    boolean[] inContent = contentTokens(t, attributions);
    EntityTable table = new EntityTable(t, words, names);
    Salience salience = new Salience(t, quoteOnlyParagraphs(doc));
    Nominals nominals = new Nominals(words, t, table, names, finder::recognisedAsPlace);
    List<Integer> cued = new ArrayList<>();
    for (int a = 0; a < attributions.size(); a++) {
      if (attributions.get(a).speaker().isPresent()) {
        cued.add(a);
      }
    }
    cued.sort(Comparator.comparingInt(a -> mention(attributions.get(a)).first()));
    List<OptionalInt> speakerOf = new ArrayList<>(Collections.nCopies(attributions.size(), OptionalInt.empty()));
    boolean[] speakerToken = new boolean[t.size()];
    cued.forEach(a -> speakerToken[mention(attributions.get(a)).head()] = true);
    Map<TokenRange, EntityDraft> resolved = new HashMap<>();
    Map<Integer, TokenRange> ownReports = reportsOpeningWithAPronoun(t, attributions, cued, words);
    Walk walk = new Walk(doc, names, table, nominals, salience, inContent, speakerToken,
        (pronoun, e) -> ownReports.containsKey(pronoun) && resolved.get(ownReports.get(pronoun)) == e
            && salience.onlyPersonOfItsParagraph(pronoun, doc.paragraphOf(pronoun), e));
    DelayedIdentification delayed = new DelayedIdentification(doc, nominals, words);
    Epithets epithets = new Epithets(doc, words, nominals);
    EntityDraft previous = null;
    int previousLast = -1;
    for (int a : cued) {
      SpeakerMention sp = namedInApposition(t, speakerOfAReducedRelative(t, wholeHyphenated(t, mention(attributions.get(a))), words),
          nominals, words);
      EntityDraft again = resolved.get(sp.tokens());
      if (again != null) {
        speakerOf.set(a, OptionalInt.of(again.id())); // one mention, one speaker: "X, the agency said, Y"
        continue;
      }
      NameMention titled = nominals.bearerOfTheRole(sp.first(), sp.last());
      walk.to(Math.max(nominals.makerReach(sp.last()), titled == null ? sp.last() : titled.last()));
      EntityDraft described = epithets.describing(sp, previous, previousLast);
      Optional<EntityDraft> found = described != null ? Optional.of(described) : speakerOf(doc, sp, nominals, salience, table);
      if (found.isPresent() && found.get() == previous && rebuttalByADescription(t, attributions.get(a), sp, nominals)) {
        EntityDraft before = previous;
        found = Optional.ofNullable(nameInside(sp, nominals) ? nominals.unnamed(sp.first(), sp.last(), sp.head())
            : salience.resolve(doc.paragraphOf(sp.head()), words.genderOfWord(t.lower(sp.head())), List.of(Speaker.Type.PERSON),
                e -> e != before && e.named() && nominals.couldHold(e)));
      }
      found.ifPresent(e -> resolved.put(sp.tokens(), e));
      previous = found.orElse(null);
      previousLast = sp.last();
      if (found.isPresent()) {
        EntityDraft e = found.get();
        speakerOf.set(a, OptionalInt.of(e.id()));
        delayed.note(sp, e);
        e.addMention(t.span(sp.first(), sp.last()), sp.last());
        relativeAfter(t, sp, attributions.get(a)).ifPresent(r -> e.addMention(t.span(r, r), r));
        sp.role().map(r -> wholeHyphenated(t, r)).filter(r -> !describesABody(t, e, r)).ifPresent(r -> {
          int roleHead = headBeforePreposition(t, r.first(), r.last());
          apposedRole(t, e, r.first(), r.last(), roleHead, table);
          // "a mother of three" genders as "mother", not "three"
          e.learnGender(Speaker.GenderEvidence.GENDERED_NOUN, words.genderOfWord(t.lower(roleHead)));
        });
        if (e.type() == Speaker.Type.PERSON && nominals.nameAt(sp.head()) != null) {
          int role = roleOpening(t, sp.first());
          if (role >= 0) {
            e.addRole(Nominals.withoutDeterminer(t, role, sp.first() - 2));
          }
        }
        salience.add(sp.last(), doc.paragraphOf(sp.last()), e, true, false, individualsGender(t, sp, e, ownReports));
      }
    }
    walk.to(t.size() - 1);
    delayed.identify(attributions, cued, speakerOf, table);
    for (int a = 0; a < attributions.size(); a++) {
      OptionalInt from = attributions.get(a).speakerFrom();
      if (from.isPresent()) {
        speakerOf.set(a, speakerOf.get(from.getAsInt()));
      }
    }
    firstPersonInsideOthersWords(t, attributions, cued, speakerOf, table);
    return delayed.resolution(table.entities(), speakerOf);
  }

  /**
   * An "I" that speaks inside a person's quoted words or labelled answer is that person: in the answer
   * "A: I think we should take them seriously" Hillman thinks so, and in "“I believe we will win,” Smith
   * said" Smith believes it. Conditions: the speaker mention is "I" alone and resolved to no one; its
   * token lies in the content of another attribution that is direct or mixed or follows a colon, whose
   * speaker is a person. "Smith said that I was wrong", reported speech, leaves "I" to the writer.
   */
  private static void firstPersonInsideOthersWords(Tokens t, List<Attribution> attributions, List<Integer> cued,
      List<OptionalInt> speakerOf, EntityTable table) {
    for (int a : cued) {
      SpeakerMention sp = mention(attributions.get(a));
      if (speakerOf.get(a).isPresent() || sp.first() != sp.last() || !t.lower(sp.head()).equals("i")) {
        continue;
      }
      Span at = t.span(sp.first(), sp.last());
      for (int o = 0; o < attributions.size(); o++) {
        Attribution outer = attributions.get(o);
        boolean words = outer.type() != Quote.Type.INDIRECT || outer.origin() == Attribution.Origin.COLON;
        OptionalInt who = speakerOf.get(o);
        if (o != a && words && outer.content().contains(at) && who.isPresent()
            && table.entities().get(who.getAsInt()).type() == Speaker.Type.PERSON) {
          speakerOf.set(a, who);
          table.entities().get(who.getAsInt()).addMention(at, sp.last());
          break;
        }
      }
    }
  }

  /**
   * Goes through the article's names and its "he" and "she" outside quotes and speaker mentions, in
   * text order, up to a token: names are linked to their entities and made candidates for pronouns;
   * each pronoun is resolved only to learn its person's gender (it adds no mention).
   */
  private static final class Walk {
    private final Article doc;
    private final List<NameMention> names;
    private final EntityTable table;
    private final Nominals nominals;
    private final Salience salience;
    private final boolean[] inContent;
    private final boolean[] speakerToken;
    private final BiPredicate<Integer, EntityDraft> ownReport;
    private int name;
    private int token;

    Walk(Article doc, List<NameMention> names, EntityTable table, Nominals nominals, Salience salience,
        boolean[] inContent, boolean[] speakerToken, BiPredicate<Integer, EntityDraft> ownReport) {
      this.doc = doc;
      this.names = names;
      this.table = table;
      this.nominals = nominals;
      this.salience = salience;
      this.inContent = inContent;
      this.speakerToken = speakerToken;
      this.ownReport = ownReport;
    }

    void to(int last) {
      Tokens t = doc.tokens();
      for (; token <= last; token++) {
        while (name < names.size() && names.get(name).first() <= token) {
          NameMention m = names.get(name++);
          EntityDraft e = table.link(m);
          nominals.record(m, e);
          salience.add(m.last(), doc.paragraphOf(m.last()), e, m.subject(), inContent[m.last()], Optional.empty());
        }
        String w = t.lower(token);
        if ((w.equals("he") || w.equals("she")) && !t.quoted(token) && !speakerToken[token]) {
          int at = token;
          pronoun(w, token, doc.paragraphOf(token), salience, e -> ownReport.test(at, e), e -> false);
        } else if (t.tag(token).equals("PRP$") && (w.equals("his") || w.equals("her")) && !t.quoted(token)
            && !speakerToken[token]) {
          ownPossessive(w, token);
        }
      }
    }

    /**
     * A "his" or "her" in the report of the person it refers to ("Andrea Hannen said about 60 per cent
     * of her members are losing money") is evidence of their gender when nothing else is; resolved
     * elsewhere it tells nothing, for a possessive often points at someone only world knowledge names
     * ("Trump said her emails …").
     */
    private void ownPossessive(String possessive, int at) {
      Gender g = subjectForm(possessive).equals("he") ? Gender.MALE : Gender.FEMALE;
      EntityDraft e = salience.resolvePerson(at, doc.paragraphOf(at), g);
      if (e != null && ownReport.test(at, e)) {
        e.learnOwnPossessive(g);
      }
    }
  }

  /**
   * Which paragraphs hold nothing but a quote left open for the next paragraph to go on with, in a run
   * of paragraphs opened by the same mark that closes: one quote over several paragraphs, not an excerpt
   * of paragraphs each closed, nor one whose straight marks hold a curly quote of its own.
   */
  private static boolean[] quoteOnlyParagraphs(Article doc) {
    Tokens t = doc.tokens();
    List<Span> paragraphs = doc.paragraphs();
    boolean[] only = new boolean[paragraphs.size()];
    boolean[] leftOpen = new boolean[paragraphs.size()];
    List<QuoteSpan> quotes = doc.quotes();
    for (int q = 0; q < quotes.size(); q++) {
      if (!quotes.get(q).runsOn() || quotes.get(q).runsOnFromPrevious()) {
        continue;
      }
      int r = q + 1;
      while (r < quotes.size() && doc.reopensWithTheMarkOf(r, q) && quotes.get(r).runsOn()) {
        r++;
      }
      boolean closes = r < quotes.size() && doc.reopensWithTheMarkOf(r, q) && !quotes.get(r).runsOn();
      for (int k = q; closes && k < r; k++) {
        if (quotes.get(k).paragraph() < leftOpen.length) {
          leftOpen[quotes.get(k).paragraph()] = true;
        }
      }
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      if (!leftOpen[p]) {
        continue;
      }
      Span span = paragraphs.get(p);
      int first = t.firstAtOrAfter(span.start());
      boolean any = false;
      boolean all = true;
      for (int i = first; i >= 0 && i < t.size() && t.start(i) < span.end() && all; i++) {
        any = true;
        all = t.quoted(i);
      }
      only[p] = any && all;
    }
    return only;
  }

  /**
   * The relative pronoun after a speaker mention that is the cue's subject ("Kamin, who said …"): a
   * mention of the speaker too.
   */
  private static OptionalInt relativeAfter(Tokens t, SpeakerMention sp, Attribution a) {
    int next = sp.last() + 1;
    int r = next < t.size() && t.word(next).equals(",") ? next + 1 : next;
    boolean beforeCue = a.cue().map(c -> r < c.tokens().first()).orElse(false);
    return beforeCue && r < t.size() && (t.tag(r).equals("WP") || t.tag(r).equals("WDT"))
        ? OptionalInt.of(r) : OptionalInt.empty();
  }

  /**
   * The first token of a role that opens the sentence and stands in apposition before a name ("An
   * attorney for Pagliano, Mark MacDougall, said"), or -1: a determiner or a title, then words with no
   * verb or quote mark, a person noun or title among them, then a comma before the name.
   */
  private int roleOpening(Tokens t, int name) {
    int comma = name - 1;
    if (comma < 2 || !t.word(comma).equals(",")) {
      return -1;
    }
    int first = comma - 1;
    while (first > 0 && t.sentence(first - 1) == t.sentence(comma) && comma - first < MAX_ROLE) {
      first--;
    }
    if (first > 0 && t.sentence(first - 1) == t.sentence(comma)) {
      return -1;
    }
    boolean individual = false;
    for (int i = first; i < comma; i++) {
      String w = t.lower(i);
      if (t.verb(i) || t.quoted(i) || t.word(i).equals(",")) {
        return -1;
      }
      individual |= t.tag(i).equals("NN") && (words.isPersonNoun(w) || words.isTitle(w));
    }
    return individual && t.tag(first).equals("DT") ? first : -1;
  }

  /**
   * The person or body an apposition names ("Canada's Minister of Health, Mark Holland, said", "My
   * union, the Royal College of Nursing, says", "a colleague, a young nurse called Priya, told me"):
   * when the apposed role is exactly a person's name or ends in "called" or "named" and one, or
   * a body's name (after "the" or not) apposed to a description headed by a body's noun, and the
   * mention holds no person's name, the name is the mention and the description its role; otherwise
   * the mention as found.
   */
  static SpeakerMention namedInApposition(Tokens t, SpeakerMention sp, Nominals nominals, Words words) {
    if (sp.role().isEmpty()) {
      return sp;
    }
    TokenRange role = sp.role().get();
    NameMention name = nominals.nameAt(role.last());
    if (name == null || name.last() != role.last()) {
      return sp;
    }
    int opens = role.first() < role.last() && t.lower(role.first()).equals("the") ? role.first() + 1 : role.first();
    boolean called = name.first() - 1 > role.first() && NAMING.contains(t.lower(name.first() - 1));
    boolean person = name.type() == Speaker.Type.PERSON && (name.first() == role.first() || called);
    boolean body = name.type() == Speaker.Type.ORGANIZATION && name.first() == opens
        && words.isBodyNoun(t.lower(sp.head())) && Character.isLowerCase(t.word(sp.head()).charAt(0));
    boolean roleIsAName = person || body;
    for (int i = sp.first(); roleIsAName && i <= sp.last(); i++) {
      NameMention inside = nominals.nameAt(i);
      if (inside != null && inside.type() == Speaker.Type.PERSON) {
        return sp;
      }
    }
    return roleIsAName ? new SpeakerMention(role, role.last(), Optional.of(sp.tokens())) : sp;
  }

  /**
   * Whether a description that no name or pronoun makes answers the speaker quoted just before: "“He would
   * raise prices,” she said. The Republican nominee countered …" is her opponent, not her, the person
   * most in view besides her; "the Christie supporter retorted" is the supporter, whom a name inside
   * the description marks as someone of their own. The cue is a verb of rebuttal
   * ({@code entity-resolver.rebuttals}: "countered", "retorted", "hit back").
   */
  private static boolean rebuttalByADescription(Tokens t, Attribution a, SpeakerMention sp, Nominals nominals) {
    boolean description = nominals.nameAt(sp.head()) == null && !t.tag(sp.head()).startsWith("PRP");
    return description && a.cue().filter(c -> REBUTTALS.contains(c.lemma())).isPresent();
  }

  /** Whether a name stands inside the mention ("the Christie supporter"). */
  private static boolean nameInside(SpeakerMention sp, Nominals nominals) {
    for (int i = sp.first(); i <= sp.last(); i++) {
      if (nominals.nameAt(i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A role with the words a hyphen joins to its first word ("Kovalenko's daughter-in-law, Iryna, said":
   * the speaker finder's role opened at "law", which gave no gender).
   */
  static TokenRange wholeHyphenated(Tokens t, TokenRange role) {
    return new TokenRange(t.hyphenedFrom(role.first()), role.last());
  }

  /**
   * The mention with the words a hyphen joins to its first word ("working-class white voters", which
   * the tokenizer splits at the hyphen).
   */
  static SpeakerMention wholeHyphenated(Tokens t, SpeakerMention sp) {
    TokenRange whole = wholeHyphenated(t, sp.tokens());
    return whole.first() == sp.first() ? sp : new SpeakerMention(whole, sp.head(), sp.role());
  }

  /**
   * The subject of a reduced relative clause the mention runs into from its antecedent: "the place
   * Pentagon officials say …", "something many Republicans had urged", "a move opposition parties said
   * does not go far enough" are said by the officials, the Republicans and the parties. The antecedent is
   * a singular common noun after "a", "an", "one" or "the", or a thing's pronoun ("something"); the rest
   * ends in a plural and has no preposition; after "a", "an" or "one" the plural's number shows it is
   * another phrase, otherwise it must open with a group's part word or a proper name. Not "the campaign
   * officials", "veteran Republicans", "a dozen officials" nor "the state Republicans".
   */
  static SpeakerMention speakerOfAReducedRelative(Tokens t, SpeakerMention sp, Words words) {
    int noun = sp.first();
    String det = t.lower(noun);
    boolean singular = det.equals("a") || det.equals("an") || det.equals("one");
    boolean determined = singular || det.equals("the");
    if (determined) {
      noun++;
    }
    int rest = noun + 1;
    if (rest > sp.last() || !t.tag(noun).equals("NN") || !Character.isLowerCase(t.word(noun).charAt(0))
        || !determined && !words.isIndefinitePronoun(t.lower(noun)) || words.isQuantity(t.lower(noun))
        || words.isPlaceNoun(t.lower(noun)) || words.isLocalLevel(t.lower(noun)) || words.isBodyNoun(t.lower(noun))
        || !(t.tagIs(sp.last(), "NNS") || t.tagIs(sp.last(), "NNPS"))) {
      return sp;
    }
    for (int i = rest; i <= sp.last(); i++) {
      if (t.tag(i).equals("IN") || !Character.isLetterOrDigit(t.word(i).charAt(0)) || t.tag(i).equals("POS")) {
        return sp;
      }
    }
    boolean opensAPhrase = words.isGroupPart(t.lower(rest)) || t.tag(rest).startsWith("NNP");
    return singular || opensAPhrase
        ? new SpeakerMention(new TokenRange(rest, sp.last()), Math.max(sp.head(), rest), Optional.empty()) : sp;
  }

  /**
   * Who issued the document a mention names with "from", as a mention of its own, or null: "A statement
   * from the company said …" is the company's, resolved as "the company said" would be, and "A
   * statement from President William Ruto's office" is his office's. Conditions: an optional
   * determiner, a document's noun ({@code source-things}) and "from" open the mention, and what
   * follows is a description or a person's name ("an email from John Smith"); a body's name is the
   * producer's rule's ("data from the EIA" is the EIA's, found there), which the recogniser's reading
   * alone does not make one ("an email from Neera Tanden", which it reads as a body's name). Not an
   * office the article gave no one ("a report from the State Department's inspector general"), which
   * would go to whoever is most prominent.
   */
  private @Nullable SpeakerMention issuerOfADocument(Tokens t, SpeakerMention sp, Nominals nominals) {
    int noun = t.tag(sp.first()).equals("DT") ? sp.first() + 1 : sp.first();
    int from = noun + 1;
    if (from + 1 > sp.last() || !t.tagIs(noun, "NN") || !words.isThing(t.lower(noun))
        || nominals.nameAt(noun) != null || !t.lower(from).equals("from")
        || nominals.producerOf(sp.first(), sp.last()) != null) {
      return null;
    }
    int head = from + 1;
    for (int i = from + 1; i <= sp.last() && !t.tagIs(i, "IN") && !t.tagIs(i, "TO") && !t.tagIs(i, "W")
        && !t.word(i).equals(","); i++) {
      head = t.tagIs(i, "NN") ? i : head; // "the left-leaning Brookings Institution", "the president of …"
    }
    NameMention name = nominals.nameAt(head);
    boolean office = name == null && nominals.definiteOffice(from + 1, head)
        && nominals.antecedent(from + 1, sp.last(), head) == null;
    return (name == null || name.type() == Speaker.Type.PERSON) && !office
        ? new SpeakerMention(new TokenRange(from + 1, sp.last()), head, Optional.empty()) : null;
  }

  private static SpeakerMention mention(Attribution a) {
    return a.speaker().orElseThrow();
  }

  private Optional<EntityDraft> speakerOf(Article doc, SpeakerMention sp, Nominals nominals, Salience salience,
      EntityTable table) {
    Tokens t = doc.tokens();
    int head = sp.head();
    if (nominals.coordinatesNames(sp.first(), sp.last(), head)) {
      return Optional.of(nominals.group(sp.first(), sp.last()));
    }
    EntityDraft lawmaker = nominals.lawmakerNamedJustBefore(sp.first(), head);
    if (lawmaker != null) {
      return Optional.of(lawmaker); // "the Wisconsin Republican", a name's run though it is
    }
    NameMention name = nominals.nameAt(head);
    if (name == null || name.type() != Speaker.Type.PERSON) {
      NameMention person = personIn(t, sp, nominals);
      name = person != null ? person : name;
    }
    if (name != null && name.type() != Speaker.Type.PERSON) {
      NameMention resident = residentOf(t, name.start(), nominals);
      name = resident != null ? resident : name;
    }
    NameMention titled = name == null ? nominals.bearerOfTheRole(sp.first(), sp.last()) : null;
    if (titled != null && nominals.entityOf(titled) != null) {
      name = titled; // "said Ambassador to the UN Linda Thomas-Greenfield"
    }
    if (name != null) {
      return Optional.of(nominals.entityOf(name));
    }
    if (sp.first() == sp.last() && extraposed(t, head)) {
      return Optional.empty(); // "It's hard to imagine …": no one is the "it"
    }
    if (sp.first() == sp.last() && (t.tag(head).equals("PRP") || t.tag(head).equals("PRP$"))) {
      String p = subjectForm(t.lower(head));
      int[] people = p.equals("they") ? pluralSubjectBefore(doc, head) : null;
      if (people != null) {
        return Optional.of(nominals.unnamed(people[0], nominals.withTheirInstitution(people[1]), people[1]));
      }
      int[] pair = p.equals("they") ? coordinatedSubjectBefore(doc, head, nominals) : null;
      if (pair != null) {
        return Optional.of(nominals.group(pair[0], pair[1]));
      }
      EntityDraft resolved = pronoun(p, head, doc.paragraphOf(head), salience, e -> false, nominals::namedOnlyAsAPlace);
      SpeakerMention described = resolved == null ? describedSubjectBefore(doc, head, p) : null;
      if (described != null) {
        return speakerOf(doc, described, nominals, salience, table);
      }
      return Optional.ofNullable(resolved);
    }
    SpeakerMention issuer = issuerOfADocument(t, sp, nominals);
    if (issuer != null) {
      return speakerOf(doc, issuer, nominals, salience, table);
    }
    NameMention antecedent = relativeTo(t, sp, nominals);
    SpeakerMention whichsNoun = antecedent == null ? nounBeforeWhich(t, sp, words) : null;
    if (whichsNoun != null) {
      return speakerOf(doc, whichsNoun, nominals, salience, table);
    }
    if (antecedent == null) {
      antecedent = predicatedOf(t, sp, nominals);
    }
    if (antecedent != null) {
      return Optional.of(nominals.entityOf(antecedent));
    }
    NameMention apposed = apposedTo(t, sp, nominals, words);
    if (apposed != null) {
      EntityDraft e = nominals.entityOf(apposed);
      apposedRole(t, e, sp.first(), sp.last(), headBeforePreposition(t, sp.first(), sp.last()), table);
      return Optional.of(e);
    }
    NameMention producer = nominals.producerOf(sp.first(), sp.last());
    if (producer != null) {
      EntityDraft e = nominals.entityOf(producer);
      if (e.type() == Speaker.Type.UNKNOWN) {
        e.becomeOrganization(); // whoever puts out a survey or a study is a body: "a Gallup survey"
      }
      int document = t.tag(producer.last() + 1).equals("POS") ? producer.last() + 2 : producer.last() + 1;
      if (producer.first() < head) { // "the Pentagon's review"; "data from the EIA" names no role
        e.addRole(Nominals.withoutDeterminer(t, sp.first(), document));
      }
      return Optional.of(e);
    }
    EntityDraft earlier = nominals.antecedent(sp.first(), sp.last(), head);
    if (earlier != null) {
      return Optional.of(earlier);
    }
    if (nominals.definiteOffice(sp.first(), head) && !someonesAgent(t, sp.first(), head)
        && !(relative(t.lower(head)) && !parentEpithet(t, sp))) {
      Gender g = words.genderOfWord(t.lower(head));
      EntityDraft holder = salience.resolve(doc.paragraphOf(head), g, List.of(Speaker.Type.PERSON), nominals::couldHold);
      if (holder != null && holder.named()) {
        return Optional.of(holder);
      }
    }
    boolean lone = sp.first() == sp.last() || sp.first() + 1 == sp.last() && t.lower(sp.first()).equals("the");
    boolean personsNoun = words.isPersonNoun(t.lower(head)) || words.isTitle(t.lower(head)); // "the MP said", "the CEO"
    if (lone && EntityTable.acronym(t.word(head)) && !personsNoun) {
      EntityDraft acronym = table.acronymOf(head);
      if (acronym != null) {
        return Optional.of(acronym);
      }
      if (transcriptLabel(t, sp)) {
        return Optional.of(table.labelledPerson(head));
      }
      return Optional.of(table.organizationCalled(head)); // "RT reported", "The S.E.C. said"
    }
    if (sp.first() == sp.last() && Character.isUpperCase(t.word(head).charAt(0))) {
      EntityDraft bearer = table.personWithSurname(head); // "Ditto said" after "Jessica Ditto", "Ditto" read as a word
      if (bearer != null) {
        return Optional.of(bearer);
      }
    }
    EntityDraft described = nominals.unnamed(sp.first(), sp.last(), head);
    if (!described.named()) {
      described.learnGender(Speaker.GenderEvidence.GENDERED_NOUN, words.genderOfWord(t.lower(head)));
    }
    return Optional.of(described);
  }

  /**
   * The people a "they" opening its sentence, or speaking after a comma at its end, continues, as
   * {first, head}, or null: the unnamed plural subject of its own sentence when the "they" is inside
   * it ("Hundreds of farmers blocked a motorway, … over what they say are unfair rules"), else that of
   * the sentence before it in its paragraph ("The researchers tracked participants for seven years.
   * They found that …"; "Researchers at the University of Sydney followed 78,000 adults. Those who
   * walked more …, they found."; not "The Senate voted. They said …", a body, nor "Pew Research
   * surveyed adults. They said …", a named subject), as {@link #pluralSubjectAt} reads it; the caller
   * names them with their institution ("Researchers at the University of Sydney").
   */
  private int @Nullable [] pluralSubjectBefore(Article doc, int pronoun) {
    Tokens t = doc.tokens();
    int start = t.sentenceStart(pronoun);
    boolean trailing = pronoun > start && t.word(pronoun - 1).equals(",");
    int[] own = start == pronoun || trailing ? null : pluralSubjectAt(t, pastADateline(doc, start), pronoun);
    if (own != null) {
      return own;
    }
    if (start != pronoun && !trailing || start == 0 || doc.paragraphOf(start - 1) != doc.paragraphOf(pronoun)) {
      return null;
    }
    return pluralSubjectAt(t, t.sentenceStart(start - 1), start);
  }

  /**
   * The first token after the dateline that opens the sentence at {@code start}, or {@code start}; only
   * a paragraph's first sentence can open with one, so no other sentence has the datelines marked.
   */
  private static int pastADateline(Article doc, int start) {
    Tokens t = doc.tokens();
    if (start > 0 && doc.paragraphOf(start - 1) == doc.paragraphOf(start)) {
      return start;
    }
    boolean[] dateline = Datelines.of(t);
    int k = start;
    while (k < t.size() && dateline[k]) {
      k++;
    }
    return k;
  }

  /**
   * The plural subject for people opening a sentence at {@code first}, before {@code start}, as {first,
   * head}, or null: a determiner or none, or a word counting people and "of" ("Hundreds of farmers"),
   * adjectives or nouns, a plural noun for people, then a verb, a preposition, or a comma and a
   * participle opening an aside ("The researchers, led by Joan Ballester, analysed …").
   */
  private int @Nullable [] pluralSubjectAt(Tokens t, int first, int start) {
    int k = t.tag(first).equals("DT") ? first + 1 : first;
    if (k + 2 < start && words.isQuantity(t.lower(k)) && t.lower(k + 1).equals("of")) {
      k += 2;
    }
    while (k + 1 < start && (t.tag(k).equals("JJ") || t.tag(k).equals("NN")) && (k == first || !t.capitalized(k))) {
      k++;
    }
    String next = k + 1 < start ? t.tag(k + 1) : "";
    boolean aside = k + 2 < start && t.word(k + 1).equals(",") && t.tag(k + 2).equals("VBN");
    boolean verb = next.startsWith("VB") || next.equals("MD") || next.equals("IN") || aside;
    return t.tag(k).equals("NNS") && words.isPeopleNoun(t.lower(k)) && verb ? new int[] {first, k} : null;
  }

  /**
   * The people joined by "and" who are the subject of the sentence before a "they" that opens its own,
   * past an opening phrase, in the same paragraph, as {first, last}, or null: "Mayor Olivia Chow and
   * Deputy Mayor Ausma Malik support the plan. In a joint statement, they said …" is the pair's, not
   * the group quoted before them. The subject runs from the sentence's start to its first finite verb
   * and joins two named people; the group is named by them ("Richard Alba and Nancy Foner,
   * sociologists at …, just published" is Richard Alba and Nancy Foner).
   */
  private int @Nullable [] coordinatedSubjectBefore(Article doc, int pronoun, Nominals nominals) {
    Tokens t = doc.tokens();
    int start = t.sentenceStart(pronoun);
    boolean opening = start == pronoun || t.word(pronoun - 1).equals(",") && t.tag(start).equals("IN")
        && noVerbBetween(t, start, pronoun - 1);
    if (!opening || start == 0 || doc.paragraphOf(start - 1) != doc.paragraphOf(pronoun)) {
      return null;
    }
    int first = t.sentenceStart(start - 1);
    int verb = first;
    while (verb < start && !t.finite(verb)) {
      verb++;
    }
    int last = verb - 1;
    if (verb >= start || last <= first || !nominals.coordinatesNames(first, last, last)) {
      return null;
    }
    for (int i = first; i < last; i++) {
      NameMention after = t.lower(i).equals("and") ? nominals.nameAt(i + 1) : null;
      if (after != null) {
        return new int[] {first, after.last()}; // the names, without an apposition or adverb after them
      }
    }
    return new int[] {first, last};
  }

  private static boolean noVerbBetween(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (t.verb(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the noun names someone's relative ("the daughter", "the husband"), an office held towards
   * another person: it is no title of whoever was named last ("Prosecutor Amina Rashid told the court
   * …", then "the daughter said" is not the prosecutor), only of a person the article gave that role.
   */
  private boolean relative(String noun) {
    return words.isOffice(noun) && words.isAgentNoun(noun);
  }

  /**
   * Whether a description with a relative's noun describes the person it refers to, as an epithet: an
   * age ("the 34-year-old mother") or a count of children closing it ("the mother of three"); not "the
   * daughter of one resident".
   */
  private static boolean parentEpithet(Tokens t, SpeakerMention sp) {
    for (int i = sp.first(); i <= sp.last(); i++) {
      if (t.lower(i).endsWith("year-old") || t.lower(i).equals("of") && i + 1 == sp.last() && t.tag(sp.last()).equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the description is someone's relative or agent ("the victim's daughter", "his lawyer",
   * "the family's spokesperson"): another person than the one in the news, whom no salient person
   * stands for unless the article gave them that role.
   */
  private boolean someonesAgent(Tokens t, int first, int head) {
    if (!words.isAgentNoun(t.lower(head))) {
      return false;
    }
    for (int i = first; i < head; i++) {
      if (t.tag(i).equals("POS") || t.tag(i).equals("PRP$")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person a longer mention names, its parenthesis and place aside ("Sen. Lindsey Graham (R-S.C.)",
   * "Gov. Earl Ray Tomblin of West Virginia", "footage of Hillary Clinton"); not a person the mention is
   * about ("a spokesperson for Rubio", "Gary Johnson's doctor") nor one a body is named after ("the
   * Obama administration", "the Clinton campaign").
   */
  private @Nullable NameMention personIn(Tokens t, SpeakerMention sp, Nominals nominals) {
    for (int i = sp.first(); i <= sp.last(); i++) {
      NameMention m = nominals.nameAt(i);
      if (m == null || m.type() != Speaker.Type.PERSON || m.last() > sp.last()) {
        continue;
      }
      int start = nounPhraseOpening(t, portfolioOpening(t, m.start(), sp.first()), sp.first());
      boolean object = start > sp.first() && t.afterPreposition(start)
          && !(t.lower(start - 1).equals("of") && words.isRecording(t.lower(sp.head())));
      boolean owner = t.possessiveAfter(m.last());
      boolean namesABody = modifiesABody(t, m.last() + 1, sp.head()); // "the Obama administration", "the Des Moines school board"
      if (!object && !owner && !namesABody) {
        return m;
      }
      i = m.last();
    }
    return null;
  }

  /**
   * The first token of the noun phrase a name at {@code start} closes when that phrase is the agent of
   * a participle ("represented by the law firm Robbins Geller", "started by a former Mitt Romney
   * aide"): lower-case nouns, adjectives and a determiner before the name, after "by" and a past
   * participle, not before {@code first}; else {@code start} ("master of ceremonies Asab Al-Tabchi").
   */
  private static int nounPhraseOpening(Tokens t, int start, int first) {
    int k = start;
    while (k - 1 > first && Character.isLowerCase(t.word(k - 1).charAt(0))
        && (t.tag(k - 1).startsWith("NN") || t.tag(k - 1).startsWith("JJ"))) {
      k--;
    }
    k = k - 1 > first && t.tag(k - 1).equals("DT") ? k - 1 : k;
    boolean agent = k - 2 >= first && t.lower(k - 1).equals("by") && t.tag(k - 2).equals("VBN");
    return agent ? k : start;
  }

  /**
   * Whether the words from {@code from} end in a body's noun at {@code head}, with only lower-case nouns
   * between ("the Obama administration", "the Des Moines school board").
   */
  private boolean modifiesABody(Tokens t, int from, int head) {
    if (from > head || !words.isBodyNoun(t.lower(head))) {
      return false;
    }
    for (int i = from; i < head; i++) {
      if (!t.tag(i).startsWith("NN") || !Character.isLowerCase(t.word(i).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person a description stands in apposition to ("Angelique Brunner, a developer and spokeswoman
   * for the coalition, said"): a person's name, then a comma, then the description; not a name that is
   * a preposition's object ("At a press conference in Chelsea, the mayor said"), nor a description of
   * many or of a document ("… to wound Donald J. Trump, disclosures filed on Sunday revealed"), nor
   * of a body ("Acme hired Smith, the company said" is Acme's report; "Sanders, whose campaign …" is
   * still his).
   */
  private static @Nullable NameMention apposedTo(Tokens t, SpeakerMention sp, Nominals nominals, Words words) {
    int comma = sp.first() - 1;
    String head = t.lower(sp.head());
    boolean body = words.isBodyNoun(head) && !t.lower(sp.first()).equals("whose"); // "Sanders, whose campaign"
    if (comma < 1 || !t.word(comma).equals(",") || t.tag(sp.head()).equals("NNS") || words.isThing(head) || body) {
      return null;
    }
    NameMention m = nominals.personEndingAt(comma - 1);
    return m == null || t.afterPreposition(m.start()) ? null : m;
  }

  /**
   * The person a relative "who" stands for ("McConnell, now the Senate majority leader, who in 2010
   * said …"): a person's name, then a comma and an apposition without a verb, or none, then a comma
   * and the mention opening with "who". A relative "which" stands for the organisation named right
   * before its comma ("confirmed by Penguin Random House Canada, which said she died Sunday").
   */
  private static @Nullable NameMention relativeTo(Tokens t, SpeakerMention sp, Nominals nominals) {
    int comma = sp.first() - 1;
    if (t.lower(sp.first()).equals("which") && sp.first() == sp.last() && comma >= 1 && t.word(comma).equals(",")) {
      NameMention m = nominals.nameAt(comma - 1);
      return m != null && m.type() == Speaker.Type.ORGANIZATION && m.last() == comma - 1 ? m : null;
    }
    if (!t.lower(sp.first()).equals("who") || comma < 1 || !t.word(comma).equals(",")) {
      return null;
    }
    for (int c = comma; c >= 1 && comma - c <= MAX_APPOSITION; c--) {
      if (c < comma && t.tagIs(c, "VB")) {
        return null;
      }
      NameMention m = t.word(c).equals(",") ? nominals.personEndingAt(c - 1) : null;
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * The noun phrase a relative "which" stands for when a common noun for a body or a document ends
   * it right before the comma ("confirmed by the publisher, which said …" is the publisher's; "a
   * report, which found …" the report's; not "the push, which …"): the determiners, adjectives,
   * numbers, possessives and nouns before that noun. Null otherwise.
   */
  private static @Nullable SpeakerMention nounBeforeWhich(Tokens t, SpeakerMention sp, Words words) {
    int comma = sp.first() - 1;
    if (!t.lower(sp.first()).equals("which") || sp.first() != sp.last() || comma < 1 || !t.word(comma).equals(",")
        || !t.tag(comma - 1).equals("NN") && !t.tag(comma - 1).equals("NNS")) {
      return null;
    }
    String head = t.lower(comma - 1);
    if (!words.isOrgWord(head) && !words.isBodyNoun(head) && !words.isThing(head)) {
      return null;
    }
    int first = comma - 1;
    while (first > 0 && NOUN_PHRASE_TAGS.contains(t.tag(first - 1))) {
      first--;
    }
    return new SpeakerMention(new TokenRange(first, comma - 1), comma - 1, Optional.empty());
  }

  /**
   * Whether the "it" at {@code i} stands for a clause after it ("It's hard to imagine …", "It is clear
   * that …"), not for something named before.
   */
  private static boolean extraposed(Tokens t, int i) {
    if (!t.lower(i).equals("it") || i + 3 >= t.size() || !COPULAS.contains(t.lower(i + 1))) {
      return false;
    }
    int k = i + 2;
    while (k < t.size() && t.tag(k).startsWith("RB")) {
      k++;
    }
    return k + 1 < t.size() && t.tagIs(k, "JJ") && (t.lower(k + 1).equals("to") || t.lower(k + 1).equals("that"));
  }

  /**
   * The person a description with a relative "who" is said of ("Donald Trump regularly … and is a serial
   * liar, rampant xenophobe, racist, misogynist and birther who has pledged …"): the description, with
   * only nouns, adjectives, commas and "and" before it back to a copula, and the subject person's name
   * before that copula in the sentence. Null otherwise.
   */
  private static @Nullable NameMention predicatedOf(Tokens t, SpeakerMention sp, Nominals nominals) {
    int after = sp.last() + 1;
    if (after >= t.size() || !t.lower(after).equals("who") || nominals.nameAt(sp.head()) != null) {
      return null;
    }
    int i = sp.first() - 1;
    while (i >= 0 && t.sentence(i) == t.sentence(sp.first()) && sp.first() - i <= MAX_PREDICATE
        && (t.tagIs(i, "NN") || t.tagIs(i, "JJ") || t.tag(i).equals("DT") || t.word(i).equals(",") || t.lower(i).equals("and"))) {
      i--;
    }
    if (i < 0 || t.sentence(i) != t.sentence(sp.first()) || !COPULAS.contains(t.lower(i))) {
      return null;
    }
    for (int k = i - 1; k >= 0 && t.sentence(k) == t.sentence(i); k--) {
      NameMention m = nominals.personEndingAt(k);
      if (m != null && m.subject()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The person whose home the place starting at {@code place} names, in an apposition after the
   * person's name: "Donna Sampson Rawlings, 59, of Ashton, Md., who said …" is Rawlings speaking, not
   * Maryland. Null when no such person comes before.
   */
  private static @Nullable NameMention residentOf(Tokens t, int place, Nominals nominals) {
    int i = place - 1;
    if (i >= 2 && t.word(i).equals(",") && t.capitalized(i - 1)) {
      i -= 2; // "Ashton, Md.": the town before the state
      while (i >= 1 && t.capitalized(i) && t.tag(i).startsWith("NNP")) {
        i--;
      }
    }
    if (i < 2 || !(t.lower(i).equals("of") || t.lower(i).equals("from")) || !t.word(i - 1).equals(",")) {
      return null;
    }
    i -= 2;
    if (i >= 2 && t.tag(i).equals("CD") && t.word(i - 1).equals(",")) {
      i -= 2; // ", 59,": an age
    }
    return nominals.personEndingAt(i);
  }

  /**
   * Where the portfolio words before a name's role open, when "and" joins them to it ("a spokesperson
   * for Municipal Affairs and Housing Minister Paul Calandra": the role found is "Housing Minister");
   * else {@code start}. Capitalised words and "and" between, not before {@code from}.
   */
  private static int portfolioOpening(Tokens t, int start, int from) {
    int k = start;
    while (k - 2 >= from && t.lower(k - 1).equals("and") && t.capitalized(k - 2) && t.tag(k - 2).startsWith("NNP")) {
      k -= 2;
      while (k - 1 >= from && t.capitalized(k - 1) && t.tag(k - 1).startsWith("NNP")) {
        k--;
      }
    }
    return k;
  }

  /**
   * The person described, not named, who is the subject of the sentence right before a "he" or "she"
   * that nothing in reach resolves, in its paragraph or closing the one before: "The mayor smiled.
   * “We will miss her,” he said." is the mayor's. The sentence opens with "the" or a possessive, then
   * adjectives or nouns and a person's noun or title whose gender does not gainsay the pronoun, then a
   * finite verb; it holds no quote. Null for any other pronoun.
   */
  private @Nullable SpeakerMention describedSubjectBefore(Article doc, int pronoun, String p) {
    Tokens t = doc.tokens();
    int previous = t.sentenceStart(pronoun) - 1;
    if (!(p.equals("he") || p.equals("she")) || previous < 0 || doc.paragraphOf(previous) < doc.paragraphOf(pronoun) - 1) {
      return null;
    }
    int first = t.sentenceStart(previous);
    boolean opener = t.lower(first).equals("the") || t.tag(first).equals("PRP$");
    int k = first + 1;
    while (opener && k + 1 <= previous && (t.tag(k).startsWith("JJ") || t.tagIs(k, "NN")) && !t.finite(k + 1)) {
      k++;
    }
    if (!opener || k + 1 > previous || !t.tagIs(k, "NN") || !t.finite(k + 1) || t.holdsQuoted(first, previous)) {
      return null;
    }
    String noun = t.lower(k);
    Gender said = p.equals("he") ? Gender.MALE : Gender.FEMALE;
    Gender nouns = words.genderOfWord(noun);
    boolean person = words.isPersonNoun(noun) || words.isTitle(noun);
    return person && (nouns == Gender.UNKNOWN || nouns == said)
        ? new SpeakerMention(new TokenRange(first, k), k, Optional.empty()) : null;
  }

  /**
   * The "he" or "she" that opens the content of a report whose named speaker comes before it in its
   * sentence ("Kelowna resident Priya Sandhu, who works as a care aide, said she has not seen …"), and
   * the report's first possessive when no name or other pronoun comes before it ("… said about 60 per
   * cent of her members"), by token, with the speaker mention of that report. Not when a gendered
   * person's noun stands between the speaker and the pronoun ("Parent Kim Tran, whose son took part,
   * said his attacks had stopped": "his" is the son's as likely as the parent's), nor when the speaker
   * is someone's own ("His doctor said he was in excellent health": "he" is the patient).
   */
  private static Map<Integer, TokenRange> reportsOpeningWithAPronoun(Tokens t, List<Attribution> attributions, List<Integer> cued,
      Words words) {
    Map<Integer, TokenRange> openers = new HashMap<>();
    for (int a : cued) {
      Attribution at = attributions.get(a);
      SpeakerMention sp = mention(at);
      int p = t.firstAtOrAfter(at.content().start());
      if (at.type() == org.saywho.Quote.Type.DIRECT || p < 0 || p >= t.size() || t.quoted(p) || sp.last() >= p
          || t.sentence(sp.last()) != t.sentence(p) || t.tag(sp.head()).startsWith("PRP")
          || gendered(t, words, sp.last() + 1, p - 1) || someonesOwn(t, sp)) {
        continue;
      }
      String w = t.lower(p);
      if (w.equals("he") || w.equals("she")) {
        openers.put(p, sp.tokens());
      }
      int end = t.lastEndingBy(p, at.content().end());
      for (int i = p; i <= end && !t.quoted(i) && !t.tag(i).startsWith("NNP") && !t.tag(i).equals("PRP"); i++) {
        if (t.tag(i).equals("PRP$")) {
          openers.put(i, sp.tokens());
          break;
        }
      }
    }
    return openers;
  }

  /**
   * The gender of an unnamed individual speaking, if the speaker is one: the singular noun heading an
   * indefinite description ("A woman who brought her two daughters", "a mother of three", "Berlin
   * man"; UNKNOWN for "one nurse", "a cashier"), which a later "she" or "he" may stand for; the entity
   * stays a {@code GROUP} of unknown gender. A noun without a gender takes the one of the "she" or "he"
   * opening its own report, when the mention names no one ("A neighbour, who asked not to be named,
   * said she heard screaming": a later "she said" is hers). Empty for anyone else, and for a definite
   * description, which stands for someone named ("the billionaire businessman").
   */
  private Optional<Gender> individualsGender(Tokens t, SpeakerMention sp, EntityDraft e, Map<Integer, TokenRange> ownReports) {
    if (e.type() != Speaker.Type.GROUP || e.named() || !t.tag(sp.head()).equals("NN")) {
      return Optional.empty();
    }
    String head = t.lower(sp.head());
    Gender gender = words.genderOfWord(head);
    boolean indefinite = INDIVIDUAL_DETERMINERS.contains(t.lower(sp.first()));
    if ((indefinite || words.isGenderedNoun(head)) && gender != Gender.UNKNOWN) {
      return Optional.of(gender);
    }
    return indefinite && (words.isPersonNoun(head) || words.isAnimate(head)) ? Optional.of(ownReportsGender(t, sp, ownReports))
        : Optional.empty();
  }

  /** The gender of the first "she" or "he" opening a report of this speaker mention; UNKNOWN when none, or when the mention names someone. */
  private static Gender ownReportsGender(Tokens t, SpeakerMention sp, Map<Integer, TokenRange> ownReports) {
    if (t.holdsProperNoun(sp.first(), sp.last())) {
      return Gender.UNKNOWN; // "A lawyer for Jane Smith said she would appeal"
    }
    int first = Integer.MAX_VALUE;
    for (Map.Entry<Integer, TokenRange> r : ownReports.entrySet()) {
      String w = t.lower(r.getKey());
      if (r.getValue().equals(sp.tokens()) && (w.equals("she") || w.equals("he")) && r.getKey() < first) {
        first = r.getKey();
      }
    }
    return first == Integer.MAX_VALUE ? Gender.UNKNOWN : t.lower(first).equals("she") ? Gender.FEMALE : Gender.MALE;
  }

  /** Whether the speaker mention holds "his" or "her": the speaker is someone's ("his doctor"). */
  private static boolean someonesOwn(Tokens t, SpeakerMention sp) {
    for (int i = sp.first(); i <= sp.last(); i++) {
      if (t.tag(i).equals("PRP$") && (t.lower(i).equals("his") || t.lower(i).equals("her"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun of tokens {@code [first, last]} names another person of one gender, someone's
   * relative ("whose son", "her husband"); "a mother of two" in apposition is the speaker.
   */
  private static boolean gendered(Tokens t, Words words, int first, int last) {
    for (int i = first + 1; i <= last; i++) {
      boolean someones = t.lower(i - 1).equals("whose") || t.tag(i - 1).equals("PRP$") || t.tag(i - 1).equals("POS");
      if (someones && t.tagIs(i, "NN") && words.genderOfWord(t.lower(i)) != Gender.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable EntityDraft pronoun(String p, int token, int paragraph, Salience salience,
      Predicate<EntityDraft> ownReport, Predicate<EntityDraft> place) {
    EntityDraft e = switch (p) {
      case "he" -> salience.resolvePerson(token, paragraph, Gender.MALE);
      case "she" -> salience.resolvePerson(token, paragraph, Gender.FEMALE);
      case "they" -> salience.resolve(paragraph, Gender.UNKNOWN, List.of(Speaker.Type.GROUP, Speaker.Type.ORGANIZATION),
          place.negate()); // "land in upstate New York, … where they planned to take refuge" is no New York's plan
      case "it" -> salience.resolve(paragraph, Gender.UNKNOWN, List.of(Speaker.Type.ORGANIZATION, Speaker.Type.UNKNOWN),
          d -> d.type() == Speaker.Type.ORGANIZATION || !d.named()); // "the report said … It accused …"
      default -> null;
    };
    if (e != null && e.type() == Speaker.Type.PERSON && (p.equals("he") || p.equals("she"))) {
      Gender g = p.equals("he") ? Gender.MALE : Gender.FEMALE;
      if (salience.onlyCandidate(paragraph, g, e) || salience.continuesTheSubject(token, paragraph, e) || ownReport.test(e)) {
        e.learnGender(Speaker.GenderEvidence.PRONOUN, g);
      } else {
        e.learnWeakPronoun(g, paragraph);
      }
    }
    return e;
  }

  /**
   * The subject pronoun of a possessive or object one ("his" remarks were his, "he" said them;
   * "according to him" is "he").
   */
  private static String subjectForm(String pronoun) {
    return switch (pronoun) {
      case "his", "him" -> "he";
      case "her" -> "she";
      case "their", "them" -> "they";
      case "its" -> "it";
      default -> pronoun;
    };
  }

  private static boolean[] contentTokens(Tokens t, List<Attribution> attributions) {
    boolean[] in = new boolean[t.size()];
    for (Attribution a : attributions) {
      if (a.type() == org.saywho.Quote.Type.DIRECT) {
        continue;
      }
      Span c = a.content();
      for (int i = t.firstAtOrAfter(c.start()); i < t.size() && t.start(i) < c.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }

  /** Whether a mention is followed by a colon, as a transcript's speaker label is ("PENCE:"). */
  private static boolean transcriptLabel(Tokens t, SpeakerMention sp) {
    return sp.last() + 1 < t.size() && t.word(sp.last() + 1).equals(":");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Gives the entity the role an apposition names, up to a relative clause set off by a comma ("a
   * professor at RMIT University, who was not involved in the research"); an entity of unknown type
   * whose role's head is a body's word becomes an organisation ("Threshold, the housing charity, said").
   */
  private void apposedRole(Tokens t, EntityDraft e, int first, int last, int head, EntityTable table) {
    int end = last;
    for (int i = first + 1; i < last; i++) {
      if (t.word(i).equals(",") && RELATIVE_PRONOUNS.contains(t.lower(i + 1))) {
        end = i - 1; // "a chemistry professor at RMIT University, who was not involved in the research"
        break;
      }
    }
    e.addRole(table.withItsOwner(t, e, first, Nominals.withoutDeterminer(t, first, end)));
    if (e.type() == Speaker.Type.UNKNOWN && words.isBodyNoun(t.lower(head))) {
      e.becomeOrganization();
    }
  }

  /**
   * Whether a person's apposed role is a description of a body, so it describes the body named in the
   * phrase before it, not the person: "John Smith, a spokesman for Oxfam, the British charity, said …"
   * gives him no role "British charity". The role is one noun phrase opening with a determiner and
   * ending in a lower-case noun of {@code entity-resolver.body-descriptions} ("a San Francisco
   * company", "a Democratic super PAC"); not "a University of Washington professor", "a retired
   * Postal Service letter carrier", nor "the publisher of The Federalist".
   */
  private static boolean describesABody(Tokens t, EntityDraft e, TokenRange r) {
    if (e.type() != Speaker.Type.PERSON || !t.tag(r.first()).equals("DT")) {
      return false;
    }
    for (int i = r.first() + 1; i <= r.last(); i++) {
      String tag = t.tag(i);
      if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("HYPH") || tag.equals("POS"))) {
        return false;
      }
    }
    String head = t.word(r.last());
    boolean acronym = head.chars().allMatch(Character::isUpperCase);
    return (!t.capitalized(r.last()) || acronym) && BODY_DESCRIPTIONS.contains(t.lower(r.last()));
  }

  /**
   * The last word of a description before its first preposition ("secretary general" in "… of the
   * United Nations"), past possessives ("chairman" in "the Cruz campaign's chairman").
   */
  private static int headBeforePreposition(Tokens t, int first, int last) {
    for (int i = first + 1; i <= last; i++) {
      if (t.tag(i).equals("POS")) {
        continue;
      }
      if (t.tag(i).equals("IN") || t.tag(i).equals("TO") || t.tag(i).startsWith("W") || !Character.isLetterOrDigit(t.word(i).codePointAt(0))) {
        return i - 1;
      }
    }
    return last;
  }
}
