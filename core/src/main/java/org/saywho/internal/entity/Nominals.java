package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;
import org.saywho.internal.lexicon.WordSets;

/**
 * Resolves descriptions used as speakers: "the spokesman" to an earlier entity with that role, else
 * an unnamed source named by the description without its determiner and with names inside it in
 * their canonical form ("A spokesperson for Rubio" becomes "spokesperson for Marco Rubio").
 */
final class Nominals {

  private static final Set<String> DEFINITE = WordSets.named("nominals.definite");
  /** Prepositions of place: an entity only ever after one is where things happen. */
  private static final Set<String> WHERE = WordSets.named("nominals.where");
  /** Heads of descriptions that stand only for a body whose name ends in a noun of the same kind ("the campaign"). */
  private static final Set<String> OWN_KIND_ONLY = WordSets.named("nominals.own-kind-only");
  /** Settlements a place's name follows with "of" ("the town of Varnavas", "the outskirts of Athens"). */
  private static final Set<String> SETTLEMENTS = WordSets.named("nominals.settlements");
  /**
   * Participles after which "by" names who read a document, not who made it: "documents seen by the BBC"
   * are no words of the BBC's.
   */
  private static final Set<String> READERS = WordSets.named("reader-participles");
  /** Prepositions that name a document's maker after it ("data from the EIA", "a survey by Gallup"). */
  private static final Set<String> PRODUCER_PREPOSITIONS = WordSets.named("nominals.producer-prepositions");
  /** The most tokens of an "of" phrase between a document and "by" its maker ("an analysis of FEC records by …"). */
  private static final int MAX_OF_PHRASE = 5;
  /** Words that open a date before a day or period ("on Thursday", "last week"). */
  private static final Set<String> DATE_OPENERS = WordSets.named("nominals.date-openers");
  /** Periods a date may name after {@link #DATE_OPENERS}. */
  private static final Set<String> PERIODS = WordSets.named("nominals.periods");
  /** The most words a document's maker is named in, before or after the document noun. */
  private static final int MAX_MAKER = 8;
  /** Prepositions after which a description's words are no longer its own ("executive at the … Foundation"). */
  private static final Set<String> DESCRIPTION_PREPOSITIONS = WordSets.named("nominals.description-prepositions");
  /** Verbs whose object is who hears the words: an entity only ever after one is a listener ("told the BBC"). */
  private static final Set<String> TELLING = WordSets.named("nominals.telling");
  /** Verbs that name their listener after "to" ("speaking to the BBC"). */
  private static final Set<String> SPEAKING = WordSets.named("nominals.speaking");
  /** Messages that name their addressee after "to" ("in an email to CBC News"). */
  private static final Set<String> MESSAGES = WordSets.named("nominals.messages");
  /** Conversations that name their interviewer after "with" ("in an interview with The Canadian Press"). */
  private static final Set<String> CONVERSATIONS = WordSets.named("nominals.conversations");
  private static final Set<String> INDEFINITE = WordSets.named("nominals.indefinite");
  /** A party's member or a lawmaker, after a place: "the Wisconsin Republican", "the York Central MP". */
  private static final Set<String> PARTISANS = WordSets.named("grammar.partisans");
  /** How many sentences after a description may name the body its modifier names ("the competition regulator"). */
  private static final int LATER_BODY_SENTENCES = 3;
  /** How many sentences back a place-and-party description looks for the lawmaker it stands for. */
  private static final int LAWMAKER_SENTENCES = 4;
  /** How many sentences back "the senators" may reach for the people joined by "and" it stands for. */
  private static final int COORDINATION_REACH = 10;
  private static final Set<String> DROPPED = WordSets.named("nominals.dropped");
  private static final Set<String> COMPANY_NOUNS = WordSets.named("nominals.company-nouns");
  /** Who a ranked description ranks a body among, as owner: "the world's biggest miner". */
  private static final Set<String> RANK_SCOPES = WordSets.named("nominals.rank-scopes");
  /** Words that rank a body among its kind besides superlatives ("Germany's leading carmaker"). */
  private static final Set<String> RANKS = WordSets.named("nominals.ranks");
  /** Trades a ranked description names a company by, which alone name people ("miner"). */
  private static final Set<String> RANKED_TRADES = WordSets.named("nominals.ranked-trades");

  /** Two-word nouns of a body whose last word alone may name a person ("coast guard", "air force"). */
  private static final Set<String> BODY_COMPOUNDS = WordSets.named("nominals.body-compounds");
  /** Bodies a bare noun names as "the" would ("Police said" is the police force named before), and only such. */
  private static final Set<String> BARE_DEFINITE = WordSets.named("nominals.bare-definite");
  /** Bodies a place may stand for ("the administration" for "the White House"). */
  private static final Set<String> PLACE_BODIES = WordSets.named("nominals.place-bodies");
  private static final Set<String> PORTFOLIO_BODIES = WordSets.named("nominals.portfolio-bodies");

  private final Words words;
  /** Whether the recogniser read a name as a place. */
  private final Predicate<NameMention> place;
  private final Tokens t;
  private final EntityTable table;
  private final List<NameMention> names;
  private final int[] nameAt;
  private final EntityDraft[] entityOfName;
  /** The groups made of named people joined by "and" ("Mr. Grassley and Mr. Leahy"). */
  private final Set<EntityDraft> coordinations = new HashSet<>();

  Nominals(Words words, Tokens t, EntityTable table, List<NameMention> names, Predicate<NameMention> place) {
    this.words = words;
    this.place = place;
    this.t = t;
    this.table = table;
    this.names = names;
    this.nameAt = new int[t.size()];
    Arrays.fill(nameAt, -1);
    for (int k = 0; k < names.size(); k++) {
      for (int i = names.get(k).first(); i <= names.get(k).last(); i++) {
        nameAt[i] = k;
      }
    }
    this.entityOfName = new EntityDraft[names.size()];
  }

  /** Records the entity a name was linked to. */
  void record(NameMention m, EntityDraft e) {
    int k = nameAt[m.first()];
    if (k >= 0) {
      entityOfName[k] = e;
    }
  }

  /** Returns the name covering token {@code i}, or null. */
  @Nullable NameMention nameAt(int i) {
    return nameAt[i] < 0 ? null : names.get(nameAt[i]);
  }

  /**
   * Returns the person whose role, written before the name, holds tokens {@code [first, last]}, or null:
   * "said Ambassador to the UN Linda Thomas-Greenfield", where the speaker's phrase stops at "to".
   */
  @Nullable NameMention bearerOfTheRole(int first, int last) {
    for (NameMention m : names) {
      if (m.type() == Speaker.Type.PERSON && m.roleFirst() >= 0 && m.roleFirst() <= first && last <= m.roleLast()) {
        return m;
      }
    }
    return null;
  }

  /** Returns the entity a name was linked to, or null when not yet linked. */
  EntityDraft entityOf(NameMention m) {
    return entityOfName[nameAt[m.first()]];
  }

  /**
   * The entity a description refers back to, or null: an office or role the article gave an entity
   * ("the spokesman", "the mayor" after "Mayor Bill de Blasio"), or, for a definite description with
   * no name in it, the latest other entity whose name holds its head noun ("the commission" after
   * "the Commission on Presidential Debates", "the poll" after "a Bloomberg poll"; "this poll" only
   * right after it, as "This story has been updated" is the article's own); "the agency" is
   * the organisation named last, as is "the Toronto-based company", but not "the country's weather office", which its possessive picks
   * out, nor "the German government", which its demonym does, nor one named as another kind of body
   * ("the union" is no hospital), nor "the AP", whose capitals name it; "the company" is rather the
   * organisation that was a clause's subject in its sentence or the one before, when one was, or else
   * where the article first wrote "the company"; "the province" is the state or province named last.
   */
  @Nullable EntityDraft antecedent(int first, int last, int head) {
    String w = headWord(head);
    if (rankedAmongItsKind(first, head)) {
      EntityDraft ranked = subjectOrganization(first, w);
      if (ranked != null) {
        return ranked; // "Rio Tinto cut its dividend. The world's biggest iron ore miner said …"
      }
    }
    boolean individual = words.isPersonNoun(w) || words.isTitle(w);
    if (individual) {
      EntityDraft e = roleFor(first, head);
      if (e != null) {
        return e;
      }
    }
    if (individual && (DEFINITE.contains(t.lower(first)) || words.isOffice(w) && !INDEFINITE.contains(t.lower(first)))) {
      EntityDraft e = withRole(w, first, head);
      if (e != null) {
        return e;
      }
    }
    if (individual && t.lower(first).equals("the")) {
      EntityDraft e = withTheBodyInARole(first, head);
      if (e != null) {
        return e;
      }
    }
    if (individual && !words.isOffice(w) && t.lower(first).equals("the") && (t.tag(head).equals("NN") || titleInCapitals(head))) {
      EntityDraft e = unnamedIndividualBefore(w, first, head);
      if (e != null) {
        return e;
      }
    }
    EntityDraft subject = !individual && bodyWithANamedModifier(first, last, head) ? subjectOrganization(first, w) : null;
    if (subject != null) {
      return subject; // "Chelsea have signed Mitoma, the Premier League club announced"
    }
    int opener = theBeforeTheCityOfItsRegion(first); // the city's name says where, as the region does
    if ((first == head || first + 1 == head && t.lower(first).equals("the")) && BARE_DEFINITE.contains(w)) {
      return withHeadInName(w, first); // "Police said" after "Calgary police say"; no other body, as no company
    }
    boolean definite = opener >= 0 || t.lower(first).equals("the") && !nameIn(first, last, m -> !hyphenedToAModifier(m));
    if (!definite && demonstrative(first, head)) {
      EntityDraft named = withHeadInName(w, first); // "In this poll, …" after "The Daybreak tracking poll … showed"
      return named != null && mentionedInTheSentenceBefore(named, first) ? named : null;
    }
    int from = opener >= 0 ? opener : first;
    if (definite && !individual) {
      EntityDraft pair = coordinationFor(from, head);
      if (pair != null) {
        return pair;
      }
      EntityDraft named = withHeadInName(w, from);
      if (named != null && anotherPossessor(from, head, named)) {
        named = null; // "The province's lawyers countered" are not the "Lawyers for the challengers"
      }
      if (named == null) {
        named = earlierMaker(first, head);
      }
      if (named == null && words.isCountryNoun(w)) {
        return latestCountry(from);
      }
      if (named == null && words.isPlaceBody(w)) {
        return latestRegion(from);
      }
      if (named == null && words.isBodyNoun(w) && !words.isPlaceBody(w) && !possessed(from, head) && !nationalBody(from, head)
          && !EntityTable.acronym(t.word(head))) { // "The AP reported": the capitals name the body
        named = subjectOrganization(from, w);
        int use = firstUse(from, head);
        if (named == null && use < from) {
          named = subjectOrganization(use, w);
        }
        if (named == null) {
          named = latestOrganization(from, w);
        }
        if (named == null) {
          named = employerInARole(from, w);
        }
      }
      return named == null || localBodyOtherThan(from, head, named) || anotherOfItsKind(head, named)
          || modifierNamesALaterBody(from, head, named) ? null : named;
    }
    return null;
  }

  /**
   * The person a place-and-party description stands for, named in one of the sentences just before it:
   * "House Speaker Paul Ryan says … / The Wisconsin Republican says in a statement" is Ryan, and "Labour
   * backbencher Rachael Maskell said … “…,” the York Central MP told the BBC" is Maskell. Conditions:
   * "the", capitalised words of a place, then a party's member or a lawmaker's noun
   * ({@code grammar.partisans}); the person is the first named in the nearest earlier sentence, within
   * {@value #LAWMAKER_SENTENCES} sentences and the paragraph before, that names one, not as an owner
   * ("Mr. Trump's opponents") nor as a preposition's object; the description is no apposition after a
   * comma. Null otherwise ("an Iowa Democrat" is someone else; "the Ontario writer" describes no lawmaker).
   *
   * @param first the description's first token
   * @param head its noun
   * @return the person, or null
   */
  @Nullable EntityDraft lawmakerNamedJustBefore(int first, int head) {
    if (!t.lower(first).equals("the") || head <= first + 1 || !PARTISANS.contains(t.lower(head))
        || first > 0 && t.word(first - 1).equals(",")) { // "Rep. Joe Wilson, the South Carolina congressman": an apposition
      return null;
    }
    for (int i = first + 1; i < head; i++) {
      if (!t.capitalized(i) || !t.tagIs(i, "NNP")) {
        return null;
      }
    }
    int sentence = t.sentenceStart(first);
    for (int n = 0; n < LAWMAKER_SENTENCES && sentence > 0; n++) {
      int end = sentence - 1;
      sentence = t.sentenceStart(end);
      if (breaksBetween(sentence, first) > 1) {
        return null;
      }
      for (int i = sentence; i <= end; i++) {
        NameMention m = nameAt(i);
        if (m == null) {
          continue;
        }
        if (m.type() == Speaker.Type.PERSON && !t.possessiveAfter(m.last()) && !t.afterPreposition(m.first())) {
          return entityOf(m);
        }
        i = m.last();
      }
    }
    return null;
  }

  /** The paragraph breaks between tokens {@code from} and {@code to}. */
  private int breaksBetween(int from, int to) {
    int breaks = 0;
    for (int k = from; k < to; k++) {
      breaks += t.lineBreakAfter(k) ? 1 : 0;
    }
    return breaks;
  }

  /**
   * Whether the body's name holds the description's noun but not the common noun that modifies it
   * right before: "the task force" is no "Border Force", another force, though "the school board" is
   * the "Toronto District School Board" and "the investment bank", whose noun "Goldman Sachs" does not
   * hold, may be Goldman Sachs. A ministry's or department's modifier names what it covers, so its name
   * need not hold the noun ({@code nominals.portfolio-bodies}): "The culture ministry said" is no
   * "Acropolis" named before, though it is the "Ministry of Culture".
   */
  private boolean anotherOfItsKind(int head, EntityDraft e) {
    int modifier = head - 1;
    String noun = headWord(head);
    if (modifier < 1) {
      return false;
    }
    String covered = t.lower(modifier);
    boolean portfolio = PORTFOLIO_BODIES.contains(noun) && (t.tagIs(modifier, "NN") || words.isPortfolioWord(covered));
    return (t.tagIs(modifier, "NN") || portfolio) && !t.capitalized(modifier) && !t.joinedByHyphen(modifier - 1)
        && words.isBodyNoun(noun) && (portfolio || holdsWord(e.name(), noun)) && !holdsWord(e.name(), covered);
  }

  /**
   * Whether a common word that modifies the description's noun is no word of the body's name but one
   * of a body the article names in the next {@value #LATER_BODY_SENTENCES} sentences: "Qantas has
   * agreed to pay a $100 million penalty, the competition regulator says", then "The Australian
   * Competition and Consumer Commission (ACCC) alleged …", is no Qantas but the commission named
   * next ("Rio Tinto will cut jobs, the mining giant said" stays Rio Tinto).
   */
  private boolean modifierNamesALaterBody(int first, int head, EntityDraft e) {
    for (int i = first + 1; i < head; i++) {
      String modifier = t.lower(i);
      if (!t.capitalized(i) && t.tag(i).startsWith("NN") && !holdsWord(e.name(), modifier)
          && namedLater(head, modifier)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a body named after token {@code head}, within {@value #LATER_BODY_SENTENCES} sentences, holds the word. */
  private boolean namedLater(int head, String word) {
    for (NameMention m : names) {
      if (m.first() > head && m.type() == Speaker.Type.ORGANIZATION
          && t.sentence(m.first()) <= t.sentence(head) + LATER_BODY_SENTENCES
          && holdsWord(t.text().substring(t.start(m.first()), t.end(m.last())), word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the description gives its body's level of government ("the county fire department", "the
   * city council", "the federal government") and the entity's name does not: a state's "Department of
   * Forestry and Fire Protection" is no county's fire department.
   */
  private boolean localBodyOtherThan(int first, int head, EntityDraft e) {
    for (int i = first + 1; i < head; i++) {
      if (words.isLocalLevel(t.lower(i)) && !holdsWord(e.name(), t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a demonym names the state whose institution the description is ("the German government",
   * "the Kenyan police"; not "the German company", the company named last).
   */
  private boolean nationalBody(int first, int head) {
    if (!words.isStateBody(t.lower(head))) {
      return false;
    }
    for (int i = first + 1; i < head; i++) {
      if (words.isDemonym(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the description picks out one person the way an office does: a definite office ("the
   * mayor", "Indiana governor"), not "a mayor", or an epithet, "the" before a person noun that a proper
   * name or adjective narrows ("the New York businessman", "the GOP nominee").
   */
  boolean definiteOffice(int first, int head) {
    String w = headWord(head);
    boolean office = words.isOffice(w) && !INDEFINITE.contains(t.lower(first));
    return (office || epithet(first, head)) && !nameIn(first, head, m -> m.type() == Speaker.Type.PERSON);
  }

  private boolean epithet(int first, int head) {
    String w = headWord(head);
    boolean commonNoun = t.tag(head).equals("NN") && Character.isLowerCase(t.word(head).charAt(0)); // not "The Hollywood Reporter"
    if (!t.lower(first).equals("the") || !commonNoun || !(words.isPersonNoun(w) || words.isTitle(w)) || words.isAnonymous(w)) {
      return false;
    }
    for (int i = first + 1; i < head; i++) {
      if (t.tag(i).startsWith("NNP") || words.isDemonym(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a description introduces one person the article names further on, as a headline or lede
   * does ("A former Democratic National Committee chairman says …", then "… said Don Fowler"): a
   * singular title ("chairman", "judge", not "man" or "viewer") after "a", "an", no determiner or a
   * place's or body's possessive ("Connecticut's tax commissioner"), no other possessive or person's
   * name in it, and not a noun for a source articles keep unnamed ("a source", "an official") unless
   * a headline writes it bare before "of" and a body's name ("Member of House panel says …", then
   * "Rep. Adam Schiff … called on …").
   */
  boolean introducesSomeoneNamedLater(int first, int last, int head) {
    String w = headWord(head);
    return (introduces(first, head) || officeOfABody(first, head)) && words.isTitle(w)
        && (!words.isAnonymous(w) || bareBeforeABodysName(first, last, head))
        && !nameIn(first, last, m -> m.type() == Speaker.Type.PERSON);
  }

  /** Whether a capitalised head opens the description, with "of" and a capitalised name after it. */
  private boolean bareBeforeABodysName(int first, int last, int head) {
    return first == head && head + 2 <= last && t.capitalized(head) && t.lower(head + 1).equals("of") && t.capitalized(head + 2);
  }

  /**
   * Whether the description is a place's or body's office, a possessive before a singular title
   * ("Connecticut's tax commissioner"): it introduces a person as "a" would. A person's possessive
   * ("Trump's lawyer") does not.
   */
  private boolean officeOfABody(int first, int head) {
    NameMention owner = nameAt(first);
    if (owner == null || owner.first() != first || owner.type() != Speaker.Type.ORGANIZATION || !t.tag(head).equals("NN")) {
      return false;
    }
    int mark = owner.last() + 1;
    if (mark >= head || !t.tag(mark).equals("POS")) {
      return false;
    }
    for (int i = mark + 1; i < head; i++) {
      if (t.tag(i).equals("POS") || t.tag(i).startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a description introduces a document or finding the article names more fully further on,
   * as a headline or lede does ("New Poll Shows …", then "The Reuters/Ipsos poll found …"): a
   * singular document noun after "a", "an" or no determiner, with no producer's name in it.
   */
  boolean introducesSomethingNamedLater(int first, int last, int head) {
    return introduces(first, head) && words.isThing(t.lower(head)) && !nameIn(first, last, m -> m.type() != Speaker.Type.UNKNOWN);
  }

  /**
   * The proper words of a description that introduces a body the article names in full further on, as
   * a headline or lede does ("A House panel votes …", then "The House Oversight and Government Reform
   * Committee"): a singular organisation noun after "a", "an" or no determiner, with capitalised
   * modifiers. Empty when the description is not one.
   */
  List<String> introducesBodyNamedLater(int first, int head) {
    List<String> proper = new ArrayList<>();
    if (!introduces(first, head) || !words.isBodyNoun(t.lower(head)) || t.capitalized(head) && head > first) {
      return proper;
    }
    for (int i = first; i < head; i++) {
      if (t.tag(i).startsWith("NNP") && t.capitalized(i)) {
        proper.add(t.word(i));
      }
    }
    return proper;
  }

  /** A singular head after "a", "an" or no determiner or possessive: a first mention, not a reference back. */
  private boolean introduces(int first, int head) {
    String determiner = t.lower(first);
    boolean singular = t.tag(head).equals("NN") || t.tag(head).equals("NNP");
    return singular && (determiner.equals("a") || determiner.equals("an")
        || !DEFINITE.contains(determiner) && !INDEFINITE.contains(determiner) && !possessed(first, head));
  }

  /**
   * The organisation whose document or finding the description names, or null: its name right before
   * the head, before one common noun modifying it, or before the head's possessive ("a Bloomberg poll
   * found", "the Reuters/Ipsos opinion poll", "the Pentagon's review", "a Pew Research Center survey");
   * a name the recogniser could not type counts ("a Gallup survey"), a person's does not ("a Trump
   * tweet"), nor a place's ("a large US study" is the study's); or its name after "from" or "by" right
   * after the head ("data from the Energy Information Administration", "data from the 2014 American
   * Community Survey", "figures published on Friday by the NTPF"). The organisation is the source.
   */
  @Nullable NameMention producerOf(int first, int last) {
    if (words.isThing(t.lower(first)) && nameAt[first] < 0) {
      return madeBy(first, last == first ? reachAfter(first) : last); // "data from the EIA"
    }
    for (int i = first + 1; i <= last; i++) {
      String tag = t.tag(i);
      if (tag.equals("IN") || tag.equals("TO") || tag.startsWith("VB") || tag.startsWith("W") || t.word(i).equals(",")) {
        return null; // "a spokesperson for the Bloomberg poll": the document is not the head
      }
      if (tag.startsWith("NN") && words.isThing(t.lower(i)) && nameAt[i] < 0) { // not "Research" in "Pew Research Center"
        return makerOf(first, i, last);
      }
    }
    return null;
  }

  /** Whether the name is a country's, state's or region's ("a large US study"). */
  private boolean placeName(NameMention m) {
    return words.isPlace(t.span(m.first(), m.last()).in(t.text()).toLowerCase(Locale.ROOT));
  }

  /** The body named before the document noun at {@code thing}, or after it with "from" or "by", or null. */
  private @Nullable NameMention makerOf(int first, int thing, int last) {
    int end = t.tag(thing - 1).equals("POS") ? thing - 2 : thing - 1;
    if (end > first && t.tag(end).equals("NN") && !t.capitalized(end)) {
      end--; // "the Reuters/Ipsos opinion poll"
    }
    NameMention m = end >= first ? nameAt(end) : null;
    boolean named = m != null && m.type() != Speaker.Type.PERSON && m.last() == end && entityOfName[nameAt[end]] != null
        && !capitalisedCommonNoun(m) && !placeName(m);
    return named ? m : madeBy(thing, last == thing ? reachAfter(thing) : last);
  }

  /**
   * The last token whose names must be known to find the maker of the document a mention ends with:
   * the last a maker named after it may reach when a participle, "by" or "from" follows the document
   * noun ("according to a study published on Thursday by the Energy Saving Trust"), else the mention's.
   */
  int makerReach(int last) {
    boolean document = t.tag(last).startsWith("NN") && words.isThing(t.lower(last)) && nameAt[last] < 0;
    int next = last + 1;
    boolean named = next < t.size() && t.sentence(next) == t.sentence(last)
        && (t.tag(next).equals("VBN") || PRODUCER_PREPOSITIONS.contains(t.lower(next)) || participleAside(last));
    return document && named ? reachAfter(last) : last;
  }

  /**
   * Whether a comma and a past participle follow the document noun at {@code thing}: the aside that
   * may name its maker ("The report, released Tuesday by the Fraser Institute, found …").
   */
  private boolean participleAside(int thing) {
    return thing + 2 < t.size() && t.word(thing + 1).equals(",") && t.tag(thing + 2).equals("VBN")
        && t.sentence(thing + 2) == t.sentence(thing);
  }

  /**
   * The last token a maker named after a mention that ends at its document noun may reach: the last
   * before a punctuation mark or the sentence's end, within {@value #MAX_MAKER} tokens ("according to a
   * study published on Thursday by the Energy Saving Trust.", where the mention is "a study"), past the
   * comma that opens a participle aside.
   */
  private int reachAfter(int thing) {
    int last = participleAside(thing) ? thing + 1 : thing;
    while (last + 1 < t.size() && t.sentence(last + 1) == t.sentence(thing) && last < thing + MAX_MAKER
        && Character.isLetterOrDigit(t.word(last + 1).charAt(0))) {
      last++;
    }
    return last;
  }

  /**
   * The body that made the document a definite description takes up again, or null: the maker named
   * with the latest earlier mention of the same document noun ("A survey by the Angus Reid Institute
   * found … In Quebec, the figure is closer to one in four, the survey suggests"); null when that
   * mention names no maker ("a new survey", "a Trump tweet") or the description has its own words
   * before the noun ("the second survey").
   */
  @Nullable EntityDraft earlierMaker(int first, int head) {
    String w = t.lower(head);
    if (first + 1 != head || !t.lower(first).equals("the") || !words.isThing(w) || !t.tag(head).startsWith("NN")) {
      return null;
    }
    for (int i = first - 1; i > 0; i--) {
      if (t.lower(i).equals(w) && t.tag(i).startsWith("NN") && nameAt[i] < 0) {
        int sentence = t.sentenceStart(i);
        int last = i + 1;
        while (last + 1 < t.size() && t.sentence(last + 1) == t.sentence(i) && last < i + MAX_MAKER) {
          last++;
        }
        NameMention m = makerOf(Math.max(sentence, i - MAX_MAKER), i, last);
        EntityDraft e = m == null ? null : entityOf(m);
        if (e != null && e.type() == Speaker.Type.UNKNOWN) {
          e.becomeOrganization();
        }
        return e;
      }
    }
    return null;
  }

  /**
   * Whether the name is one word opening its sentence that is a body's common noun, capitalised only
   * there: "Court documents show", "Police records show" name no court or police force. The list of
   * such nouns holds a few proper ones too, so "Pentagon documents show" is read the same way.
   */
  private boolean capitalisedCommonNoun(NameMention m) {
    return m.first() == m.last() && t.opensSentence(m.first()) && words.isBodyNoun(t.lower(m.first()));
  }

  /**
   * The body named after "from" or "by" after the document noun at {@code thing}, or null: right after
   * it ("data from the EIA"), after a day ("a report Tuesday from WKOW"), after "by" closing a participle,
   * set off by a comma or not ("data released last week by Statistics Canada", "an exit poll conducted
   * by Edison Research", "The report, released Tuesday by the Fraser Institute, found"; not one
   * of reading, "documents seen by the BBC", {@code reader-participles}), or
   * after "by" closing a short "of" phrase ("an analysis of campaign filings by Crowdpac"), or such a
   * phrase and a participle ("results of exit polls conducted by Edison Research").
   */
  private @Nullable NameMention madeBy(int thing, int last) {
    int p = afterCalendarWords(participleAside(thing) ? thing + 2 : thing + 1, last);
    if (p < last && PRODUCER_PREPOSITIONS.contains(t.lower(p))) {
      return producerAfter(p + 1, last);
    }
    if (p < last && t.lower(p).equals("of")) {
      int end = Math.min(last, p + MAX_OF_PHRASE);
      do {
        p++;
      } while (p < end && (t.tagIs(p, "NN") || t.tagIs(p, "JJ") || t.tag(p).equals("DT") || t.tag(p).equals("CD")));
    } else if (!makersParticiple(p, last)) {
      return null;
    }
    if (makersParticiple(p, last)) {
      p = afterCalendarWords(p + 1, last); // "data released last week by …", "results of exit polls conducted by …"
    }
    return p < last && t.lower(p).equals("by") ? producerAfter(p + 1, last) : null;
  }

  /** Whether token {@code p}, before {@code last}, is a past participle of making, not of reading. */
  private boolean makersParticiple(int p, int last) {
    return p < last && t.tag(p).equals("VBN") && !READERS.contains(t.lower(p));
  }

  /** The first token from {@code i} on that is no day or date ("Tuesday", "last week", "on Thursday", "2016"). */
  private int afterCalendarWords(int i, int last) {
    int p = i;
    while (p <= last) {
      if (words.isCalendarWord(t.lower(p)) || t.tag(p).equals("CD")) {
        p++;
      } else if (p < last && DATE_OPENERS.contains(t.lower(p))
          && (words.isCalendarWord(t.lower(p + 1)) || PERIODS.contains(t.lower(p + 1)))) {
        p += 2;
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * The body named at {@code i}, after a determiner and a year or number ("the 2014 American Community
   * Survey"), that ends the mention or is followed by a participle or preposition; null when no body
   * is named there: the recogniser's organisation, or an untyped name ending in an organisation word or
   * a document noun ("Survey"), not a name that opens with a first name ("an email from Neera Tanden",
   * which the recogniser may read as a place).
   */
  private @Nullable NameMention producerAfter(int i, int last) {
    int p = i;
    while (p <= last && (t.tag(p).equals("DT") || t.tag(p).equals("CD"))) {
      p++;
    }
    NameMention m = p <= last ? nameAt(p) : null;
    if (m == null || m.first() != p || entityOfName[nameAt[p]] == null) {
      return null;
    }
    String end = t.lower(m.last());
    boolean bodysWord = words.isOrgWord(end) || words.isThing(end);
    boolean personsName = m.last() > m.first() && words.isFirstName(t.lower(m.first())) && !bodysWord;
    if (personsName || m.type() != Speaker.Type.ORGANIZATION && !(m.type() == Speaker.Type.UNKNOWN && bodysWord)) {
      return null;
    }
    int next = m.last() + 1;
    if (next + 2 <= last && t.word(next).equals("(") && t.word(next + 2).equals(")")) {
      next += 3; // "data from the Central Pollution Control Board (CPCB)": the maker's acronym
    }
    next = afterCalendarWords(next, last);
    return next > last || t.tag(next).equals("IN") || t.tag(next).startsWith("VB") ? m : null;
  }

  /**
   * Whether the mention joins two named people or bodies with "and" ("Obama and Clinton", "Google and
   * Microsoft"): several speakers, a group.
   */
  boolean coordinatesNames(int first, int last, int head) {
    for (int i = first + 1; i < last; i++) {
      int next = i + 1;
      while (next < last && (words.isHonorific(t.lower(next)) || words.isTitle(t.lower(next))
          || next == i + 1 && t.lower(next).equals("the"))) {
        next++; // "Mr. Grassley and Mr. Leahy", "the Canadian Union of Public Employees and the Ontario Nurses' Association"
      }
      NameMention after = nameAt(next);
      boolean people = (personEndsAt(i - 1) || describedPersonBefore(first, i) >= 0) && after != null
          && after.type() == Speaker.Type.PERSON;
      // bodies only when they speak: "a poll by Reuters and Ipsos" is the producers' one poll
      NameMention before = nameAt(i - 1);
      boolean headInAName = after != null && head >= after.start() && head <= after.last()
          || before != null && head >= before.start() && head <= before.last(); // "Union" of "the Canadian Union of …"
      boolean bodies = !(first > 0 && t.lower(first - 1).equals("by")) && opensTheMention(first, i - 1)
          && after != null && namedSource(after) && headInAName;
      if (t.lower(i).equals("and") && (people || bodies)) {
        return true;
      }
    }
    return false;
  }

  private boolean personEndsAt(int i) {
    return personEndingAt(i) != null;
  }

  /**
   * The last token of a person's name before a description set off by commas that ends right before
   * {@code and} ("Nick Clegg, Meta's president of global affairs, and"), from {@code first}; else -1.
   */
  private int describedPersonBefore(int first, int and) {
    if (and - 2 <= first || !t.word(and - 1).equals(",")) {
      return -1;
    }
    for (int k = and - 2; k > first; k--) {
      if (t.word(k).equals(",")) {
        return personEndsAt(k - 1) ? k - 1 : -1;
      }
    }
    return -1;
  }

  /** Whether a person's or body's name ends at {@code i} with at most a determiner before it from {@code first}. */
  private boolean opensTheMention(int first, int i) {
    NameMention m = nameAt(i);
    return m != null && m.last() == i && namedSource(m)
        && (m.start() == first || m.start() == first + 1 && t.tag(first).equals("DT"));
  }

  private static boolean namedSource(NameMention m) {
    return m.type() == Speaker.Type.PERSON || m.type() == Speaker.Type.ORGANIZATION;
  }

  /** Returns the person's name whose last token is {@code i}, or null. */
  @Nullable NameMention personEndingAt(int i) {
    NameMention m = nameAt(i);
    return m != null && m.type() == Speaker.Type.PERSON && m.last() == i ? m : null;
  }

  /**
   * The group of named people or bodies the mention {@code [first, last]} joins with "and", with names
   * in canonical form.
   */
  EntityDraft group(int first, int last) {
    EntityDraft e = table.unnamed(describeWithoutDescriptions(first, last), Speaker.Type.GROUP);
    coordinations.add(e);
    return e;
  }

  /**
   * The named people last joined by "and" that a definite plural of a title stands for
   * ("the senators" after "Mr. Grassley and Mr. Leahy"), within {@value #COORDINATION_REACH} sentences,
   * or null.
   */
  private @Nullable EntityDraft coordinationFor(int first, int head) {
    String w = headWord(head);
    String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    if (!t.tag(head).equals("NNS") || !words.isTitle(singular)) {
      return null;
    }
    EntityDraft e = table.latestBefore(first, d -> d.type() == Speaker.Type.GROUP && d.lastMention() >= 0);
    return e != null && coordinations.contains(e) && t.sentence(first) - t.sentence(e.lastMention()) <= COORDINATION_REACH ? e : null;
  }

  /**
   * The unnamed source the description {@code [first, last]} with head {@code head} names; "another
   * worker" is never the worker described before.
   */
  EntityDraft unnamed(int first, int last, int head) {
    Speaker.Type type = typeOf(first, last, head);
    int[] introduced = type == Speaker.Type.GROUP ? introducedWithTheirInstitution(first, last, head) : null;
    if (introduced != null) {
      return table.unnamed(describe(introduced[0], introduced[1]), type, false);
    }
    boolean another = t.lower(first).equals("another") && t.tag(head).equals("NN");
    return table.unnamed(describe(first, type == Speaker.Type.UNKNOWN ? beforeParticiple(first, last) : last), type, another);
  }

  /**
   * Where the article introduced the people "the researchers" stands for with their institution, as
   * {first, last} of that description, or null: "Researchers at Harvard T.H. Chan School of Public
   * Health followed 114,000 adults. … , the researchers wrote" names them so. Conditions: the
   * description is "the" and a plural noun for people; an earlier sentence opens (past a determiner
   * or adjectives) with the same noun, then a preposition ({@code nominals.description-prepositions}),
   * an optional "the" and a name that is no person's; the nearest such sentence counts. "The
   * researchers" with no such sentence before it stays "researchers".
   */
  int @Nullable [] introducedWithTheirInstitution(int first, int last, int head) {
    if (!t.lower(first).equals("the") || head != last || last != first + 1 || !t.tag(head).equals("NNS")
        || !words.isPeopleNoun(t.lower(head))) {
      return null;
    }
    for (int start = t.sentenceStart(first) - 1; start >= 0; start = t.sentenceStart(start) - 1) {
      int s = t.sentenceStart(start);
      int k = s;
      while (k < start && (t.tag(k).equals("DT") || t.tag(k).startsWith("JJ"))) {
        k++;
      }
      int end = k < start && t.lower(k).equals(t.lower(head)) ? withTheirInstitution(k) : k;
      if (end > k && end <= start) {
        return new int[] {s, end};
      }
    }
    return null;
  }

  /**
   * The last token of the institution named after a noun for people by a preposition ("Researchers at
   * the University of Sydney": "Sydney"), or the noun itself: a preposition ({@code
   * nominals.description-prepositions}), an optional "the", and a name that is no person's nor an
   * owner ("The attendees at the National Review's party" stay "attendees").
   *
   * @param noun the noun for people
   * @return the institution's last token, or {@code noun}
   */
  int withTheirInstitution(int noun) {
    int prep = noun + 1;
    if (prep + 1 >= t.size() || t.sentence(prep) != t.sentence(noun) || !DESCRIPTION_PREPOSITIONS.contains(t.lower(prep))) {
      return noun;
    }
    int at = t.lower(prep + 1).equals("the") ? prep + 2 : prep + 1;
    NameMention m = at < t.size() ? nameAt(at) : null;
    boolean owner = m != null && m.last() + 1 < t.size() && t.tagIs(m.last() + 1, "POS"); // "at the National Review's party"
    return m != null && m.first() == at && m.type() != Speaker.Type.PERSON && !owner ? m.last() : noun;
  }

  /**
   * A document's description without the participle phrase after its noun ("a study published Monday
   * in the journal" is "a study", "a report released Tuesday" "a report"), or {@code last}.
   */
  private int beforeParticiple(int first, int last) {
    for (int i = first + 1; i <= last; i++) {
      if (t.tag(i).equals("VBN") && t.tag(i - 1).startsWith("NN") && !t.tag(i - 1).startsWith("NNP")) {
        return i - 1;
      }
    }
    return last;
  }

  /**
   * Whether a description opening with a region hyphened to a modifier follows "The" and a city's
   * name and a comma ("The Brampton, Ont.-based grocer", "the Calgary, Alberta-based company"), the
   * place written in the dateline's way: the description is as definite as "the Toronto-based
   * company". Not after a name that no "the" opens ("Loblaw, Ont.-based…").
   *
   * @return the index of that "the", or -1
   */
  private int theBeforeTheCityOfItsRegion(int first) {
    if (first < 3 || !t.word(first - 1).equals(",") || !t.tagIs(first, "NNP") || !t.joinedByHyphen(first + 1)
        || !Character.isLowerCase(t.word(first + 2).charAt(0))) {
      return -1;
    }
    int k = first - 2;
    while (k > Math.max(0, first - 5) && t.tagIs(k, "NNP")) {
      k--;
    }
    return k < first - 2 && t.lower(k).equals("the") ? k : -1;
  }

  /**
   * Whether the description is "the", names that are no person's, and a body's noun in lower case that
   * they modify ("the Premier League club", "the Anglo-Dutch company"): the body described is rather
   * the subject of its clause than the one named inside. Only a speaker after the report, set off by
   * a comma, whose verb ends the clause or meets a preposition ("…, the club announced on Wednesday");
   * "…, and the following day, the Benghazi committee requested documents" is a body of its own.
   */
  private boolean bodyWithANamedModifier(int first, int last, int head) {
    return t.lower(first).equals("the") && head == last && head > first + 1 && !t.capitalized(head) && postposed(first, last)
        && words.isBodyNoun(headWord(head)) && nameIn(first, last, m -> true)
        && !nameIn(first, last, m -> m.type() == Speaker.Type.PERSON || m.last() >= head);
  }

  /** Whether a description after a comma is followed by a verb that ends its clause or meets a preposition. */
  private boolean postposed(int first, int last) {
    int verb = last + 1;
    if (first == 0 || !t.word(first - 1).equals(",") || verb >= t.size() || !t.verb(verb)) {
      return false;
    }
    int next = verb + 1;
    return next >= t.size() || t.sentence(next) != t.sentence(verb) || t.tag(next).equals(".") || t.tag(next).equals(",")
        || t.tag(next).equals("IN") || t.tagIs(next, "RB");
  }

  /**
   * Whether a name is the first part of a compound modifier ("the Toronto-based company", "the
   * Kremlin-backed party"): it says where or by whom, and the description still stands for the entity
   * named last.
   */
  /** Whether "this" or "that" opens a description of a document or finding ("this poll"). */
  private boolean demonstrative(int first, int head) {
    String d = t.lower(first);
    return (d.equals("this") || d.equals("that")) && head == first + 1 && words.isThing(headWord(head));
  }

  /** Whether the article mentions the entity in the sentence before token {@code first} or in its own before it. */
  private boolean mentionedInTheSentenceBefore(EntityDraft e, int first) {
    int sentence = t.sentence(first);
    return e.mentions().stream().anyMatch(m -> {
      int i = t.firstAtOrAfter(m.start());
      return i < first && t.sentence(i) >= sentence - 1;
    });
  }

  private boolean hyphenedToAModifier(NameMention m) {
    int hyphen = m.last() + 1;
    return t.joinedByHyphen(hyphen) && Character.isLowerCase(t.word(hyphen + 1).charAt(0));
  }

  /** Whether a name that passes {@code ok} covers a token of {@code [first, last]}. */
  private boolean nameIn(int first, int last, Predicate<NameMention> ok) {
    for (int i = first; i <= last; i++) {
      NameMention m = nameAt(i);
      if (m != null && ok.test(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun a description is about when a prepositional phrase follows it: "Experts" in "Experts on
   * North Korea and nuclear nonproliferation", not the last noun; {@code head} when no preposition
   * comes before it.
   */
  private int headBeforePreposition(int first, int head) {
    int noun = -1;
    for (int i = first; i < head; i++) {
      if (t.tag(i).equals("IN") && noun >= 0) {
        return noun;
      }
      if (t.tagIs(i, "NN")) {
        noun = i;
      }
    }
    return head;
  }

  /**
   * Where the article first used the same description, words {@code [from, head]} in lower case, or
   * {@code from}: a description repeated goes on naming the organisation that was a subject where it
   * was first used ("Manchester United have sacked their manager, with the club sitting 14th in the
   * Premier League", and later "the club thanked him" is still United, not the league named since).
   */
  private int firstUse(int from, int head) {
    int n = head - from;
    for (int p = 0; p < from; p++) {
      boolean same = true;
      for (int k = 0; k <= n && same; k++) {
        same = t.lower(p + k).equals(t.lower(from + k)) && (k == 0 || t.capitalized(p + k) == t.capitalized(from + k));
      }
      if (same && (p + n + 1 >= t.size() || !t.tagIs(p + n + 1, "NN"))) {
        return p;
      }
    }
    return from;
  }

  /**
   * The named organisation that is the subject of a clause earlier in the description's sentence or in
   * the sentence before it, or owns its own sentence's opening noun ({@link #ownsTheOpeningNoun}), the
   * last such: "the company" after "Unilever plans to cut 7,500 jobs and separate its ice cream business,
   * which includes Ben &amp; Jerry's and Magnum" is Unilever, the topic, not Magnum, named last in passing.
   * For a company's noun ({@code nominals.company-nouns}: "the company", "the firm"), a subject's name
   * that no one has typed yet counts and becomes an organisation ("OpenAI on Thursday released a cheaper
   * model", which the recogniser does not know; not one after a determiner, "The Dow was held back by a
   * drop in Exxon Mobil").
   * Null when none is, and the organisation named last is taken.
   */
  private @Nullable EntityDraft subjectOrganization(int before, String head) {
    int sentence = t.sentence(before);
    for (int i = before - 1; i >= 0 && t.sentence(i) >= sentence - 1; i--) {
      NameMention m = nameAt(i);
      if (m == null || m.last() != i || !opensItsClause(m) && !(t.sentence(i) == sentence && ownsTheOpeningNoun(m))) {
        continue;
      }
      EntityDraft e = entityOfName[nameAt[i]];
      boolean unknownFirm = e != null && e.type() == Speaker.Type.UNKNOWN && COMPANY_NOUNS.contains(head) && m.subject()
          && !(m.first() > 0 && t.tag(m.first() - 1).equals("DT")); // not "The Dow was held back"
      if (e != null && (e.type() == Speaker.Type.ORGANIZATION || unknownFirm) && fitsBody(e, head)) {
        if (unknownFirm) {
          e.becomeOrganization(); // "OpenAI on Thursday released …", then "The company said"
        }
        return e;
      }
    }
    return null;
  }

  /**
   * Whether a name is its clause's subject by its place: it opens its sentence, or a finite verb follows
   * it ("Unilever Plc plans", past an acronym in parentheses: "Ireland's Data Protection Commission
   * (DPC) has fined Meta"), or it opens its sentence as the subject's owner ("Nasa's Europa Clipper
   * spacecraft has swung past Mars"); not a name in a list ("… and Magnum, as …") nor a preposition's
   * object ("A tribunal in The Hague is expected to rule", "… toward Jupiter, the space agency said").
   */
  private boolean opensItsClause(NameMention m) {
    int next = afterTheName(m);
    int before = m.first() - 1;
    if (before >= 0 && t.tag(before).equals("DT")) {
      before--;
    }
    boolean object = before >= 0 && (t.tag(before).equals("IN") || t.tag(before).equals("TO"));
    boolean owner = t.opensSentence(m.first()) && next < t.size() && t.tag(next).equals("POS");
    return !object && (owner || m.subject() && (t.opensSentence(m.first()) || next < t.size() && t.finite(next)));
  }

  /** The token after a name, past an acronym in parentheses and a day ("Unilever Plc (ULVR) on Monday"). */
  private int afterTheName(NameMention m) {
    return NameFinder.pastTheDay(t, NameFinder.pastAnAcronym(t, m.last() + 1));
  }

  /**
   * Whether the name owns its sentence's opening noun through "of" before that noun's verb: "Shares of
   * Airbus fell 3% after the planemaker cut its target" is about Airbus, not the body quoted the sentence
   * before; "Most of Europe sweltered" names no organisation.
   */
  private boolean ownsTheOpeningNoun(NameMention m) {
    int next = afterTheName(m);
    int of = m.first() - 1;
    int noun = of - 1;
    if (noun >= 0 && t.tag(noun).startsWith("NN") && noun > 0 && t.tag(noun - 1).equals("DT")) {
      noun--;
    }
    return of > 0 && t.lower(of).equals("of") && t.tag(of - 1).startsWith("NN") && t.opensSentence(noun)
        && next < t.size() && t.finite(next);
  }

  /**
   * The named organisation mentioned last before {@code before} ("the agency" after "the Congressional
   * Budget Office"), not one the article mentions only as a listener (after "“…,” Park added, speaking
   * to the BBC", "the council" is no broadcaster).
   */
  private @Nullable EntityDraft latestOrganization(int before, String head) {
    return table.latestBefore(before, e -> e.type() == Speaker.Type.ORGANIZATION && fitsBody(e, head));
  }

  /**
   * The company named only in the title of a person before, when the article has named no organisation
   * yet: "Boeing Chief Executive Kelly Ortberg told investors …", then "The company reported a loss",
   * is Boeing. The employer is the capitalised words that open the person's role before its first
   * title word, which the recogniser reads as an organisation's name elsewhere in the article ("Boeing
   * said …"), so not a place ("Toronto Mayor Olivia Chow"); the person is named in the description's
   * sentence or the two before. Null otherwise.
   */
  private @Nullable EntityDraft employerInARole(int before, String head) {
    int sentence = t.sentence(before);
    for (int i = before - 1; i >= 0 && t.sentence(i) >= sentence - 2; i--) {
      NameMention m = nameAt(i);
      if (m == null || m.type() != Speaker.Type.PERSON || m.roleFirst() < 0 || m.first() != i) {
        continue;
      }
      int end = m.roleFirst();
      while (end <= m.roleLast() && t.tag(end).startsWith("NNP") && t.capitalized(end) && !words.isTitle(t.lower(end))) {
        end++;
      }
      String employer = end > m.roleFirst() ? t.text().substring(t.start(m.roleFirst()), t.end(end - 1)) : "";
      String lower = employer.toLowerCase(Locale.ROOT);
      if (end > m.roleFirst() && end <= m.roleLast() && words.isTitle(t.lower(end)) && table.namedAsOrganization(lower)) {
        EntityDraft e = table.link(new NameMention(m.roleFirst(), end - 1, -1, -1, Speaker.Type.ORGANIZATION, Gender.UNKNOWN,
            Speaker.GenderEvidence.NONE, false));
        return e.type() == Speaker.Type.ORGANIZATION && fitsBody(e, head) ? e : null;
      }
      return null;
    }
    return null;
  }

  /** Whether a body description with head noun {@code head} may stand for the organisation. */
  private boolean fitsBody(EntityDraft e, String head) {
    return e.named() && !words.isPlace(e.name().toLowerCase(Locale.ROOT)) && !onlyWhere(e) && !onlyListener(e)
        && !onlyOwnedThing(e) && !ofAnotherKind(e, head) && (PLACE_BODIES.contains(head) || !onlyAPlace(e));
  }

  /**
   * Whether the recogniser read each of the entity's names as a place and the article writes one of
   * them where something is ("across Montreal"): "the union" after "Montreal families scramble …" is no
   * city, whatever its other mentions; a place may be a government's seat
   * ("the administration" after "the White House", {@code nominals.place-bodies}).
   */
  private boolean onlyAPlace(EntityDraft e) {
    // the recogniser reads "Wells Fargo" as a place too, a name the article never writes where something is
    return e.mentions().stream().anyMatch(this::where) && namedOnlyAsAPlace(e);
  }

  /**
   * Whether the article names the entity only as what someone owns, before a common noun: "its
   * Alliance refinery", "Google's Pixel phone" name a plant and a product, not the body that owns them.
   */
  private boolean onlyOwnedThing(EntityDraft e) {
    return e.mentions().stream().allMatch(m -> {
      int i = t.firstAtOrAfter(m.start());
      int after = t.lastEndingBy(i - 1, m.end()) + 1;
      boolean owned = i > 0 && (t.tag(i - 1).equals("PRP$") || t.tag(i - 1).equals("POS"));
      return owned && after < t.size() && !t.capitalized(after) && t.tagIs(after, "NN");
    });
  }

  /**
   * Whether the recogniser reads every name of the entity as a place ("upstate New York"): no "they"
   * stands for it.
   */
  boolean namedOnlyAsAPlace(EntityDraft e) {
    boolean any = false;
    for (int k = 0; k < names.size(); k++) {
      if (entityOfName[k] == e) {
        if (!place.test(names.get(k))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Whether the body's name ends in a kind of body other than the description's ("the union" and the
   * "Royal Alexandra Hospital"; not "the school" and "Baylor University"); a description of what a
   * body does ("the company") fits any, and one of {@code nominals.own-kind-only} only a body whose
   * name ends in its own kind ("the campaign" is the "Clinton campaign", no "Democratic Party" or "State
   * Department").
   */
  private boolean ofAnotherKind(EntityDraft e, String head) {
    List<String> name = lowerWords(e.name());
    String last = name.get(name.size() - 1);
    return OWN_KIND_ONLY.contains(head) ? !words.sameKindOfBody(head, last) : words.otherKindsOfBody(head, last);
  }

  /**
   * Whether the article mentions the entity only as who hears someone ("told AFP", "speaking to the BBC",
   * "in an email to CBC News", "in an interview with The Canadian Press").
   */
  private boolean onlyListener(EntityDraft e) {
    return e.mentions().stream().allMatch(m -> {
      int i = t.firstAtOrAfter(m.start()) - 1;
      if (i >= 0 && t.lower(i).equals("the")) {
        i--;
      }
      if (i <= 0) {
        return i == 0 && TELLING.contains(t.lower(i));
      }
      String before = t.lower(i - 1);
      boolean addressed = t.lower(i).equals("to") && (SPEAKING.contains(before) || MESSAGES.contains(before));
      return TELLING.contains(t.lower(i)) || addressed || t.lower(i).equals("with") && CONVERSATIONS.contains(before);
    });
  }

  /** The country named last before {@code before} ("the country" after "Britain's decision"). */
  private @Nullable EntityDraft latestCountry(int before) {
    return table.latestBefore(before, e -> e.type() != Speaker.Type.PERSON && e.named()
        && words.isCountry(e.name().toLowerCase(Locale.ROOT)));
  }

  /** The state or province named last before {@code before} ("the province" after "Ontario will build …"). */
  private @Nullable EntityDraft latestRegion(int before) {
    return table.latestBefore(before, e -> e.type() != Speaker.Type.PERSON && e.named()
        && words.isRegion(e.name().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the article mentions the entity only as where something happens ("a news conference in
   * Ottawa", "wrote on Twitter", "the Maryvale neighborhood", "adults in the UK Biobank"): a place, a
   * platform or a store of data, not the body "the agency" or "the team" stands for. A body after "at
   * the" may be where someone works ("a nurse at the Royal Alexandra Hospital"). A name after a
   * settlement's noun and "of" is a place ("near the town of Varnavas", "the outskirts of Athens").
   */
  private boolean onlyWhere(EntityDraft e) {
    return e.mentions().stream().allMatch(this::where);
  }

  /** Whether the mention says where something is or happens ("in Ohio", "the Ohio area", "the city of Lyon"). */
  private boolean where(Span m) {
    int i = t.firstAtOrAfter(m.start());
    int after = t.lastEndingBy(i - 1, m.end()) + 1;
    boolean area = after < t.size() && !t.capitalized(after) && words.isAreaNoun(t.lower(after));
    boolean modifier = after < t.size() && !t.capitalized(after) && t.tagIs(after, "NN"); // "in the Wells Fargo scandal"
    boolean inThe = i > 1 && t.lower(i - 1).equals("the") && t.lower(i - 2).equals("in") && !modifier; // "adults in the UK Biobank"
    boolean settlement = i > 1 && t.lower(i - 1).equals("of") && !t.capitalized(i - 2)
        && (SETTLEMENTS.contains(t.lower(i - 2)) || words.isAreaNoun(t.lower(i - 2)));
    return area || inThe || settlement || i > 0 && i < t.size() && WHERE.contains(t.lower(i - 1));
  }

  /** Whether the token is a title written in capitals ("the MP", "the CEO"), which the tagger reads as a name. */
  private boolean titleInCapitals(int i) {
    String w = t.word(i);
    return w.length() > 1 && w.chars().allMatch(Character::isUpperCase) && words.isTitle(t.lower(i));
  }

  /**
   * The unnamed individual an article introduced with the same noun ("A police spokesperson said …",
   * then "The spokesperson said …"; "A senior official …", then "the official"; "One Labour MP …", then
   * "the MP", a title in capitals; "A spokesperson for the Department of Health …", then "The
   * spokesperson added …"): the latest unnamed entity whose description has the noun as its head (its
   * last word before a preposition) and holds every word written before it ("the police spokesperson",
   * not "the fire spokesperson"). An office ("the governor") goes to whoever holds it.
   */
  private @Nullable EntityDraft unnamedIndividualBefore(String noun, int first, int head) {
    List<String> modifiers = new ArrayList<>();
    for (int i = first + 1; i < head; i++) {
      modifiers.add(t.lower(i));
    }
    return table.latestBefore(first, e -> {
      List<String> w = lowerWords(e.name());
      return !e.named() && e.type() != Speaker.Type.ORGANIZATION && headBeforeAPreposition(w).equals(noun)
          && w.containsAll(modifiers);
    });
  }

  /** A description's head: its last word before a preposition ("spokesperson" in "spokesperson for the ministry"). */
  private static String headBeforeAPreposition(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (DESCRIPTION_PREPOSITIONS.contains(words.get(i))) {
        return words.get(i - 1);
      }
    }
    return words.get(words.size() - 1);
  }

  /**
   * The latest non-person entity mentioned before {@code before} whose name or description holds
   * {@code word} ("the poll" after "a Bloomberg poll", which Bloomberg is the source of).
   */
  private @Nullable EntityDraft withHeadInName(String word, int before) {
    return table.latestBefore(before, e -> e.type() != Speaker.Type.PERSON
        && ((e.named() ? holdsWord(e.name(), word) : holdsBeforeAPreposition(e.name(), word)) || describedAs(e, word)));
  }

  /**
   * Whether a description holds the word before any preposition in it, as its own noun or modifier:
   * "the foundation" is no "executive at the Clinton Foundation", whose noun is the executive. An "of"
   * after a count or a body goes on to the members ("the members" are "dozens of members of his party",
   * "the researchers" a "group of researchers").
   */
  private boolean holdsBeforeAPreposition(String description, String word) {
    String before = "";
    for (String w : lowerWords(description)) {
      if (w.equals(word)) {
        return true;
      }
      boolean members = w.equals("of") && (words.isQuantity(before) || words.isGroupPart(before) || words.isBodyNoun(before));
      if (DESCRIPTION_PREPOSITIONS.contains(w) && !members) {
        return false;
      }
      before = w;
    }
    return false;
  }

  /**
   * The description's head word, a title the tokenizer split at its hyphen whole: "the president-elect"
   * is headed by "president-elect", not "elect"; a title with a prefix the tokenizer kept in one token
   * is headed by the title ("Ex-minister says …" by "minister").
   */
  private String headWord(int head) {
    if (t.joinedByHyphen(head - 1)) {
      String compound = t.lower(head - 2) + "-" + t.lower(head);
      if (words.isTitle(compound)) {
        return compound;
      }
    }
    String w = t.lower(head);
    int dash = w.lastIndexOf('-');
    boolean prefixed = dash > 0 && !words.isTitle(w) && words.isTitle(w.substring(dash + 1)); // "Ex-minister", one token
    return prefixed ? w.substring(dash + 1) : w;
  }

  /**
   * The type of an unnamed source. An office the article identifies ("the FBI director", "Indiana
   * governor") is a PERSON, as is an individual a possessive fixes ("his lawyer", "Obama's strategist"); an
   * unnamed individual ("a source", "the spokesman") or a set ("officials", "12 percent") is a
   * GROUP; a document or finding is UNKNOWN unless an organisation that made it is named in it ("a
   * Bloomberg poll"); a body named by two words ("the coast guard", {@code nominals.body-compounds}) is an
   * ORGANIZATION.
   */
  private Speaker.Type typeOf(int first, int last, int given) {
    int head = headBeforePreposition(first, given);
    String w = headWord(head);
    boolean office = words.isOffice(w) || head > first && words.isOffice(t.lower(head - 1) + "-" + w); // "attorney general"
    if (office && !INDEFINITE.contains(t.lower(first))) {
      return Speaker.Type.PERSON;
    }
    if (head > first && BODY_COMPOUNDS.contains(t.lower(head - 1) + " " + w)) {
      return Speaker.Type.ORGANIZATION; // "the coast guard", not a guard
    }
    if (t.tag(head).equals("NN") && (words.isPersonNoun(w) || words.isTitle(w)) && possessed(first, head)) {
      return Speaker.Type.PERSON;
    }
    if (words.isPersonNoun(w) || words.isTitle(w) || words.isPeopleNoun(w) || words.isQuantity(w)
        || t.tag(first).equals("CD") || words.isQuantity(t.lower(first))) {
      return Speaker.Type.GROUP;
    }
    if (words.isBodyNoun(w) || head > first && words.isCompoundNoun(t.lower(head - 1), w)) {
      return Speaker.Type.ORGANIZATION; // "the agency", "the Resolution Foundation think tank"
    }
    if (t.tag(head).equals("NN") && words.isAnimate(w) && !words.isThing(w)) {
      return Speaker.Type.GROUP; // "a nurse", "the farmer": an unnamed individual
    }
    if (words.isThing(w)) {
      return producerNamed(first, head) ? Speaker.Type.ORGANIZATION : Speaker.Type.UNKNOWN;
    }
    if (teamName(first, head)) {
      return Speaker.Type.ORGANIZATION; // "The Winnipeg Jets said": a team, not a group of jets
    }
    return t.tag(head).equals("NNS") || t.tag(head).equals("NNPS") ? Speaker.Type.GROUP : Speaker.Type.UNKNOWN;
  }

  /**
   * Whether a possessive in the description names an owner the entity's name does not hold: "the
   * province's lawyers" are not the "Lawyers for the challengers", while "the company's lawyers" may be
   * the "Lawyers for the company".
   */
  private boolean anotherPossessor(int first, int head, EntityDraft e) {
    for (int i = first + 1; i < head; i++) {
      if (t.tag(i).equals("POS") && !holdsWord(e.name(), t.lower(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the description is a team's name: a capitalised plural the tagger reads as a common noun,
   * not opening its sentence, after a proper name ("the Winnipeg Jets", "the Toronto Maple Leafs"); not
   * a plural for people ("Senate Democrats", "Iowa voters").
   */
  private boolean teamName(int first, int head) {
    return head > first && t.tag(head).equals("NNS") && t.capitalized(head) && !t.opensSentence(head)
        && t.tag(head - 1).startsWith("NNP") && !words.isPeopleNoun(t.lower(head)) && !words.isPartyNoun(t.lower(head));
  }

  /**
   * Whether a description ranks a company among its kind where it trades: "Canada's third-largest
   * lender", "the world's biggest iron ore miner", "Germany's leading carmaker". Conditions: an
   * optional "the", then a place or a scope ({@code nominals.rank-scopes}) with "'s", then a superlative
   * or a rank word ({@code nominals.ranks}) before the head, which is a body noun or a trade that names
   * a company when ranked ({@code nominals.ranked-trades}). Not "the country's weather office" (no rank),
   * nor "the world's richest man" (a person).
   */
  private boolean rankedAmongItsKind(int first, int head) {
    int owner = t.lower(first).equals("the") ? first + 1 : first;
    int possessive = owner;
    while (possessive < head && !t.tagIs(possessive, "POS")) {
      possessive++;
    }
    if (possessive == owner || possessive >= head) {
      return false;
    }
    Span where = t.span(owner, possessive - 1);
    String scope = t.text().substring(where.start(), where.end()).toLowerCase(Locale.ROOT);
    if (!RANK_SCOPES.contains(scope) && !words.isPlace(scope)) {
      return false;
    }
    boolean ranked = false;
    for (int i = possessive + 1; i < head; i++) {
      ranked |= t.tagIs(i, "JJS") || t.tagIs(i, "RBS") || RANKS.contains(t.lower(i));
    }
    String noun = t.lower(head);
    return ranked && (words.isBodyNoun(noun) || RANKED_TRADES.contains(noun));
  }

  /**
   * Whether a possessive fixes who the description is ("Pagliano's lawyer", "Obama's former campaign
   * strategist", "his doctor"): one person the article identifies through another.
   */
  private boolean possessed(int first, int head) {
    if (t.tag(first).equals("PRP$")) {
      return true;
    }
    for (int i = first; i < head; i++) {
      if (t.tag(i).equals("POS")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person whose role is the description's, for the same one, when a name's possessive fixes it
   * ("Pagliano's lawyer" after "An attorney for Pagliano, Mark MacDougall"), or null.
   */
  private @Nullable EntityDraft roleFor(int first, int head) {
    int owner = -1;
    for (int i = first + 1; i < head; i++) {
      if (t.tag(i).equals("POS") && t.capitalized(i - 1)) {
        owner = i - 1;
      }
    }
    if (owner < 0) {
      return null;
    }
    String whose = t.lower(owner);
    String w = headWord(head);
    List<String> synonyms = words.titleSynonyms(w);
    return table.latestBefore(first, e -> e.type() == Speaker.Type.PERSON && e.roles().stream().anyMatch(role -> holdsWord(role, whose)
        && (holdsWord(role, w) || synonyms.stream().anyMatch(s -> holdsWord(role, s)))));
  }

  /** Whether an organisation's name modifies the head ("a Bloomberg poll"; not "Ivana Trump's brief"). */
  private boolean producerNamed(int first, int head) {
    return nameIn(first, head - 1, m -> m.type() == Speaker.Type.ORGANIZATION && !capitalisedCommonNoun(m));
  }

  /**
   * The latest person mentioned before a definite description that names a body before its person's
   * noun, whose role names that body too: "the Foreign Ministry official" after "Foreign Ministry
   * spokesman Zhao Lijian", "the Kremlin aide" after "Kremlin spokesman Dmitry Peskov". The body is
   * the capitalised words between "the" and the noun, each a word of the role, none a party's or a
   * nation's ("the Republican senator"); null when there are none or no such person was named.
   */
  private @Nullable EntityDraft withTheBodyInARole(int first, int head) {
    List<String> body = new ArrayList<>();
    for (int i = first + 1; i < head; i++) {
      String w = t.lower(i);
      if (!t.capitalized(i) || !t.tag(i).startsWith("NNP") || words.isDemonym(w) || words.isPersonNoun(w)) {
        return null; // "the Republican senator", "the Canadian envoy": a side or a nation, not a body
      }
      body.add(w);
    }
    return body.isEmpty() ? null : table.latestBefore(first, e -> e.type() == Speaker.Type.PERSON && e.named()
        && e.roles().stream().anyMatch(role -> lowerWords(role).containsAll(body)));
  }

  /**
   * The latest entity mentioned before the description from {@code first} to {@code head} with a role
   * holding its head word {@code word}, or a title meaning the same, as the same office.
   */
  private @Nullable EntityDraft withRole(String word, int first, int head) {
    List<String> synonyms = words.titleSynonyms(word);
    return table.latestBefore(first, e -> holdsOffice(e, word, first, head) || synonyms.stream().anyMatch(s -> holdsOffice(e, s, first, head)));
  }

  /**
   * Whether one of the entity's roles holds {@code word} as the description from {@code first} to
   * {@code head} does: a word before an office that makes it another office ("Labour's shadow
   * chancellor", "Deputy Prime Minister", "former governor") must be in the description too ("the deputy
   * prime minister"); a "former Clinton pollster" is still "the pollster"; and a word naming the office's
   * portfolio in both must be the same ("the union's general secretary" is not "health secretary"). An
   * office before a possessive is the possessor's ("Mayor Olivia Chow's spokesperson" is no mayor).
   */
  boolean holdsOffice(EntityDraft e, String word, int first, int head) {
    if (!words.isOffice(word)) {
      return describedAs(e, word);
    }
    Set<String> described = new HashSet<>();
    for (int i = first; i < head; i++) {
      described.add(t.lower(i));
    }
    String portfolio = portfolioBefore(first, head);
    return e.roles().stream().anyMatch(role -> {
      List<String> w = lowerWords(role);
      int at = w.indexOf(word);
      boolean someoneElses = at >= 0 && w.subList(at + 1, w.size()).stream().anyMatch(q -> q.endsWith("'s") || q.endsWith("’s"));
      return at >= 0 && !someoneElses && w.subList(0, at).stream().allMatch(q -> !words.isOfficeQualifier(q) || described.contains(q))
          && !(portfolio != null && at > 0 && otherPortfolio(w.get(at - 1), portfolio));
    });
  }

  /**
   * The lower-case word right before a description's office that says which one it is ("general" in
   * "the union's general secretary", "health" in "the health secretary"), or null; a role with another
   * such word before the office holds another office.
   */
  private @Nullable String portfolioBefore(int first, int head) {
    int m = head - 1;
    if (m < first || !(t.tagIs(m, "NN") || t.tagIs(m, "JJ")) || !Character.isLowerCase(t.word(m).charAt(0))) {
      return null;
    }
    String w = t.lower(m);
    return words.isOfficeQualifier(w) ? null : w;
  }

  /** Whether a role's word before its office names another portfolio than the description's. */
  private boolean otherPortfolio(String roleWord, String portfolio) {
    return !roleWord.equals(portfolio) && roleWord.chars().allMatch(Character::isLetter)
        && !words.isOfficeQualifier(roleWord) && !words.isTitle(roleWord);
  }

  /**
   * Whether the entity could hold an office the article names without naming its holder ("the
   * minister"): it has no role yet, or one of its roles holds an office or a title, alone or joined by
   * a hyphen ("the WTO's director-general"), other than one for someone who speaks for another
   * ({@code agent-nouns.txt}). Jane Doe, "oil and gas worker", is not "the minister", nor is "Ms
   * Ardern's spokesperson" the senator.
   */
  boolean couldHold(EntityDraft e) {
    return e.roles().isEmpty() || e.roles().stream()
        .anyMatch(role -> Arrays.stream(role.toLowerCase(Locale.ROOT).split("[\\s\u00a0-]+"))
            .anyMatch(w -> words.isOffice(w) || words.isTitle(w) && !words.isAgentNoun(w)));
  }

  /** Whether one of the entity's roles or descriptions holds {@code word} (lower case) as a word. */
  static boolean describedAs(EntityDraft e, String word) {
    return e.roles().stream().anyMatch(role -> holdsWord(role, word));
  }

  /** Whether {@code text}, split at spaces, has {@code word} (lower case) as one of its words. */
  static boolean holdsWord(String text, String word) {
    return lowerWords(text).contains(word);
  }

  /** Whether {@code text} has more than one word and ends in the lower-case {@code word}. */
  static boolean endsInWord(String text, String word) {
    List<String> w = lowerWords(text);
    return w.size() > 1 && w.get(w.size() - 1).equals(word);
  }

  /** The words of {@code text}, split at spaces, in lower case. */
  private static List<String> lowerWords(String text) {
    return Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"));
  }


  /**
   * The mention {@code [first, last]} described as {@link #describe} does, without the descriptions
   * set off by commas after its people's names ("Nick Clegg and Jennifer Newstead" for "Nick Clegg,
   * Meta's president of global affairs, and Jennifer Newstead").
   */
  private String describeWithoutDescriptions(int first, int last) {
    for (int i = first + 2; i < last; i++) {
      int person = t.lower(i).equals("and") ? describedPersonBefore(first, i) : -1;
      if (person >= 0) {
        return describe(first, person) + " and " + describeWithoutDescriptions(i + 1, last);
      }
    }
    return describe(first, last);
  }

  /**
   * The description's words without a leading determiner or a trailing parenthesis ("a quarter of
   * adults (23%)" is "quarter of adults"), with names in canonical form.
   */
  private String describe(int first, int end) {
    int f = first;
    while (f < end && dropped(t, f)) {
      f++;
    }
    int last = withoutParenthesis(f, end);
    StringBuilder out = new StringBuilder();
    int at = t.start(f);
    for (int i = f; i <= last; i++) {
      NameMention m = nameAt(i);
      if (m == null) {
        continue;
      }
      EntityDraft e = entityOfName[nameAt[i]];
      if (e != null && e.named() && m.first() >= f && m.last() <= last) {
        int from = m.first();
        while (from > f && t.start(from - 1) >= at && words.isHonorific(t.lower(from - 1))) {
          from--; // "Mr. Grassley" is "Charles E. Grassley"
        }
        out.append(t.text(), at, t.start(from)).append(e.name());
        at = t.end(m.last());
        i = m.last();
      }
    }
    out.append(t.text(), at, t.end(last));
    return out.toString().replaceAll("\\s+", " ");
  }

  /** The last token of {@code [first, last]} before a parenthesis that ends it, or {@code last}. */
  private int withoutParenthesis(int first, int last) {
    if (!t.word(last).equals(")")) {
      return last;
    }
    for (int i = last - 1; i > first; i--) {
      if (t.word(i).equals("(")) {
        return i - 1;
      }
      if (t.word(i).equals(")")) {
        return last;
      }
    }
    return last;
  }

  /** Returns the words {@code [first, last]} without a leading determiner. */
  static String withoutDeterminer(Tokens t, int first, int last) {
    int f = first;
    while (f < last && dropped(t, f)) {
      f++;
    }
    return t.text().substring(t.start(f), t.end(last)).replaceAll("\\s+", " ");
  }

  /** Whether a description's name leaves out the word at {@code i}: a determiner, but not the "one" of "one of the sources". */
  private static boolean dropped(Tokens t, int i) {
    return DROPPED.contains(t.lower(i)) && !(t.lower(i).equals("one") && i + 1 < t.size() && t.lower(i + 1).equals("of"));
  }
}
