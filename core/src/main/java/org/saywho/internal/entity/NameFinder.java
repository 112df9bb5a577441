package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.saywho.Speaker;
import org.saywho.internal.doc.Datelines;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;
import org.saywho.internal.lexicon.WordSets;

/**
 * Finds proper names outside quote marks: runs of proper-noun tokens, split into the role words
 * before the name ("U.S. Secretary of State") and the name ("Marco Rubio"), typed person or
 * organisation from first names, titles and organisation words.
 */
final class NameFinder {

  private static final Set<String> CONNECTORS = WordSets.named("name-finder.connectors");
  /** The most letters of one syllable of a name written family name first ("Zhuang"). */
  private static final int SYLLABLE = 6;
  private static final int MAX_ROLE = 8;
  /** The most words of the place or body an office without a holder's name is of ("York Central"). */
  private static final int MAX_PLACE_WORDS = 2;
  /** How many words a body's name may run on for an acronym to spell it out. */
  private static final int MAX_SPELLED = 6;
  private static final Predicate<String> OBJECT_BEFORE = tag -> tag.equals("IN") || tag.equals("VBG");
  /** Prepositions that a place's name follows and a person's hardly ever. */
  private static final Set<String> PLACE_PREPOSITIONS = WordSets.named("name-finder.place-prepositions");
  /** Words that open the name of a place ("Fort McMurray", "Port Moresby"). */
  private static final Set<String> PLACE_OPENERS = WordSets.named("name-finder.place-openers");
  /** The most words of a name that opens a sentence before ", which". */
  private static final int MAX_THING_NAME = 6;
  /** The days of the week, the day a subject acted on ("Samsung on Tuesday posted"). */
  private static final Set<String> DAYS = WordSets.named("grammar.days");
  /** Reflexives that stress the name before them ("Saka himself"), which stays its clause's subject. */
  private static final Set<String> EMPHATIC_REFLEXIVES = WordSets.named("name-finder.emphatic-reflexives");
  /** Trades a firm is named after besides the body nouns ("software maker Cloudline"). */
  private static final Set<String> TRADES = WordSets.named("name-finder.trades");
  /** Nouns only a firm is called before its name ("mining giant Rio Tinto"). */
  private static final Set<String> FIRM_NOUNS = WordSets.named("name-finder.firm-nouns");
  /** Titles only a firm gives, after its name in a role ("Tesla CEO Elon Musk"). */
  private static final Set<String> CORPORATE_TITLES = WordSets.named("name-finder.corporate-titles");
  /** The most words of a name after a title inside a run ("Ban Ki-moon" is two). */
  private static final int MAX_TITLED_NAME = 3;
  /** The most words of a firm's name after a noun only a firm is called. */
  private static final int MAX_FIRM_WORDS = 3;
  private static final Set<String> APPOSITION_DETERMINERS = WordSets.named("grammar.articles");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''");

  private final Words words;
  private final Tokens t;
  private final NamedEntities recogniser;
  private NamedEntities.Label[] ner = new NamedEntities.Label[0];
  private Set<String> namesOfThings = Set.of();

  NameFinder(Words words, NamedEntities recogniser, Tokens t) {
    this.words = words;
    this.recogniser = recogniser;
    this.t = t;
  }

  /**
   * Whether the recogniser read every token of the name as a place ("Montreal"), after {@link #find()};
   * false for a name it did not read.
   */
  boolean recognisedAsPlace(NameMention m) {
    for (int i = m.first(); i <= m.last(); i++) {
      if (i >= ner.length || ner[i] != NamedEntities.Label.LOCATION) {
        return false;
      }
    }
    return true;
  }

  /** Returns the names of the text, in order. */
  List<NameMention> find() {
    List<int[]> runs = new ArrayList<>();
    int n = t.size();
    Set<String> lowerCaseWords = new HashSet<>();
    Set<String> capitalisedWithin = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!t.capitalized(i)) {
        lowerCaseWords.add(t.word(i));
      } else if (i > 0 && t.sentence(i - 1) == t.sentence(i) && (Character.isLetterOrDigit(t.word(i - 1).codePointAt(0))
          || t.word(i - 1).equals(","))) {
        capitalisedWithin.add(t.lower(i));
      }
    }
    Set<String> onlyOpeningCapitalised = new HashSet<>(lowerCaseWords);
    onlyOpeningCapitalised.removeAll(capitalisedWithin);
    boolean[] dateline = Datelines.of(t);
    namesOfThings = namesOfThings();
    for (int i = 0; i < n; i++) {
      boolean opens = isNameToken(i) || nounOpeningAName(i) || adjectiveOpeningABody(i) || acronymOpeningAName(i)
          || portfolioWord(i) && i + 1 < n && portfolioList(i + 1); // "Fisheries and Oceans Canada", "Fisheries" read as a plural
      boolean afterADateline = i > 0 && dateline[i - 1] && !dateline[i];
      if (dateline[i] || !opens || invertedCue(i) || personNounBeforeAGivenName(i)
          || commonWordOpening(i, afterADateline, lowerCaseWords, onlyOpeningCapitalised)) {
        continue;
      }
      int end = i;
      int surname = -1;
      while (end + 1 < n && !t.lineBreakAfter(end) // not "India\n\nNEW DELHI", a headline's end and a dateline
          && (isNameToken(end + 1) || connects(end + 1) || bodyNoun(end + 1) || nicknameEnd(end + 1) > 0
          || pluralBeforeAPossessiveInName(end + 1))) {
        int close = nicknameEnd(end + 1);
        end = close > 0 ? close + 1 : end + 1;
        surname = close > 0 ? end : surname;
      }
      while (end > i && !isNameToken(end) && !bodyNoun(end) && end != surname) {
        end--;
      }
      if (surnameMistagged(end) || surnameMistaggedInApposition(i, end)) {
        end++;
      }
      end = Math.max(end, spelledOutBefore(i, end));
      int spelled = end + 3 < n ? spelledOutFrom(end + 2) : -1;
      if (spelled >= 0 && spelled < i) {
        // "Business" opening "Business Unity South Africa (Busa)", "Irish Nurses and" opening "the Irish
        // Nurses and Midwives Organisation (INMO)", read as common words
        int from = spelled;
        runs.removeIf(r -> r[1] >= from);
        i = from;
      }
      runs.add(new int[] {i, end});
      i = end;
    }
    runs = withShortCompanyNames(runs);
    runs = withAnOpeningWordWrittenElsewhere(runs);
    runs = joinedAcrossAList(runs);
    Set<String> fullNameSurnames = new HashSet<>();
    for (int[] run : runs) {
      if (firstNameIn(run[0], run[1]) >= 0) {
        fullNameSurnames.add(t.lower(run[1]));
      }
    }
    ner = recogniser.label(t, runs.stream().filter(r -> !settledByWords(r[0], r[1], fullNameSurnames)).toList());
    runs = joinedByTheRecogniser(runs);
    runs.replaceAll(this::openedByARecognisedAdjective);
    runs.replaceAll(this::openedByAGivenNameReadAsANoun);
    runs.replaceAll(this::withABusinessPossessive);
    runs.replaceAll(this::withAnOpeningCommonNoun);
    List<NameMention> out = new ArrayList<>();
    for (int[] run : runs) {
      NameMention m = split(run[0], run[1]);
      if (m != null) {
        out.add(m);
      }
    }
    Set<String> surnames = new HashSet<>();
    addSurnamesOfFullNames(out, surnames);
    out.replaceAll(m -> m.first() == m.last() && m.type() != Speaker.Type.PERSON && surnames.contains(t.lower(m.first()))
        ? surnameAlone(m) : m);
    Set<Integer> rolesOpening = new HashSet<>();
    for (NameMention m : out) {
      if (m.roleFirst() >= 0 && m.roleFirst() < m.first()) {
        rolesOpening.add(m.roleFirst());
      }
    }
    out.replaceAll(m -> modifiesANoun(m, rolesOpening, surnames) ? noPerson(m) : m);
    Set<String> addressed = new HashSet<>();
    for (NameMention m : out) {
      if (m.type() == Speaker.Type.PERSON && m.evidence() == Speaker.GenderEvidence.HONORIFIC) {
        addressed.add(t.lower(m.last()));
      }
    }
    out.replaceAll(m -> givenNameOfAnAddressedSurname(m, addressed) ? asPerson(m, -1) : m);
    Set<String> alone = new HashSet<>();
    for (int i = 0; i < n; i++) {
      boolean capitalisedBefore = i > 0 && t.sentence(i - 1) == t.sentence(i) && t.capitalized(i - 1);
      boolean capitalisedAfter = i + 1 < n && t.sentence(i + 1) == t.sentence(i) && t.capitalized(i + 1);
      boolean reportsSubject = i + 1 < n && (t.tag(i + 1).startsWith("VB") || t.tag(i + 1).equals("MD"));
      boolean speaks = i + 1 < n && words.isInvertedCue(t.lower(i + 1))
          || i > 0 && words.isInvertedCue(t.lower(i - 1)) && !reportsSubject // not "said Ontario had taken steps"
          || i > 0 && words.isHonorific(t.lower(i - 1));
      if (t.capitalized(i) && !capitalisedBefore && !capitalisedAfter && speaks) {
        alone.add(t.word(i)); // "Musk wrote", though the tagger reads "Musk" as a noun there
      }
    }
    alone.removeIf(w -> lowerCaseWords.contains(w.toLowerCase(Locale.ROOT))); // "Patriot Coal" and "coal mines"
    out.replaceAll(m -> calledByItsLastWord(m, alone) ? asPerson(m, -1) : m);
    for (int k = 0; k + 1 < out.size(); k++) {
      NameMention m = out.get(k);
      if (sharesSurnameWith(m, out.get(k + 1))) {
        out.set(k, asPerson(m, out.get(k + 1).last()));
      }
    }
    surnamesOfLatePersons(out, surnames);
    Set<String> places = datelinePlaces(dateline);
    out.replaceAll(m -> m.type() == Speaker.Type.PERSON && m.roleFirst() < 0 && !surnames.contains(t.lower(m.last()))
        && places.contains(t.span(m.first(), m.last()).in(t.text()).toLowerCase(Locale.ROOT)) ? noPerson(m) : m);
    out.replaceAll(m -> afterTheAlone(m, surnames) || reportsSubjectAfterItsCue(m, surnames) ? noPerson(m) : m);
    Set<String> firms = new HashSet<>();
    for (NameMention m : out) {
      if (m.type() == Speaker.Type.ORGANIZATION && afterItsTrade(m.first(), m.last())) {
        firms.add(t.span(m.first(), m.last()).in(t.text()));
      }
      if (m.type() == Speaker.Type.PERSON && m.roleFirst() >= 0 && m.roleFirst() < m.roleLast() && t.capitalized(m.roleFirst())
          && t.tag(m.roleFirst()).equals("NNP") && CORPORATE_TITLES.contains(t.lower(m.roleFirst() + 1))) {
        firms.add(t.word(m.roleFirst())); // "Tesla CEO Elon Musk": Tesla is his employer
      }
    }
    firms.removeIf(w -> surnames.contains(w.toLowerCase(Locale.ROOT)));
    out.replaceAll(m -> m.type() != Speaker.Type.ORGANIZATION && m.roleFirst() < 0 && firms.contains(t.span(m.first(), m.last()).in(t.text()))
        && (m.evidence() == Speaker.GenderEvidence.NONE || m.first() < m.last() && m.evidence() == Speaker.GenderEvidence.FIRST_NAME)
        ? new NameMention(m.first(), m.last(), -1, -1, Speaker.Type.ORGANIZATION, Gender.UNKNOWN, Speaker.GenderEvidence.NONE, m.subject())
        : m); // "Software maker Cloudline said …", then "Cloudline did not respond", which the recogniser read as a person's
    return out;
  }

  /**
   * Adds the surnames of full names read as people's only late (a title-case headline's "How Mary
   * Steenburgen Wrote …", a person once "Steenburgen said" calls her so) to {@code surnames}, and makes
   * the one-word names written so people's too: the body's "Steenburgen" had stayed a thing, apart
   * from her, with her "she said" quotes unattributed. Not a name that modifies a noun after it ("the
   * Christie supporter", {@link #modifiesANoun}).
   */
  private void surnamesOfLatePersons(List<NameMention> out, Set<String> surnames) {
    addSurnamesOfFullNames(out, surnames);
    out.replaceAll(m -> m.first() == m.last() && m.type() == Speaker.Type.UNKNOWN
        && surnames.contains(t.lower(m.first())) && !beforeALowerCaseNoun(m.last()) ? surnameAlone(m) : m);
  }

  /** Adds the last words of the people's names of two words or more to {@code surnames}, in lower case. */
  private void addSurnamesOfFullNames(List<NameMention> out, Set<String> surnames) {
    for (NameMention m : out) {
      if (m.type() == Speaker.Type.PERSON && m.last() > m.first()) {
        surnames.add(t.lower(m.last()));
      }
    }
  }

  /** A one-word name as a person's surname, its gender unknown. */
  private static NameMention surnameAlone(NameMention m) {
    return new NameMention(m.first(), m.last(), -1, -1, Speaker.Type.PERSON, Gender.UNKNOWN,
        Speaker.GenderEvidence.NONE, m.subject());
  }

  /** Whether a lower-case noun follows token {@code i}, which then modifies it ("a Sanders supporter"). */
  private boolean beforeALowerCaseNoun(int i) {
    int next = i + 1;
    return next < t.size() && t.sentence(next) == t.sentence(i) && !t.capitalized(next) && t.tag(next).startsWith("NN");
  }

  /**
   * Whether a one-word name the recogniser read as a person's stands after "the" and before no noun,
   * as a region or a thing is named ("a water truck in the Bakken"), never a person; not a given name
   * ("the Donald"), a surname of a full name in the article, or a name before a noun it modifies ("the
   * Clinton campaign").
   */
  private boolean afterTheAlone(NameMention m, Set<String> surnames) {
    int f = m.first();
    return m.type() == Speaker.Type.PERSON && f == m.last() && m.roleFirst() < 0 && f > 0 && t.lower(f - 1).equals("the")
        && t.sentence(f - 1) == t.sentence(f) && !(f + 1 < t.size() && t.tagIs(f + 1, "NN"))
        && !words.isFirstName(t.lower(f)) && !surnames.contains(t.lower(f));
  }

  /**
   * The places the article's datelines name, in lower case: the capitalised words opening a dateline up
   * to its comma, parenthesis or dash ("JASPER, Alta. —" names Jasper). A name written the same is that
   * place, not a person ("fled Jasper", "Jasper will rebuild"), unless a full name ends in it.
   */
  private Set<String> datelinePlaces(boolean[] dateline) {
    Set<String> places = new HashSet<>();
    for (int i = 0; i < t.size(); i++) {
      if (!dateline[i] || i > 0 && dateline[i - 1] && !t.lineBreakAfter(i - 1)) {
        continue;
      }
      int end = i;
      while (end < t.size() && dateline[end] && t.capitalized(end) && t.word(end).chars().allMatch(Character::isLetter)) {
        end++;
      }
      if (end > i) {
        places.add(t.span(i, end - 1).in(t.text()).toLowerCase(Locale.ROOT));
      }
    }
    return places;
  }

  /**
   * Whether a two-word name the recogniser typed an organisation is a person's, because the article
   * also names it by its last word alone as a speaker, as it names people by their surnames: before or
   * after "said", "wrote", "told" … or after an honorific ("Elon Musk said …", then "Musk wrote …";
   * "Amelize Joseph", then "said Joseph"; after the cue only when no verb follows, as "said Ontario had
   * taken steps" reports what Ontario did); a body is named by its first word ("Goldman Sachs", then
   * "Goldman") or with "the" ("… as Guard occupies quiet streets" names no one). Not a name with a
   * body's word ("Deutsche Bank"), after "the", or in capitals, nor one whose last word the article
   * also writes in lower case ("Patriot Coal" and "coal mines"), nor one a "which" follows ({@link
   * #namesOfThings}).
   */
  private boolean calledByItsLastWord(NameMention m, Set<String> alone) {
    int f = m.first();
    int l = m.last();
    return m.type() == Speaker.Type.ORGANIZATION && l == f + 1 && alone.contains(t.word(l))
        && t.capitalized(f) && t.capitalized(l) && !t.inCapitals(f) && !t.inCapitals(l)
        && t.word(f).chars().allMatch(Character::isLetter) && t.word(l).chars().allMatch(Character::isLetter)
        && !isOrganization(f, l) && !(f > 0 && t.lower(f - 1).equals("the"))
        && !namesOfThings.contains(t.span(f, l).in(t.text()));
  }

  /** The mention as a name of unknown type, no person's. */
  private static NameMention noPerson(NameMention m) {
    return new NameMention(m.first(), m.last(), -1, -1, Speaker.Type.UNKNOWN, Gender.UNKNOWN, Speaker.GenderEvidence.NONE, m.subject());
  }

  /**
   * Whether a one-word name the recogniser reads as a person's only by its place is the subject of a
   * report: right after a verb of speech and before a finite verb ("Global Witness said Shell was
   * doubling down", where "said" made the recogniser read a person), with no title or honorific to say
   * whose, no full name elsewhere whose surname it is, and not a given name ("said Maria was tired").
   */
  private boolean reportsSubjectAfterItsCue(NameMention m, Set<String> surnames) {
    int i = m.first();
    return m.type() == Speaker.Type.PERSON && i == m.last() && m.evidence() == Speaker.GenderEvidence.NONE
        && m.roleFirst() < 0 && i > 0 && words.isInvertedCue(t.lower(i - 1)) && i + 1 < t.size()
        && t.sentence(i + 1) == t.sentence(i) && t.finite(i + 1) && !surnames.contains(t.lower(i)) && !words.isFirstName(t.lower(i));
  }

  /**
   * Whether a one-word person's name modifies a noun for a person as a place or a body does: it opens
   * the role of the next name ("Lismore dairy farmer Greg Hollis"), or a determiner or adjective comes
   * before it and a person's noun or title after it ("a former Hamilton nurse"). The lower-case word
   * follows it directly, no possessive ("Trump's lawyer Michael Cohen"). A full name's surname in the
   * article stays that person's ("Clinton campaign chairman John Podesta" after "Hillary Clinton", "a
   * female Trump supporter") but right after a determiner ("a Landry spokesperson" after "Gov. Jeff
   * Landry" is someone else).
   */
  private boolean modifiesANoun(NameMention m, Set<Integer> rolesOpening, Set<String> surnames) {
    if (m.type() != Speaker.Type.PERSON || m.first() != m.last() || m.roleFirst() >= 0
        || m.last() + 1 >= t.size() || t.capitalized(m.last() + 1) || !t.tag(m.last() + 1).startsWith("NN")) {
      return false;
    }
    String next = t.lower(m.last() + 1);
    boolean personNoun = words.isPersonNoun(next) || words.isPeopleNoun(next) || words.isTitle(next);
    boolean modified = m.first() > 0 && t.sentence(m.first() - 1) == t.sentence(m.first())
        && (t.tag(m.first() - 1).equals("DT") || t.tag(m.first() - 1).startsWith("JJ"));
    boolean surname = surnames.contains(t.lower(m.first()));
    boolean determined = modified && t.tag(m.first() - 1).equals("DT");
    return !surname && (rolesOpening.contains(m.first()) || personNoun && modified) || surname && personNoun && determined;
  }

  /**
   * Whether a name the recogniser did not read as a person's is a given name and the surname of a
   * person the article addresses with an honorific: "Elizabeth May" after "Ms. May", which the
   * recogniser reads as a body, and "Ngozi Okonjo-Iweala" before "Ms. Okonjo-Iweala", a given name the
   * lists lack. Two words, the second no body's word, hyphenated or not; the first a listed first
   * name, or a word of letters that is no body's word, place or demonym.
   */
  private boolean givenNameOfAnAddressedSurname(NameMention m, Set<String> addressed) {
    String given = t.lower(m.first());
    boolean unlisted = t.word(m.first()).chars().allMatch(Character::isLetter) && !words.isOrgWord(given)
        && !words.isPlace(given) && !words.isDemonym(given);
    boolean twoWords = m.last() == m.first() + 1 || m.last() == m.first() + 3 && t.word(m.first() + 2).equals("-");
    return m.type() != Speaker.Type.PERSON && twoWords && (words.isFirstName(given) || unlisted)
        && addressed.contains(t.lower(m.last())) && !words.isOrgWord(t.lower(m.last()));
  }

  /**
   * The mention as a person's, its gender from its first name, with the token of a surname it shares
   * written elsewhere ({@code -1} for its own).
   */
  private NameMention asPerson(NameMention m, int surname) {
    Gender g = words.genderOfFirstName(givenName(m.first()));
    return new NameMention(m.first(), m.last(), m.roleFirst(), m.roleLast(), Speaker.Type.PERSON, g,
        g == Gender.UNKNOWN ? Speaker.GenderEvidence.NONE : Speaker.GenderEvidence.FIRST_NAME, m.subject(), surname);
  }

  /**
   * The lower-case given name opening at token {@code first}, with the part a hyphen joins to it
   * ("jean-françois", which the tokenizer splits in three).
   */
  private String givenName(int first) {
    return t.joinedByHyphen(first + 1) ? t.lower(first) + "-" + t.lower(first + 2) : t.lower(first);
  }

  /**
   * Whether a lone first name is coordinated with a full name whose surname it shares ("Donald" in
   * "Donald and Ivana Trump", "Bill and Hillary Clinton"): "and" between them, and the full name opens
   * with a first name too.
   */
  private boolean sharesSurnameWith(NameMention m, NameMention next) {
    return m.first() == m.last() && words.isFirstName(t.lower(m.first())) && next.first() == m.last() + 2
        && t.lower(m.last() + 1).equals("and") && next.type() == Speaker.Type.PERSON && next.last() > next.first()
        && words.isFirstName(t.lower(next.first()));
  }

  /**
   * Whether the capitalised word after a run ending in a first name is its surname though the tagger
   * read it as a common word ("Spokeswoman Jessica Ditto said").
   */
  private boolean surnameMistagged(int end) {
    int next = end + 1;
    if (next >= t.size() || t.quoted(next) || t.sentence(next) != t.sentence(end) || !words.isFirstName(t.lower(end))) {
      return false;
    }
    String w = t.word(next);
    boolean commonWord = t.tagIs(next, "NN") || t.tagIs(next, "JJ") || t.tagIs(next, "RB"); // not "Graham Says"
    return commonWord && w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1))
        && !words.isCalendarWord(t.lower(next)) && !words.isTitle(t.lower(next)) && !words.isHonorific(t.lower(next));
  }

  /**
   * Whether a one-word name set off by commas is followed by a capitalised word the tagger read as a
   * common word and then the closing comma: the two are the name ("The company's chief executive, Elon
   * Musk, wrote"), whatever the first name.
   */
  private boolean surnameMistaggedInApposition(int first, int end) {
    int next = end + 1;
    if (first != end || first == 0 || next + 1 >= t.size() || !t.word(first - 1).equals(",") || !t.word(next + 1).equals(",")
        || t.quoted(next) || t.sentence(next) != t.sentence(first) || t.sentence(first - 1) != t.sentence(first)) {
      return false;
    }
    String w = t.word(next);
    return (t.tagIs(next, "NN") || t.tagIs(next, "JJ")) && w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && w.substring(1).chars().allMatch(Character::isLowerCase) && !words.isCalendarWord(t.lower(next))
        && !words.isTitle(t.lower(next)) && !words.isHonorific(t.lower(next)) && !words.isOrgWord(t.lower(next));
  }

  /**
   * Whether token {@code i} is a common noun that only its place at a sentence's start capitalises,
   * modifying the noun after it ("Bank executives aren't." where the article also writes "the bank"),
   * or a noun for people before a verb ("Family says …" where it also writes "the family"; a plural
   * of {@code person-nouns.txt} whether or not: "Neighbours said …"), or any word before a verb that
   * the article writes in lower case and capitalises nowhere but where it opens a sentence ("Drought
   * pushes Zambia's power cuts to 21 hours" over "the worst drought in decades"; not "Labour says …"
   * where the article also writes "the Labour leader"): not a name. The first word after a dateline
   * opens its sentence too, and a plural noun for people there or at a sentence's start, before a
   * preposition, names no one when the article writes it in lower case elsewhere ("REGINA — Farmers
   * across southern Saskatchewan say …" after "Saskatchewan farmers brace …"; not "Friends of the
   * Earth said" in an article that has no "friends").
   */
  private boolean commonWordOpening(int i, boolean afterADateline, Set<String> lowerCaseWords,
      Set<String> onlyOpeningCapitalised) {
    boolean opening = (t.opensSentence(i) || afterADateline) && i + 1 < t.size() && !t.capitalized(i + 1)
        && t.sentence(i + 1) == t.sentence(i) && !words.isFirstName(t.lower(i)) && !words.isHonorific(t.lower(i));
    boolean commonWord = words.isPeopleNoun(t.lower(i)) || onlyOpeningCapitalised.contains(t.lower(i));
    if (opening && t.tag(i + 1).startsWith("VB") && commonWord) {
      return true; // "Neighbours said …": a plural noun for people names no one, written in lower case elsewhere or not
    }
    if (opening && t.tag(i + 1).equals("IN") && words.isPeopleNoun(t.lower(i)) && lowerCaseWords.contains(t.lower(i))) {
      return true;
    }
    opening &= lowerCaseWords.contains(t.lower(i));
    return opening && (t.tag(i + 1).startsWith("NN") || t.tag(i + 1).startsWith("VB") && peopleWord(t.lower(i)));
  }

  /**
   * Whether token {@code i} is a noun for a person that only its place at a sentence's start
   * capitalises, before a given name or a name of two words: "Protester Aiyana Thomas, 24, said" names
   * Aiyana Thomas, a protester, as "Farmer Bill Smith" names Bill Smith. Not a title ("Judge Ann Lee"), nor a word that
   * is a given name itself ("Hunter Biden").
   */
  private boolean personNounBeforeAGivenName(int i) {
    String w = t.lower(i);
    return t.opensSentence(i) && i + 1 < t.size() && t.sentence(i + 1) == t.sentence(i) && words.isPersonNoun(w)
        && !words.isTitle(w) && !words.isFirstName(w) && !words.isHonorific(w) && isNameToken(i + 1)
        && (words.isFirstName(t.lower(i + 1)) || i + 2 < t.size() && isNameToken(i + 2) && !words.isOrgWord(t.lower(i + 2)));
  }

  /**
   * Whether the word names people as a common noun ("family", "residents", "police"), so that "Family
   * says teen was bullied" in a headline, where the article writes "the family", names no one.
   */
  private boolean peopleWord(String lower) {
    return words.isPeopleNoun(lower) || words.isQuantity(lower) || words.isPersonNoun(lower);
  }

  /** A reporting verb opening its sentence before a name ("Said Ellis: …"), not part of the name. */
  private boolean invertedCue(int i) {
    return t.opensSentence(i) && words.isInvertedCue(t.lower(i)) && i + 1 < t.size() && isNameToken(i + 1);
  }

  /**
   * The closing quote mark of a nickname in quote marks inside a name, or -1: one or two capitalised
   * words between the given name and a capitalised surname, which the tagger may read as a common
   * noun ("Marcia “Cia” Price").
   */
  private int nicknameEnd(int open) {
    if (!quoteMark(t.word(open))) {
      return -1;
    }
    for (int k = open + 1; k <= open + 3 && k + 1 < t.size(); k++) {
      if (quoteMark(t.word(k))) {
        boolean named = k > open + 1 && t.sentence(k + 1) == t.sentence(open) && !t.quoted(k + 1)
            && t.tag(k + 1).startsWith("NN") && Character.isUpperCase(t.word(k + 1).codePointAt(0));
        return named ? k : -1;
      }
      if (!Character.isUpperCase(t.word(k).codePointAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the token is a quote mark, as around a nickname inside a name. */
  static boolean quoteMark(String word) {
    return QUOTE_MARKS.contains(word);
  }

  /**
   * Two runs joined by an "and" or a capitalised adjective the recogniser reads inside one
   * organisation's name ("Procter and Gamble", "Immigration and Customs Enforcement", "Ontario
   * Secondary School Teachers' Federation") are one run; two people stay apart ("Clinton and
   * Trump"), and so do two bodies, the first a whole name ("the Urban Institute and Brookings
   * Institution"), and a title's word ("Committee on Civil Liberties, Justice and Home Affairs").
   */
  private List<int[]> joinedByTheRecogniser(List<int[]> runs) {
    List<int[]> out = new ArrayList<>();
    for (int[] run : runs) {
      int last = out.size() - 1;
      if (last >= 0 && oneOrganization(out.get(last), run)) {
        out.set(last, new int[] {out.get(last)[0], run[1]});
      } else {
        out.add(run);
      }
    }
    return out;
  }

  /**
   * Whether an "and", an "'s" or a capitalised adjective the recogniser reads inside one organisation's name joins run
   * {@code before} to {@code run} ("Alzheimer's Research UK", "Moody's Investors Service"; not
   * "Canada's Parliament", where the recogniser stops at "Canada", nor a whole body's name before the
   * "'s", "Congress's Joint Committee on Taxation", nor a person after it, "the Forum's Douglas
   * Holtz-Eakin").
   */
  private boolean oneOrganization(int[] before, int[] run) {
    int joint = run[0] - 1;
    boolean recognised = before[1] == joint - 1 && t.sentence(before[1]) == t.sentence(run[0])
        && ner[before[1]] == NamedEntities.Label.ORGANIZATION && ner[joint] == NamedEntities.Label.ORGANIZATION
        && ner[run[0]] == NamedEntities.Label.ORGANIZATION;
    if (!recognised) {
      return false;
    }
    if (t.tag(joint).equals("POS")) {
      return !orgWordOrPlural(t.lower(before[1])) && firstNameIn(run[0], run[1]) < 0 && !words.isTitle(t.lower(run[0]));
    }
    if (t.tag(joint).equals("JJ") && t.capitalized(joint) && !t.quoted(joint)) {
      return !titleCaseSentence(joint) && firstNameIn(run[0], run[1]) < 0; // "Ontario Secondary/JJ School Teachers' Federation"
    }
    return t.word(joint).equals("and") && !bodyAndABody(joint) && !words.isOrgWord(t.lower(before[1]))
        && !words.isTitle(t.lower(before[0]));
  }

  /**
   * Whether the "and" at {@code i} joins the parts of one body's name: the capitalised words after it
   * end in an organisation word, singular or plural, and those before it do not ("House Oversight and
   * Government Reform Committee", "Citizenship and Immigration Services", "Bill and Melinda Gates
   * Foundation"), or two kinds of body before a country ("Colleges and Institutes Canada"); not
   * "Clinton and Trump", "Rogers and Bell Canada", nor "the Urban Institute and Brookings Institution",
   * two bodies).
   */
  private boolean bodyAnd(int i) {
    if (!t.word(i).equals("and") || i == 0 || !isNameToken(i - 1) || words.isOrgWord(t.lower(i - 1)) || bodyAndABody(i)) {
      return false;
    }
    int k = i + 1;
    while (k < t.size() && isNameToken(k) && t.sentence(k) == t.sentence(i)) {
      k++;
    }
    String last = t.lower(k - 1);
    // a body's word in the plural closes a name too: "U.S. Citizenship and Immigration Services"
    boolean kindsOfACountry = k > i + 2 && orgWordOrPlural(t.lower(i - 1)) && orgWordOrPlural(t.lower(i + 1))
        && words.isCountry(last); // "Colleges and Institutes Canada"
    return k > i + 1 && (orgWordOrPlural(last) || kindsOfACountry);
  }

  /**
   * Whether the "and" at {@code i} joins a body named with "of" or "for" to a body named by one word
   * ("the Ministry of Defence and NATO", "the Department of Justice and Congress"; not "the Department
   * of Health and Human Services", one body).
   */
  private boolean bodyAndABody(int i) {
    int next = i + 1;
    boolean oneWordBody = next < t.size() && t.capitalized(next) && words.isOrgWord(t.lower(next))
        && (next + 1 == t.size() || !t.capitalized(next + 1) || t.sentence(next + 1) != t.sentence(i));
    if (!oneWordBody || !t.word(i).equals("and")) {
      return false;
    }
    for (int k = i - 2; k > 0 && i - k <= MAX_SPELLED && t.sentence(k) == t.sentence(i); k--) {
      if (bodyOf(k)) {
        return true;
      }
      if (!t.capitalized(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the "and" or comma at {@code i} joins a department's portfolio words before the country
   * that closes its name ("Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship
   * Canada"; not "Rogers and Bell Canada"): capitalised portfolio words on both sides, commas and "and"
   * between them, the country right after the last.
   */
  private boolean portfolioList(int i) {
    boolean joint = t.word(i).equals("and") || t.word(i).equals(",");
    if (!joint || i == 0 || t.quoted(i) || !portfolioWord(i - 1)) {
      return false;
    }
    int k = i + 1;
    boolean portfolio = false;
    while (k < t.size() && t.sentence(k) == t.sentence(i) && !t.quoted(k)) {
      if (portfolioWord(k) || portfolio && t.joinedByHyphen(k)) {
        portfolio = true;
      } else if (t.word(k).equals("and") || t.word(k).equals(",")) {
        portfolio = false;
      } else {
        boolean twoWords = k + 1 < t.size() && t.capitalized(k + 1)
            && words.isCountry(t.lower(k) + " " + t.lower(k + 1));
        return portfolio && t.capitalized(k) && (words.isCountry(t.lower(k)) || twoWords); // "… New Zealand"
      }
      k++;
    }
    return false;
  }

  /**
   * Whether the "and" at {@code i} joins more of what a body covers to its name after "of" or "for"
   * ("the Centers for Disease Control and Prevention", "the Ministry of Health and Family Welfare",
   * "the Department of Housing and Urban Development"; not "the Department of Justice and Congress",
   * "the Ministry of Defence and NATO", two bodies): capitalised words from the body's word to the
   * "and", and after it only capitalised portfolio words up to the end of the name.
   */
  private boolean portfolioOfABody(int i) {
    if (!t.word(i).equals("and") || i < 3 || t.quoted(i) || !t.capitalized(i - 1)) {
      return false;
    }
    int k = i - 1;
    while (k > 0 && t.capitalized(k) && !bodyOf(k) && t.sentence(k) == t.sentence(i) && i - k <= MAX_SPELLED) {
      k--;
    }
    if (!bodyOf(k) || t.sentence(k) != t.sentence(i)) {
      return false;
    }
    int end = i + 1;
    while (end < t.size() && t.sentence(end) == t.sentence(i) && portfolioWord(end)) {
      end++;
    }
    return end > i + 1 && (end == t.size() || !t.capitalized(end) || t.sentence(end) != t.sentence(i));
  }

  /** A capitalised portfolio word, or a part of one written with a hyphen ("Agri-Food"). */
  private boolean portfolioWord(int i) {
    if (!t.capitalized(i) || t.quoted(i)) {
      return false;
    }
    boolean before = i >= 2 && t.joinedByHyphen(i - 1) && words.isPortfolioWord(t.lower(i - 2) + "-" + t.lower(i));
    boolean after = i + 2 < t.size() && t.joinedByHyphen(i + 1) && words.isPortfolioWord(t.lower(i) + "-" + t.lower(i + 2));
    return before || after || t.tag(i).startsWith("NN") && words.isPortfolioWord(t.lower(i));
  }

  private boolean isNameToken(int i) {
    return !t.quoted(i) && t.tag(i).startsWith("NNP") && !words.isHonorific(t.lower(i)) && !notNamePart(i)
        && !words.isHeadlineVerb(t.lower(i)) || isHonorific(i) || numberInName(i) || surnameAfterHonorific(i)
        || surnameAfterTitle(i);
  }

  /**
   * A capitalised word after a capitalised title and before a verb or punctuation is a surname,
   * though the tagger reads a surname that is also a word or a given name as a common noun ("“…,” Mayor
   * Raven said", "Cr Raven said"); not another title, a body's word or a day ("Prime Minister's Office").
   */
  private boolean surnameAfterTitle(int i) {
    if (i == 0 || i + 1 >= t.size() || t.quoted(i) || t.quoted(i - 1) || !t.capitalized(i) || !t.capitalized(i - 1)
        || !(t.tag(i).equals("NN") || t.tag(i).equals("JJ")) || t.sentence(i - 1) != t.sentence(i)
        || !words.isTitle(t.lower(i - 1))) {
      return false;
    }
    String w = t.lower(i);
    boolean closes = t.tagIs(i + 1, "VB") || t.word(i + 1).equals(",") || t.word(i + 1).equals(".");
    return closes && !words.isTitle(w) && !words.isOrgWord(w) && !words.isCalendarWord(w) && !words.isHonorific(w);
  }

  /**
   * A capitalised word right after an honorific is a surname whatever its tag: the tagger reads
   * "Stride" in "Mr Stride said" as a common noun.
   */
  private boolean surnameAfterHonorific(int i) {
    return i > 0 && !t.quoted(i) && t.capitalized(i) && (t.tag(i).startsWith("NN") || t.tag(i).equals("JJ"))
        && words.isHonorific(t.lower(i - 1)) && t.capitalized(i - 1) && !t.quoted(i - 1)
        && t.sentence(i - 1) == t.sentence(i);
  }

  /**
   * A capitalised common noun inside a sentence, right before a name, opens the name: the tagger reads
   * "Rail" in "The Rail Delivery Group" and "Rush" in "host Rush Limbaugh" as nouns. Not after another
   * capitalised word ("the Office of Immigrant Affairs Clinton announced") nor in a title-case line
   * ("Conservative Icon Morton Blackwell Endorses Ted Cruz").
   */
  private boolean nounOpeningAName(int i) {
    return t.tag(i).startsWith("NN") && !t.tag(i).startsWith("NNP") && t.capitalized(i) && !t.quoted(i)
        && !t.opensSentence(i) && !QUOTE_MARKS.contains(t.word(i - 1)) && !t.word(i - 1).equals(":")
        && (!t.capitalized(i - 1) || t.opensSentence(i - 1)) && i + 1 < t.size() && t.sentence(i + 1) == t.sentence(i)
        && isNameToken(i + 1) && !titleCaseSentence(i) && !t.bareInitial(i + 1); // "the Opposition R Ashoka": an office
  }

  /**
   * An acronym the tagger read as a common noun, opening its sentence right before a name, opens the
   * name: "NHS England said …" is the body NHS England, not England; so does one after "the" before a
   * plural in a body's name ("The BC Nurses' Union welcomed …" had been "Union"), not a title ("the CEO").
   */
  private boolean acronymOpeningAName(int i) {
    String w = t.word(i);
    boolean acronym = (t.tag(i).equals("NN") || t.tag(i).equals("NNS")) && !t.quoted(i)
        && w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && i + 1 < t.size() && t.sentence(i + 1) == t.sentence(i) && !titleCaseSentence(i);
    boolean afterThe = i > 0 && t.lower(i - 1).equals("the") && !words.isTitle(t.lower(i));
    return acronym && (t.opensSentence(i) && isNameToken(i + 1) || afterThe && pluralBeforeAPossessiveInName(i + 1));
  }

  /**
   * The runs, a run that opens right after its sentence's capitalised first word taking that word in
   * when the article writes the two as one name elsewhere: "Live Nation said …", where the tagger reads
   * "Live" as a verb, beside "Ticketmaster owner Live Nation".
   */
  private List<int[]> withAnOpeningWordWrittenElsewhere(List<int[]> runs) {
    Set<String> written = new HashSet<>();
    for (int[] r : runs) {
      written.add(t.span(r[0], r[1]).in(t.text()));
    }
    List<int[]> out = new ArrayList<>();
    for (int[] r : runs) {
      int w = r[0] - 1;
      boolean opening = w >= 0 && t.opensSentence(w) && t.capitalized(w) && !t.quoted(w) && t.sentence(w) == t.sentence(r[0])
          && (out.isEmpty() || out.get(out.size() - 1)[1] < w);
      out.add(opening && written.contains(t.span(w, r[1]).in(t.text())) ? new int[] {w, r[1]} : r);
    }
    return out;
  }

  /**
   * The runs, a body's name that a list splits at its comma made one: "The Kenya Medical Practitioners,
   * Pharmacists and Dentists Union (KMPDU) said …" had been "Kenya Medical Practitioners" and another
   * body, "Pharmacists and Dentists Union". Conditions: "the" before the first run, which ends in a
   * capitalised plural (a noun ending in "s", which the tagger may read as a singular proper noun);
   * only the comma between the runs; the second joins two capitalised words with "and" and ends in a
   * body's word in the singular. Not a list of bodies ("the Teamsters, Steelworkers and Autoworkers
   * Unions", whose last word is plural; "Apple, Google and Microsoft").
   */
  private List<int[]> joinedAcrossAList(List<int[]> runs) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : runs) {
      int[] before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (before != null && listInAName(before, r)) {
        out.set(out.size() - 1, new int[] {before[0], r[1]});
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private boolean listInAName(int[] first, int[] second) {
    int comma = first[1] + 1;
    if (second[0] != comma + 1 || !t.word(comma).equals(",") || first[0] == 0 || !t.lower(first[0] - 1).equals("the")
        || !t.capitalized(first[1]) || !t.tagIs(first[1], "NN") || !t.lower(first[1]).endsWith("s")) {
      return false;
    }
    boolean and = false;
    for (int k = second[0] + 1; k < second[1]; k++) {
      and |= t.lower(k).equals("and") && t.capitalized(k - 1) && t.capitalized(k + 1);
    }
    return and && words.isOrgWord(t.lower(second[1])) && t.tagIs(second[1], "NNP");
  }

  /**
   * The runs, with a company's name wherever the article repeats it without the legal form it first
   * gave ("Canadian Tire" after "Canadian Tire Corp. Ltd."), which the tagger may read as an adjective
   * and a common noun. Only a capitalised run of the same words, not inside another name.
   */
  private List<int[]> withShortCompanyNames(List<int[]> runs) {
    List<List<String>> stems = new ArrayList<>();
    for (int[] run : runs) {
      int end = run[1];
      while (end > run[0] && words.isLegalForm(t.word(end))) {
        end--;
      }
      if (end < run[1] && end > run[0]) {
        List<String> stem = new ArrayList<>();
        for (int k = run[0]; k <= end; k++) {
          stem.add(t.word(k));
        }
        stems.add(stem);
      }
    }
    if (stems.isEmpty()) {
      return runs;
    }
    boolean[] named = new boolean[t.size()];
    for (int[] run : runs) {
      Arrays.fill(named, run[0], run[1] + 1, true);
    }
    List<int[]> out = new ArrayList<>(runs);
    for (int i = 0; i < t.size(); i++) {
      for (List<String> stem : stems) {
        int first = i;
        int end = i + stem.size() - 1;
        if (end < t.size() && !named[i] && !named[end] && (end + 1 == t.size() || !t.capitalized(end + 1) || t.opensSentence(end + 1))
            && (i == 0 || !t.capitalized(i - 1) || t.opensSentence(i)) && t.sentence(i) == t.sentence(end)
            && IntStream.rangeClosed(i, end).allMatch(k -> t.word(k).equals(stem.get(k - first)))) {
          out.add(new int[] {i, end});
          Arrays.fill(named, i, end + 1, true);
        }
      }
    }
    out.sort(Comparator.comparingInt(r -> r[0]));
    return out;
  }

  /**
   * A capitalised adjective opens the name of the body after it: the tagger reads "Electronic" in "the
   * Electronic Frontier Foundation" and "Canadian" in "Canadian Tire Corp." as adjectives. After "the",
   * before a name ending with a body's word ("Foundation", "Union"); anywhere, before a name ending
   * with a company's legal form ("Corp.", "Ltd."). So "the British Prime Minister" and "Canadian
   * Prime Minister Mark Carney" stay apart.
   */
  private boolean adjectiveOpeningABody(int i) {
    if (!t.tag(i).equals("JJ") || !t.capitalized(i) || t.quoted(i)) {
      return false;
    }
    int j = i + 1;
    // through a plural possessive: "the Irish Patients' Association"
    while (j < t.size() && t.sentence(j) == t.sentence(i)
        && (isNameToken(j) || pluralBeforeAPossessiveInName(j) || possessiveInName(j))) {
      j++;
    }
    if (j == i + 1 || titleCaseSentence(i)) {
      return false;
    }
    String last = t.lower(j - 1);
    boolean afterThe = !t.opensSentence(i) && t.lower(i - 1).equals("the");
    return afterThe && words.isOrgWord(last) || words.isLegalForm(last);
  }

  /**
   * A run the recogniser reads as an organisation's name together with the capitalised adjective before
   * it starts at that adjective: "Indigenous Services Canada said" (the tagger reads "Indigenous" as an
   * adjective); not "Canadian Prime Minister Mark Carney", where the recogniser reads no organisation.
   */
  private int[] openedByARecognisedAdjective(int[] run) {
    int i = run[0] - 1;
    if (i < 0 || !t.tag(i).equals("JJ") || !t.capitalized(i) || t.quoted(i) || t.sentence(i) != t.sentence(run[0])
        || ner[i] != NamedEntities.Label.ORGANIZATION || titleCaseSentence(i)) {
      return run;
    }
    for (int k = run[0]; k <= run[1]; k++) {
      if (ner[k] != NamedEntities.Label.ORGANIZATION) {
        return run;
      }
    }
    return new int[] {i, run[1]};
  }

  /**
   * A person's name the recogniser reads with the first name before it, which the tagger read as a
   * common noun ("Minister for Foreign Affairs Penny Wong"), starts at that first name.
   */
  private int[] openedByAGivenNameReadAsANoun(int[] run) {
    int i = run[0] - 1;
    return i >= 0 && t.tag(i).equals("NN") && t.capitalized(i) && !t.quoted(i) && t.sentence(i) == t.sentence(run[0])
        && words.isFirstName(t.lower(i)) && ner[i] == NamedEntities.Label.PERSON && ner[run[0]] == NamedEntities.Label.PERSON
        ? new int[] {i, run[1]} : run;
  }

  /**
   * A name whose "'s" possesses nothing, a past verb, a modal or "says" right after it, is a business
   * named in the possessive ("McDonald's said", "Macy's will close"); not "Trump's plan", nor "Trump's
   * lies", a noun the tagger may read as a verb in the present, nor "Stumpf's repeated emphasis", a
   * participle before its noun, nor a comparison's ellipsis ("as Paul Manafort's did").
   */
  private int[] withABusinessPossessive(int[] run) {
    int pos = run[1] + 1;
    if (pos + 2 >= t.size() || !t.tag(pos).equals("POS") || t.sentence(pos + 2) != t.sentence(run[0])) {
      return run;
    }
    boolean verb = t.tag(pos + 1).equals("VBD") || t.tag(pos + 1).equals("MD") || t.lower(pos + 1).equals("says");
    boolean modifier = t.tag(pos + 2).startsWith("NN") && !t.tag(pos + 2).startsWith("NNP") || t.tag(pos + 2).startsWith("JJ");
    String before = run[0] > 0 ? t.lower(run[0] - 1) : "";
    boolean comparison = before.equals("as") || before.equals("than"); // "as spectacularly as Paul Manafort's did"
    return verb && !modifier && !comparison ? new int[] {run[0], pos} : run;
  }

  /**
   * A one-word name the recogniser reads as an organisation's or a place's, right after a common noun
   * that opens the sentence and before a finite verb or a comma, takes that noun in: "Police Scotland said …",
   * "Cycle Toronto, one of the groups that brought the challenge, …" name bodies, not Scotland and
   * Toronto (the tagger reads "Police" and "Cycle" as common nouns, capitalised only by their place);
   * not a word of the calendar nor a day named from today ("Yesterday Toronto said"), nor a name of two
   * words or more.
   */
  private int[] withAnOpeningCommonNoun(int[] run) {
    int noun = run[0] - 1;
    int next = run[1] + 1;
    if (run[0] != run[1] || noun < 0 || !t.opensSentence(noun) || next >= t.size() || t.sentence(next) != t.sentence(noun)
        || ner[run[0]] != NamedEntities.Label.ORGANIZATION && ner[run[0]] != NamedEntities.Label.LOCATION || !(t.tagIs(noun, "NN") && !t.tagIs(noun, "NNP")) || t.quoted(noun)
        || !t.capitalized(noun) || words.isCalendarWord(t.lower(noun)) || words.isRelativeDay(t.lower(noun)) || !(t.finite(next) || t.word(next).equals(","))) {
      return run;
    }
    return new int[] {noun, run[1]};
  }

  /** Whether every word of four letters or more in the sentence of token {@code i} is capitalised. */
  private boolean titleCaseSentence(int i) {
    for (int j = t.sentenceStart(i); j < t.size() && t.sentence(j) == t.sentence(i); j++) {
      String w = t.word(j);
      if (w.length() >= 4 && Character.isLetter(w.codePointAt(0)) && !t.capitalized(j)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised number word inside a sentence before a name ("Zero Hedge"): part of the name. */
  private boolean numberInName(int i) {
    return t.tag(i).equals("CD") && t.capitalized(i) && Character.isLetter(t.word(i).codePointAt(0)) && !t.quoted(i)
        && i > 0 && t.sentence(i - 1) == t.sentence(i)
        && i + 1 < t.size() && t.tag(i + 1).startsWith("NNP") && t.capitalized(i + 1);
  }

  /**
   * A word in lower case ("senator" tagged as part of "Vermont senator"; not "moon" in "Ki-moon") or a
   * day, month or holiday is not part of a name.
   */
  private boolean notNamePart(int i) {
    String w = t.word(i);
    boolean afterHyphen = i > 0 && t.word(i - 1).equals("-") && t.start(i) == t.end(i - 1); // "Ban Ki-moon"
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !afterHyphen || words.isCalendarWord(t.lower(i));
  }

  /**
   * An honorific opening a name: capitalised ("Miss Jones"; not "hit-or-miss Taiwanese publication") and
   * before a proper noun or a surname.
   */
  private boolean isHonorific(int i) {
    return !t.quoted(i) && t.capitalized(i) && words.isHonorific(t.lower(i)) && i + 1 < t.size()
        && (t.tag(i + 1).startsWith("NNP") || surnameAfterHonorific(i + 1));
  }

  /**
   * A connector inside a name ("Secretary of State"); "on" only after a word that names a body
   * ("Commission on Presidential Debates", not "Clinton on Tuesday").
   */
  private boolean connects(int i) {
    boolean bodyOn = t.lower(i).equals("on") && i > 0 && t.capitalized(i - 1) && words.isOrgWord(t.lower(i - 1));
    if (particle(i) || bodyAnd(i) || portfolioList(i) || portfolioOfABody(i) || jointSlash(i) || possessiveInName(i)) {
      return true;
    }
    if (t.quoted(i) || !CONNECTORS.contains(t.lower(i)) && !bodyOn || i + 1 >= t.size() || t.sentence(i) != t.sentence(i + 1)) {
      return false;
    }
    int next = t.lower(i + 1).equals("the") && i + 2 < t.size() ? i + 2 : i + 1;
    return (t.tag(next).startsWith("NNP") || bodyOf(i) && t.tag(next).startsWith("NN") && t.capitalized(next)) && !t.quoted(next);
  }

  /**
   * Whether the token is a capitalised plural the tagger reads as a common noun before a plural
   * possessive inside a body's name ("the Ontario Public School Boards' Association").
   */
  private boolean pluralBeforeAPossessiveInName(int i) {
    return i + 1 < t.size() && t.tag(i).equals("NNS") && t.capitalized(i) && possessiveInName(i + 1);
  }

  /**
   * Whether the token is the apostrophe of a plural possessive inside a body's name, between a
   * capitalised plural and the body's word ("the Ontario Nurses' Association", "the Farmers' Union"),
   * or the "'s" of a title's office ("the Fresno County Sheriff's Office", "the Attorney General's
   * Office", "the Hennepin County Medical Examiner's Office"); not a body's word that modifies a common noun after it ("the Democrats' Senate candidate").
   */
  private boolean possessiveInName(int i) {
    boolean modifier = i + 2 < t.size() && t.tag(i + 2).startsWith("NN") && !t.capitalized(i + 2);
    boolean plural = t.word(i).equals("'") || t.word(i).equals("’");
    boolean office = (t.lower(i).equals("'s") || t.lower(i).equals("’s")) && i > 0
        && (words.isTitle(t.lower(i - 1)) || officeOfAnUnlistedTitle(i));
    return i > 0 && i + 1 < t.size() && t.tag(i).equals("POS") && (plural && t.lower(i - 1).endsWith("s") || office)
        && t.capitalized(i - 1) && t.capitalized(i + 1) && !t.quoted(i + 1)
        && words.isOrgWord(t.lower(i + 1)) && t.sentence(i + 1) == t.sentence(i) && !modifier;
  }

  /**
   * Whether the "'s" at {@code i} closes a title the lists lack before "Office", in a body's name that
   * opens with a capitalised word before it ("the Hennepin County Medical Examiner's Office"); not a
   * person's ("Mark Carney's Office").
   */
  private boolean officeOfAnUnlistedTitle(int i) {
    return i >= 2 && i + 1 < t.size() && t.word(i + 1).equals("Office") && t.capitalized(i - 2)
        && t.sentence(i - 2) == t.sentence(i) && !words.isFirstName(t.lower(i - 2)) && !words.isFirstName(t.lower(i - 1));
  }

  /**
   * The last word of a body's name that an acronym in parentheses after it spells out, though the
   * tagger read a word of it as a verb or pronoun ("the Alliance to Reclaim Our Schools (AROS)",
   * "the Committee to Protect Journalists (CPJ)"), or -1: capitalised words and connectors after the
   * run, then "(", the acronym, ")", and the acronym is the initials of the capitalised words.
   */
  private int spelledOutBefore(int first, int end) {
    int k = end + 1;
    while (k < t.size() && k - end <= MAX_SPELLED && t.sentence(k) == t.sentence(first) && !t.quoted(k)
        && (t.capitalized(k) || CONNECTORS.contains(t.lower(k)) || t.lower(k).equals("and"))) {
      k++;
    }
    if (k == end + 1 || k + 2 >= t.size() || !t.word(k).equals("(") || !t.word(k + 2).equals(")")) {
      return -1;
    }
    String acronym = t.word(k + 1);
    StringBuilder initials = new StringBuilder();
    for (int i = first; i < k; i++) {
      if (t.capitalized(i)) {
        initials.append(t.word(i).charAt(0));
      }
    }
    boolean spelled = acronym.length() >= 3 && acronym.equals(acronym.toUpperCase(Locale.ROOT))
        && acronym.contentEquals(initials);
    return spelled && t.capitalized(k - 1) ? k - 1 : -1;
  }

  /**
   * Whether token {@code i} is a slash that joins two bodies into one name, without spaces ("the
   * Reuters/Ipsos poll", "an NBC/WSJ survey").
   */
  private boolean jointSlash(int i) {
    return t.word(i).equals("/") && i > 0 && i + 1 < t.size() && t.start(i) == t.end(i - 1) && t.end(i) == t.start(i + 1)
        && t.capitalized(i - 1) && t.capitalized(i + 1) && !t.quoted(i) && t.sentence(i) == t.sentence(i + 1);
  }

  /** A capitalised common noun after a body's "of" ("Prisons" in "the Federal Bureau of Prisons"). */
  private boolean bodyNoun(int k) {
    int connector = k >= 2 && t.lower(k - 1).equals("the") ? k - 2 : k - 1;
    return connector >= 0 && bodyOf(connector) && t.tag(k).startsWith("NN") && t.capitalized(k) && !t.quoted(k)
        && t.sentence(k) == t.sentence(connector);
  }

  /**
   * Whether the "of" or "for" at {@code i} follows a capitalised word for a body, so that a capitalised
   * common noun after it still names the body ("the Federal Bureau of Prisons", "Department of
   * Corrections"; not "the bureau of prisons").
   */
  private boolean bodyOf(int i) {
    return (t.lower(i).equals("of") || t.lower(i).equals("for")) && i > 0 && t.capitalized(i - 1) && orgWordOrPlural(t.lower(i - 1));
  }

  /** Whether the lower-case word is a body's word, singular or plural ("centers", "services"). */
  private boolean orgWordOrPlural(String lower) {
    return words.isOrgWord(lower) || lower.endsWith("s") && words.isOrgWord(lower.substring(0, lower.length() - 1));
  }

  /**
   * Whether token {@code i} is a lower-case particle inside a name, between capitalised words or
   * another particle ("Osama bin Laden", "Ursula von der Leyen").
   */
  private boolean particle(int i) {
    if (i == 0 || i + 1 >= t.size() || t.quoted(i) || !words.isNameParticle(t.word(i))
        || t.sentence(i) != t.sentence(i + 1) || !t.capitalized(i - 1) && !words.isNameParticle(t.word(i - 1))) {
      return false;
    }
    int next = i + 1;
    while (next + 1 < t.size() && words.isNameParticle(t.word(next)) && t.sentence(next) == t.sentence(next + 1)) {
      next++;
    }
    return t.capitalized(next) && t.tag(next).startsWith("NNP") && !t.quoted(next);
  }

  /**
   * The last token of a name with a lower-case particle ("Borja del Pozo Cruz") that "of" or "for"
   * follows in the run, or -1.
   */
  private int particleNameBeforeConnector(int first, int last) {
    for (int p = first + 1; p < last; p++) {
      if (words.isNameParticle(t.word(p)) && t.capitalized(p - 1)) {
        int k = p + 1;
        while (k <= last && (words.isNameParticle(t.word(k)) || t.capitalized(k) && t.tag(k).startsWith("NNP"))) {
          k++;
        }
        return k <= last && k - 1 > p && (t.lower(k).equals("of") || t.lower(k).equals("for")) ? k - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a relative clause after the name at {@code last} says it is one person: a comma, "who",
   * perhaps an adverb, and a verb in the singular ("Saka, who has now scored in five games,", "Nakamura,
   * who was born in Osaka,"); not a team, whose "who" takes the plural in British English ("Arsenal,
   * who have won"), nor a body, whose relative is "which".
   */
  private boolean someoneWhoAfter(int last) {
    int k = last + 3;
    if (k >= t.size() || !t.word(last + 1).equals(",") || !t.lower(last + 2).equals("who")) {
      return false;
    }
    if (t.tag(k).startsWith("RB") && k + 1 < t.size()) {
      k++;
    }
    return t.tag(k).equals("VBZ") || t.lower(k).equals("was");
  }

  /**
   * Whether an apposition after the name at {@code last} says what one person is: a comma, an article,
   * lower-case modifiers and a singular noun for a person ("Kawennahente Cross, a teacher in
   * Hamilton,"; not "Hamilton, a city in Ontario").
   */
  private boolean apposedPersonNoun(int last) {
    int i = last + 1;
    if (i + 2 >= t.size() || !t.word(i).equals(",") || !(t.lower(i + 1).equals("a") || t.lower(i + 1).equals("an"))) {
      return false;
    }
    for (int k = i + 2; k < Math.min(t.size(), i + 6) && t.sentence(k) == t.sentence(last) && !t.capitalized(k); k++) {
      String w = t.lower(k);
      if (t.tag(k).equals("NN") && (words.isPersonNoun(w) || words.isTitle(w))
          && (k + 1 >= t.size() || !t.tag(k + 1).startsWith("NN"))) {
        return true;
      }
      if (!t.tag(k).startsWith("JJ") && !t.tag(k).equals("NN")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The gender of the gendered noun that heads an apposition right after the name, or UNKNOWN: a comma,
   * "a", "an" or "the", adjectives and nouns, then the noun, which a preposition, a relative pronoun or
   * punctuation follows ("Lerato Nkosi, a mother of three", "Jo Banda, the grandmother of a pupil",
   * "Ann Lee, a single mother, said"; not "Jo Banda, the mother's lawyer", "Jo Banda, a father figure
   * to many" nor "Robert and Rebekah Mercer, the father-and-daughter donors").
   */
  private Gender apposedGender(int last) {
    int i = last + 1;
    if (i + 2 >= t.size() || !t.word(i).equals(",") || !APPOSITION_DETERMINERS.contains(t.lower(i + 1))) {
      return Gender.UNKNOWN;
    }
    for (int k = i + 2; k < Math.min(t.size(), i + 6) && t.sentence(k) == t.sentence(last); k++) {
      boolean noun = t.tag(k).equals("NN");
      if (noun && (k + 1 >= t.size() || headEndsAt(k + 1))) {
        return words.genderOfWord(t.lower(k));
      }
      if (!noun && !t.tag(k).startsWith("JJ")) {
        return Gender.UNKNOWN;
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * Whether token {@code i} ends an apposition's head: a preposition, a relative pronoun, or
   * punctuation other than a possessive or a joining hyphen.
   */
  private boolean headEndsAt(int i) {
    return t.tag(i).equals("IN") || t.tag(i).startsWith("W")
        || !t.joinedByHyphen(i) && !t.tag(i).equals("POS") && !Character.isLetterOrDigit(t.word(i).codePointAt(0));
  }

  /**
   * Whether the run stands in apposition after a singular person noun or title that a determiner or
   * possessive opens ("Its founder, Emily Steers, said"; not "its partner, Goldman Sachs", whose first
   * word is no given name, which the caller asks for).
   */
  private boolean apposedAfterAPersonNoun(int first) {
    int noun = first - 2;
    if (noun < 1 || !t.word(first - 1).equals(",") || !t.tag(noun).equals("NN")) {
      return false;
    }
    String w = t.lower(noun);
    if (!words.isPersonNoun(w) && !words.isTitle(w)) {
      return false;
    }
    return openedByADeterminer(noun, 3, false);
  }

  /**
   * Whether a determiner or possessive opens the phrase ending in the noun at {@code noun}, within
   * {@code reach} tokens before it, with only adjectives and common nouns between, and proper nouns
   * too when {@code proper} ("the Senate Minority Leader").
   */
  private boolean openedByADeterminer(int noun, int reach, boolean proper) {
    for (int k = noun - 1; k >= Math.max(0, noun - reach); k--) {
      String tag = t.tag(k);
      if (tag.equals("PRP$") || tag.equals("DT") || tag.equals("POS")) {
        return true;
      }
      if (!tag.startsWith("JJ") && !(proper ? tag.startsWith("NN") : tag.equals("NN"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The first of the initials right before the given name, which are the name's ("minister K Rammohan
   * Naidu", "M K Stalin", "J. William Rivers", "E. Jean Carroll", "Chief Justice D.Y. Chandrachud"),
   * else {@code nameFirst}.
   */
  private int initialsBefore(int first, int nameFirst) {
    int k = nameFirst;
    while (k > first && initial(t.word(k - 1)) && t.tag(k - 1).equals("NNP")) {
      k--;
    }
    return k;
  }

  /**
   * A capital letter alone or with its full stop ("K", "J."), or two or three of them with theirs
   * ("D.Y.", "M.K."); not an abbreviated title ("Gen.").
   */
  private static boolean initial(String w) {
    if (w.length() == 1 || w.length() == 2 && w.charAt(1) == '.') {
      return Character.isUpperCase(w.charAt(0));
    }
    return Tokens.dottedInitials(w, 3);
  }

  /**
   * Whether the run, two or three capitalised words set off by commas, stands in apposition after a
   * title in capitals, an office, that a determiner or possessive opens ("the Minority Leader, Abba
   * Moro, said"): an office's holder is a person, whatever the recogniser made of an unlisted given
   * name. Not after a title in lower case, which may name a firm's relation ("its partner, Goldman
   * Sachs,").
   */
  private boolean apposedAfterATitle(int first, int last) {
    int title = first - 2;
    if (title < 1 || last - first < 1 || last - first > 2 || !t.word(first - 1).equals(",") || !words.isTitle(t.lower(title))
        || last + 1 >= t.size() || !t.word(last + 1).equals(",") || !t.tag(title).startsWith("NN") || !t.capitalized(title)) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      if (!t.capitalized(k) || !t.tagIs(k, "NN")) {
        return false;
      }
    }
    return openedByADeterminer(title, 4, true);
  }

  /**
   * The last token of a person's name that opens the run, a listed given name and one or two
   * capitalised words that name no body, before an "of" or "for" ("Annie Kidder of People for
   * Education"); -1 otherwise ("Bank of America", "Secretary of State").
   */
  private int givenNameBeforeConnector(int first, int last) {
    if (firstNameIn(first, last) != first) {
      return -1;
    }
    for (int k = first + 1; k <= Math.min(last - 1, first + 2); k++) {
      if (!t.tag(k).equals("NNP") || !t.capitalized(k) || words.isOrgWord(t.lower(k)) || words.isTitle(t.lower(k))) {
        return -1;
      }
      String next = t.lower(k + 1);
      if (next.equals("of") || next.equals("for")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a particle of an Irish or Gaelic surname stands between the name's first and last words. */
  private boolean patronymicIn(int first, int last) {
    for (int i = first + 1; i < last; i++) {
      if (words.isPatronymicParticle(t.word(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean particleIn(int first, int last) {
    for (int i = first + 1; i < last; i++) {
      if (words.isNameParticle(t.word(i))) {
        return true;
      }
    }
    return false;
  }

  private @Nullable NameMention split(int first, int last) {
    if (first == last && t.tag(first).equals("NNPS")) {
      return null; // "Republicans", "Democrats": a group, described rather than named
    }
    if (placeOfATitleBefore(first, last)) {
      return split(first + 1, last); // "China's ambassador to Britain Liu Xiaoming"
    }
    int particleName = particleNameBeforeConnector(first, last);
    if (particleName >= 0) {
      return split(first, particleName); // "Borja del Pozo Cruz of the University of Southern Denmark"
    }
    if (onlyTitles(first, last) || officeOfAPlace(first, last)) {
      return null; // "the Senator from Texas", "The President": an office described, resolved as "the senator" is
    }
    if (first == last && first > 0 && t.lower(first - 1).equals("the") && words.isDemonym(t.lower(first))) {
      return null; // "the German told Sinner": a nationality describing someone, as "the Spaniard" does
    }
    if (titleOfANamedBody(first, last)) {
      return null; // "one senior Labour MP", "A Labour MP, Rachael Maskell,": a member described, not named
    }
    if (t.tag(last).equals("POS")) {
      return new NameMention(first, last, -1, -1, Speaker.Type.ORGANIZATION, Gender.UNKNOWN, Speaker.GenderEvidence.NONE,
          subject(first, last)); // "McDonald's said"
    }
    int firstName = firstNameIn(first, last);
    NamedEntities.Label head = ner[last];
    boolean listedBody = firstName < 0 && first == last && words.isOrgWord(t.lower(first)); // "According to Politico"
    boolean bodyOrPlace = first == last && spelledOutFrom(first) >= 0
        || firstName < 0 && namesOfThings.contains(t.span(first, last).in(t.text()))
        || (firstName < 0 ? placeNamed(first, last) : bodyNamedAfterAPerson(first, firstName, last))
        || townBeforeItsRegion(first, last) || workplaceInAnApposition(first, last) || teamWithAPluralVerb(first, last)
        || ampersandInside(first, last) || afterItsTrade(first, last);
    // "the Mayo Clinic", "the Institute for the German Economy": no person's name follows "the"
    boolean bodyAfterThe = firstName > 0 && t.lower(firstName - 1).equals("the") && first < last
        && (words.isOrgWord(t.lower(last)) || firstName - 2 > first && CONNECTORS.contains(t.lower(firstName - 2))
            && words.isOrgWord(t.lower(first)));
    if (bodyOrPlace || bodyAfterThe) {
      return new NameMention(first, last, -1, -1, Speaker.Type.ORGANIZATION, Gender.UNKNOWN, Speaker.GenderEvidence.NONE, subject(first, last));
    }
    boolean bodysWordLast = firstName < 0 && first < last && words.isOrgWord(t.lower(last)); // "Aldama Theater"
    boolean person = head == NamedEntities.Label.PERSON && !listedBody && !bodysWordLast || words.isHonorific(t.lower(first))
        || first < last && words.isTitle(t.lower(first)) && !isOrganization(first, last)
        || firstName > first && words.isTitle(t.lower(firstName - 1)) || firstName >= 0 && recognisedPerson(firstName, last)
        || firstName == first && first > 0 && words.isTitle(t.lower(first - 1)) && !t.quoted(first - 1) // "general Lloyd Newton"
        || afterLowerCaseTitle(first, last) && !isOrganization(first, last) // "association president Aroha Ngata"
        || givenNameAndSurnameAfterATitle(first, last) // "Treasury CS Njuguna Ndung'u"
        || middleInitial(first, last) && !isOrganization(first, last) // "Vann R. Newkirk II"
        || t.bareInitial(first) && first < last && t.allCapitalized(first, last) && !isOrganization(first, last) // "R Ashoka"
        || firstName == first && particleIn(first, last) // "Osama bin Laden"
        || firstName == first && hyphenatedSurname(first, last) && !isOrganization(first, last) // "Ngozi Okonjo-Iweala"
        || patronymicIn(first, last) // "Máire Ní Fhlaithearta"
        || givenNameBeforeConnector(first, last) >= 0 // "Annie Kidder of People for Education"
        || first < last && apposedPersonNoun(last) && !isOrganization(first, last) // "Kawennahente Cross, a teacher"
        || firstName == first && first < last && apposedAfterAPersonNoun(first) && !isOrganization(first, last) // "Its founder, Emily Steers,"
        || apposedAfterATitle(first, last) && !isOrganization(first, last) // "the Minority Leader, Abba Moro,"
        || nameAfterItsTitles(first, last) && !isOrganization(first, last) // "UN Secretary-General Ban Ki-moon"
        || titleAndItsBodyBefore(first, firstName, last) // "U.S. Ambassador to the United Nations Nikki Haley"
        || someoneWhoAfter(last) && !isOrganization(first, last) // "Saka, who has now scored in five games,"
        || handleOfAPerson(first, last); // "one Twitter user @nycsouthpaw"
    if (!person && (head == NamedEntities.Label.ORGANIZATION || head == NamedEntities.Label.LOCATION
        || firstName < 0 && isOrganization(first, last))) {
      int f = t.lower(first).equals("the") && first < last ? first + 1 : first;
      return new NameMention(f, last, -1, -1, Speaker.Type.ORGANIZATION, Gender.UNKNOWN, Speaker.GenderEvidence.NONE, subject(first, last));
    }
    if (!person && firstName < 0) {
      // Neither the recogniser nor a first name says person: a headline, a month, an event.
      int f = t.lower(first).equals("the") && first < last ? first + 1 : first;
      return new NameMention(f, last, -1, -1, Speaker.Type.UNKNOWN, Gender.UNKNOWN, Speaker.GenderEvidence.NONE, subject(first, last));
    }
    int nameFirst = hyphenatedGivenName(first, firstName >= 0 ? firstName : afterTitles(first, last));
    nameFirst = unlistedGivenNameBefore(first, nameFirst) ? first : nameFirst;
    nameFirst = initialsBefore(first, nameFirst);
    int roleLast = nameFirst - 1;
    int roleFirst = roleStart(roleLast);
    Gender gender = Gender.UNKNOWN;
    Speaker.GenderEvidence evidence = Speaker.GenderEvidence.NONE;
    if (nameFirst > first && words.isHonorific(t.lower(nameFirst - 1))) {
      gender = words.genderOfWord(t.lower(nameFirst - 1));
      evidence = Speaker.GenderEvidence.HONORIFIC;
    }
    for (int i = roleFirst; roleFirst >= 0 && i <= roleLast && gender == Gender.UNKNOWN; i++) {
      if (i + 1 <= roleLast && t.tag(i + 1).equals("POS")) {
        continue; // "Court of King's Bench Justice Tracey DeWare": the king is someone else
      }
      gender = words.genderOfWord(t.lower(i));
      evidence = Speaker.GenderEvidence.GENDERED_NOUN;
    }
    if (gender == Gender.UNKNOWN && roleFirst < 0 && nameFirst == first && apposedAfterAPersonNoun(first)) {
      gender = words.genderOfWord(t.lower(first - 2)); // "their son, Humayun,"
      evidence = Speaker.GenderEvidence.GENDERED_NOUN;
    }
    if (gender == Gender.UNKNOWN && apposedGender(last) != Gender.UNKNOWN) {
      gender = apposedGender(last); // "Lerato Nkosi, a mother of three"
      evidence = Speaker.GenderEvidence.GENDERED_NOUN;
    }
    int given = nameFirst;
    while (given < last && initial(t.word(given))) {
      given++; // "A.E. Dick Howard", "E. Jean Carroll"
    }
    if (gender == Gender.UNKNOWN && given < last && !Words.isNameSuffix(t.lower(given + 1))) {
      gender = words.genderOfFirstName(givenName(given));
      evidence = Speaker.GenderEvidence.FIRST_NAME;
    }
    if (gender == Gender.UNKNOWN) {
      evidence = Speaker.GenderEvidence.NONE;
    }
    int l = last;
    while (l > nameFirst + 1 && postNominal(l)) {
      l--; // "Graham Simpson MSP", "Mary Jones OBE"
    }
    for (int i = nameFirst + 1; i <= l; i++) {
      if (CONNECTORS.contains(t.lower(i)) && !t.word(i).equals("-")) {
        l = i - 1; // "Elijah Cummings of Maryland", "Cameron Easley for Morning Consult"
        break;
      }
    }
    return new NameMention(nameFirst, l, roleFirst, roleFirst < 0 ? -1 : roleLast, Speaker.Type.PERSON, gender, evidence, subject(first, last));
  }

  /** Letters in capitals after a name for an office or an honour ("MSP", "KC", "OBE"). */
  private boolean postNominal(int i) {
    return t.inCapitals(i) && words.isPostNominal(t.lower(i));
  }

  /**
   * Whether the run's one word before its listed given name is a given name the lists lack, so that
   * both are the name ("Congress leader Adhir Ranjan Chowdhury", where only "Ranjan" is listed): the
   * run follows a lower-case role noun, and the word is a plain capitalised word, no title, honorific,
   * place, body's word, demonym, day or abbreviation.
   */
  private boolean unlistedGivenNameBefore(int first, int nameFirst) {
    if (nameFirst != first + 1 || !givenNameAfterRole(first)) {
      return false;
    }
    String w = t.lower(first);
    return plainNameWord(first, 2) && !words.isDemonym(w) && !words.isCalendarWord(w) && !CONNECTORS.contains(w);
  }

  /**
   * Whether token {@code k}, of {@code minLength} letters or more, is a plain capitalised proper noun
   * that may be a given name the lists lack: only its first letter a capital, no title, honorific,
   * place or body's word.
   */
  private boolean plainNameWord(int k, int minLength) {
    String word = t.word(k);
    String w = t.lower(k);
    return word.length() >= minLength && word.substring(1).chars().allMatch(Character::isLowerCase) && t.tagIs(k, "NNP")
        && !words.isTitle(w) && !words.isHonorific(w) && !words.isPlace(w) && !words.isOrgWord(w);
  }

  /**
   * Whether the name is a listed given name, a space, and a surname of two capitalised words joined
   * by a hyphen ("Ngozi Okonjo-Iweala", "Mary Smith-Jones"), which the recogniser may read as a place
   * or body. Not a given name joined by the hyphen itself ("Winston-Salem").
   */
  private boolean hyphenatedSurname(int first, int last) {
    return last == first + 3 && t.end(first) < t.start(first + 1) && t.joinedByHyphen(first + 2)
        && t.capitalized(first + 1) && t.capitalized(last);
  }

  /**
   * The first part of a hyphenated given name whose last part starts at {@code nameFirst} ("Jean" in
   * "Jean-Yves Duclos", where only "Yves" is a listed first name), or {@code nameFirst}: a capitalised
   * word joined to it by a hyphen with no space either side, no title or honorific.
   */
  private int hyphenatedGivenName(int first, int nameFirst) {
    int k = nameFirst;
    while (k - 2 >= first && t.joinedByHyphen(k - 1) && t.capitalized(k - 2) && !words.isTitle(t.lower(k - 2)) && !words.isHonorific(t.lower(k - 2))) {
      k -= 2;
    }
    return k;
  }

  /**
   * The first of the capitalised words right before a word in parentheses that it is the acronym of,
   * in any case ("Business Unity South Africa (Busa)", "the National Health Service (NHS)"), or -1.
   */
  private int spelledOutFrom(int word) {
    if (word < 2 || word + 1 >= t.size() || !t.word(word - 1).equals("(") || !t.word(word + 1).equals(")")
        || t.word(word).length() < 3) {
      return -1;
    }
    StringBuilder initials = new StringBuilder();
    for (int k = word - 2; k >= 0 && word - 2 - k < MAX_SPELLED && t.sentence(k) == t.sentence(word); k--) {
      if (t.capitalized(k)) {
        initials.insert(0, t.word(k).charAt(0));
      } else if (!CONNECTORS.contains(t.lower(k)) && !t.lower(k).equals("and")) {
        return -1;
      }
      if (initials.toString().equalsIgnoreCase(t.word(word))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the run's last two words follow a title inside it and hold no body's word, as a given
   * name and a surname do ("Treasury CS Njuguna Ndung'u", "Health Minister Aroha Ngata"), whatever
   * the first-name list or the recogniser make of them.
   */
  private boolean givenNameAndSurnameAfterATitle(int first, int last) {
    int title = last - 2;
    return title > first && words.isTitle(t.lower(title)) && !words.isTitle(t.lower(title + 1))
        && !words.isOrgWord(t.lower(title + 1)) && !words.isOrgWord(t.lower(last)) && t.capitalized(title + 1)
        && !words.isPlace(t.lower(last)) && !CONNECTORS.contains(t.lower(title - 1));
  }

  /**
   * Whether a given name and a surname follow a title in lower case, which only a person bears
   * ("association president Aroha Ngata"), whatever the first-name list knows of the given name.
   */
  private boolean afterLowerCaseTitle(int first, int last) {
    if (first == 0 || first == last || !words.isTitle(t.lower(first - 1)) || t.quoted(first - 1)
        || !Character.isLowerCase(t.word(first - 1).codePointAt(0)) || t.sentence(first - 1) != t.sentence(first)) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (!t.capitalized(i) || words.isOrgWord(t.lower(i))) {
        return false; // "the event organizer Alliance to Reclaim Our Schools"
      }
    }
    return true;
  }

  /**
   * Whether the word lists settle a run's type, so the recogniser need not read it: an honorific, or
   * the surname of a full name in the article (the most frequent names of all).
   */
  private boolean settledByWords(int first, int last, Set<String> fullNameSurnames) {
    return words.isHonorific(t.lower(first)) || first == last && fullNameSurnames.contains(t.lower(first));
  }

  /** Whether the recogniser calls any word of {@code [from, last]} a person. */
  private boolean recognisedPerson(int from, int last) {
    for (int i = from; i <= last; i++) {
      if (ner[i] == NamedEntities.Label.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** An organisation or place: an organisation word after the last title, an acronym or a place name. */
  private boolean isOrganization(int first, int last) {
    int from = afterTitles(first, last);
    for (int i = from; i <= last; i++) {
      if (words.isOrgWord(t.lower(i))) {
        return true;
      }
    }
    for (int i = first + 1; i < last; i++) {
      if (bodyOf(i)) { // a body's word in the plural before "of" or "for": "Centers for Disease Control"
        return true;
      }
    }
    if (from == first && acronym(first, last)) {
      return true;
    }
    String rest = t.text().substring(t.start(from), t.end(last)).toLowerCase(Locale.ROOT);
    return words.isPlace(rest) && from == first;
  }

  /**
   * Whether the run is an office of a place or body with no one's name after it ("The Governor of
   * Texas", "the MP for York Central", "The Secretary of State"; not "Secretary of State Marco Rubio",
   * "Mayor of London Sadiq Khan", nor "Secretary of Homeland Security Kirstjen Nielsen", whose given
   * name no list holds): a title, then "of" or "for", at most {@value #MAX_PLACE_WORDS} words, no
   * given name and nothing the recogniser calls a person.
   */
  private boolean officeOfAPlace(int first, int last) {
    int f = t.lower(first).equals("the") ? first + 1 : first;
    if (f + 2 > last || !words.isTitle(t.lower(f))) {
      return false;
    }
    String connector = t.lower(f + 1);
    int place = t.lower(f + 2).equals("the") ? f + 3 : f + 2;
    return (connector.equals("of") || connector.equals("for")) && last - place < MAX_PLACE_WORDS
        && firstNameIn(f, last) < 0 && !recognisedPerson(f, last);
  }

  /**
   * Whether every word of the run, "the" aside, is a title ("Senator", "Prime Minister") or a word that
   * makes one another office before the last ("Minority Leader", "Deputy Speaker").
   */
  private boolean onlyTitles(int first, int last) {
    int f = t.lower(first).equals("the") ? first + 1 : first;
    for (int i = f; i <= last; i++) {
      if (!words.isTitle(t.lower(i)) && (i == last || !words.isOfficeQualifier(t.lower(i)))) {
        return false;
      }
    }
    return f <= last;
  }

  /**
   * Whether the run is a party's or body's name and then the title of one of its members, in capitals
   * ("Labour MP", "SNP MSP") or an office ("Liberal Senator"), with no name after it: the member is
   * described, not named, and the mention is resolved as a description ("a Labour MP" is an unnamed
   * source). Not a name with "of" or "for" in it ("Office of the Prime Minister").
   */
  private boolean titleOfANamedBody(int first, int last) {
    if (last == first || firstNameIn(first, last) >= 0) {
      return false;
    }
    for (int i = first; i < last; i++) {
      if (CONNECTORS.contains(t.lower(i)) || words.isTitle(t.lower(i)) || words.isHonorific(t.lower(i))) { // "Mr. Justice"
        return false;
      }
    }
    return postNominal(last) && words.isTitle(t.lower(last)) || words.isOffice(t.lower(last));
  }

  /**
   * Whether the run reads as given name, middle initial and surname ("Vann R. Newkirk", "Laurence H.
   * Tribe"), a person's name whatever the first-name list knows of the given name.
   */
  private boolean middleInitial(int first, int last) {
    for (int i = first + 1; i < last; i++) {
      String w = t.word(i);
      boolean initial = w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
      if (initial && Character.isUpperCase(t.word(i - 1).charAt(0)) && t.word(i - 1).length() > 2
          && Character.isUpperCase(t.word(i + 1).charAt(0)) && t.word(i + 1).length() > 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first known first name in the run followed by more of the name, or -1. None comes after a
   * lower-case particle: "Cruz" in "Borja del Pozo Cruz of the University of Southern Denmark" is
   * part of the surname.
   */
  private int firstNameIn(int first, int last) {
    for (int i = first; i < last; i++) {
      String w = t.lower(i);
      if (i > first && words.isNameParticle(t.word(i))) {
        break;
      }
      if (i > first && t.capitalized(i - 1) && t.joinedByHyphen(i + 1)) {
        continue; // "Rain Newton-Smith": a double-barrelled surname opens with "Newton", no given name
      }
      boolean given = words.isFirstName(w) && (!words.isTitle(w) || givenNameAfterRole(i) || givenNameAfterTitle(i, last))
          && !(i - 2 >= first && unlistedGivenNameAfterTitle(i - 1) && endsTheName(i, last));
      if (given && !words.isHonorific(w) && !CONNECTORS.contains(w)
          && !words.isNameParticle(t.word(i)) // "del" in "Borja del Pozo", not "Del"
          && !placeNotGivenName(i) && !titleAfter(i, last)) {
        return i > first && familyNameFirst(i - 1, last) ? i - 1 : i;
      }
    }
    return -1;
  }

  /**
   * Whether the run's last three words, from {@code first}, are a name written family name first, as
   * Chinese, Korean and Vietnamese names are ("Ms Tan Hui Min"):
   * "Tan Hui Min", "Wong Mei Ling", where "Hui" and "Mei" are listed given names, so that "Tan" had been
   * read as a role. Conditions: three words of letters, each capitalised and at most
   * {@value #SYLLABLE} letters long, the first a listed family name ({@code family-names-first.txt})
   * and no listed given name itself ("Lee Hsien Loong" reads so already); not "Coach Bill Smith".
   */
  private boolean familyNameFirst(int first, int last) {
    if (last != first + 2 || !words.isFamilyNameFirst(t.lower(first)) || words.isFirstName(t.lower(first))) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      String w = t.word(i);
      if (w.length() > SYLLABLE || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code k} is a given name the lists lack right after a title or honorific, so that a
   * listed first name after it that ends the name is the surname: "Dr Mingyang Song of the Harvard
   * T.H. Chan School", where "Song" is a listed given name too; not "Miss Universe Alicia Machado".
   */
  private boolean unlistedGivenNameAfterTitle(int k) {
    String before = t.lower(k - 1);
    return plainNameWord(k, 3) && !words.isFirstName(t.lower(k)) && (words.isTitle(before) || words.isHonorific(before));
  }

  /** Whether token {@code i} is the run's last word or comes right before its "of" or "for". */
  private boolean endsTheName(int i, int last) {
    return i == last || i + 1 <= last && (t.lower(i + 1).equals("of") || t.lower(i + 1).equals("for"));
  }

  /**
   * Whether a title that is also a first name opens the run right after a lower-case role noun, or
   * opens a two-word name set off by commas right after one, and so is the given name: a role is not
   * followed by a second title ("senior forecaster Dean Narramore", "The Bureau's senior forecaster,
   * Dean Narramore, said", against "Dean Martha Minow" and "At the university, Dean Smith said").
   */
  private boolean givenNameAfterRole(int i) {
    if (i > 1 && t.word(i - 1).equals(",") && i + 2 < t.size() && t.word(i + 2).equals(",")
        && t.tag(i + 1).startsWith("NNP")) {
      return lowerCaseNounAt(i - 2) && t.sentence(i - 2) == t.sentence(i);
    }
    return i > 0 && lowerCaseNounAt(i - 1) && t.sentence(i - 1) == t.sentence(i);
  }

  private boolean lowerCaseNounAt(int k) {
    return t.tag(k).startsWith("NN") && Character.isLowerCase(t.word(k).charAt(0));
  }

  /**
   * Whether a title that is also a first name follows another title and comes right before the run's
   * last word, and so is the given name before a surname: "Detective Inspector Dean Thomas"; not "Dean
   * Martha Minow", where a given name follows.
   */
  private boolean givenNameAfterTitle(int i, int last) {
    return i + 1 == last && i > 0 && t.sentence(i - 1) == t.sentence(i) && t.capitalized(i - 1)
        && words.isTitle(t.lower(i - 1)) && !words.isHonorific(t.lower(i - 1));
  }

  /** The token after the run's last title, honorific, connector or place word, or the last token. */
  private int afterTitles(int first, int last) {
    int start = first;
    for (int i = first; i < last; i++) {
      String w = t.lower(i);
      boolean connector = CONNECTORS.contains(w) && !w.equals("-"); // "Ki-moon" is one name
      if (connector && i > start && start > first && !words.isTitle(t.lower(i - 1)) && !CONNECTORS.contains(t.lower(i - 1))) {
        break; // "Dr. Joneigh Khaldun of the Michigan Department …": the name ends before its body
      }
      boolean initials = i == first && last == first + 1 && !words.isPlace(w); // "J.J. MacNab", not "U.S. Sen."
      if (words.isTitle(w) || words.isHonorific(w) || connector || placeBeforeATitle(i) || abbreviation(i) && !initials) {
        start = i + 1;
      }
    }
    if (!portfolioBefore(start, last)) {
      return start;
    }
    start++;
    while (last - start >= 2 && portfolioWord(start) && !words.isFirstName(t.lower(start))) {
      start++; // "Secretary of Homeland Security Kirstjen Nielsen"
    }
    return start;
  }

  /**
   * Whether the run ends in a name of its own after a title inside it, whatever the lists and the
   * recogniser know of the name: "UN Secretary-General Ban Ki-moon", "Former Prime Minister Nawaz
   * Sharif". The words after the last title are two to {@value #MAX_TITLED_NAME} capitalised words
   * (a hyphened pair one word: "Ki-moon"), or one the recogniser reads as a person's, none a body's
   * word, a title or a plural; not "the UN Secretary-General" alone, "Prime Minister's Office", "EU
   * Member States", nor in a title-case headline ("CNN Reporter Caught …").
   */
  private boolean nameAfterItsTitles(int first, int last) {
    int from = afterTitles(first, last);
    if (from <= first || from > last || !words.isTitle(t.lower(from - 1)) || t.joinedByHyphen(from) || titleCaseSentence(first)) {
      return false; // "The Associated Press-GfK poll": a body's name goes on after its hyphen; "CNN Reporter Caught …"
    }
    int count = 0;
    for (int i = from; i <= last; i++) {
      if (t.joinedByHyphen(i)) {
        continue;
      }
      if (!t.capitalized(i) && !(i > from && t.joinedByHyphen(i - 1)) || words.isOrgWord(t.lower(i)) || words.isTitle(t.lower(i))
          || t.tag(i).equals("NNPS")) { // "EU Member States"
        return false;
      }
      count += i > from && t.joinedByHyphen(i - 1) ? 0 : 1;
    }
    return (count >= 2 || count == 1 && ner[last] == NamedEntities.Label.PERSON) && count <= MAX_TITLED_NAME;
  }

  /**
   * Whether the run opens with the place of a title written before it, in lower case or not, and a
   * name of two words or more follows: "China's ambassador to Britain Liu Xiaoming", "the envoy to
   * Canada Kirsten Hillman" (the place after "to", "of" or "in" and the title); not "the ambassador to
   * Britain" alone, nor "Britain Liu" of two words.
   */
  private boolean placeOfATitleBefore(int first, int last) {
    if (first < 2 || last - first < 2 || !words.isPlace(t.lower(first)) || !t.capitalized(first + 1)) {
      return false;
    }
    String link = t.lower(first - 1);
    boolean linked = link.equals("to") || link.equals("of") || link.equals("in");
    return linked && words.isTitle(t.lower(first - 2)) && t.sentence(first - 2) == t.sentence(first);
  }

  /**
   * A place that opens a title ("Texas Gov. Greg Abbott", "U.S. Sen. Tim Scott"), not a given name
   * that is also a place's ("Dr Borja del Pozo Cruz").
   */
  private boolean placeBeforeATitle(int i) {
    String next = t.lower(i + 1);
    return words.isPlace(t.lower(i)) && (words.isTitle(next) || words.isHonorific(next) || words.isPlace(next) || abbreviation(i + 1));
  }

  /**
   * Whether a title and then another given name come after {@code i}, so that the word at {@code i}
   * belongs to the title's body or place rather than to the name: "Clinton Communications Director
   * Jennifer Palmieri", "Cleveland Police Chief Calvin Williams", or a given name the lists lack and a
   * surname end the run after the title ("Viña del Mar Mayor Macarena Ripamonti"); not "Peter T. King
   * of New York".
   */
  private boolean titleAfter(int i, int last) {
    boolean title = false;
    for (int j = i + 1; j < last && !CONNECTORS.contains(t.lower(j)); j++) {
      if (title && words.isFirstName(t.lower(j))) {
        return true;
      }
      title |= words.isTitle(t.lower(j));
    }
    return givenNameAndSurnameAfterATitle(i, last);
  }

  /**
   * Whether the run, with no given name in it, names a place: two or more words, no title or honorific
   * first, and either a place's noun last ("Capitol Hill", "Parliament Hill", "Maricopa County") or
   * "in" or "near" before it and no possessive after it ("voters in Des Moines", "near Lake Erie",
   * whatever the recogniser says; not "in Ivanka Trump's den"), or a place's word first ("residents of
   * Fort McMurray", "Port Moresby"); or one word before a lower-case noun for an area ("the Lents
   * neighborhood").
   */
  private boolean placeNamed(int first, int last) {
    if (last == first && last + 1 < t.size() && !t.capitalized(last + 1) && words.isAreaNoun(t.lower(last + 1))) {
      return true;
    }
    if (last == first || words.isTitle(t.lower(first)) || words.isHonorific(t.lower(first))) {
      return false;
    }
    boolean possessive = t.possessiveAfter(last);
    boolean afterInOrNear = first > 0 && PLACE_PREPOSITIONS.contains(t.lower(first - 1)) && !possessive;
    return words.isPlaceNoun(t.lower(last)) || afterInOrNear || PLACE_OPENERS.contains(t.lower(first));
  }

  /**
   * Whether the run is where the person of an apposition works, after "at" and the apposition's
   * lower-case noun: "Royce Mendes, head of macro strategy at Desjardins, wrote", "Priyanka
   * Sachdeva, senior market analyst at Phillip Nova": a body, whatever surname or given name it
   * shares. Conditions: no title or honorific opens the run and no possessive follows it ("a guest at
   * Oprah Winfrey's house"); between the comma that opens the apposition and "at" only lower-case words
   * and no verb; a capitalised word right before that comma.
   */
  private boolean workplaceInAnApposition(int first, int last) {
    int at = first - 1;
    if (at < 2 || !t.lower(at).equals("at") || !t.tagIs(at - 1, "NN") || t.capitalized(at - 1)
        || words.isTitle(t.lower(first)) || words.isHonorific(t.lower(first))
        || t.possessiveAfter(last)) {
      return false;
    }
    for (int k = at - 1; k > 0 && t.sentence(k) == t.sentence(at); k--) {
      if (t.word(k).equals(",")) {
        return t.capitalized(k - 1);
      }
      if (t.capitalized(k) || t.verb(k) || t.quoted(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a one-word name opens its sentence before a plural verb, as a team or body does in British
   * usage ("Chelsea have completed the signing", "Arsenal are top"): no one person is "have". Not
   * after "and" or a comma, where the verb is a list's ("Trump and Clinton have …").
   */
  private boolean teamWithAPluralVerb(int first, int last) {
    if (first != last || !t.opensSentence(first) || last + 1 >= t.size()) {
      return false;
    }
    String verb = t.lower(last + 1);
    return (t.tag(last + 1).equals("VBP") && (verb.equals("have") || verb.equals("are"))) || verb.equals("were");
  }

  /**
   * Whether the run is a town before its state or province, set off by a comma ("near Smithers, B.C.,
   * last year", "Residents of Jasper, Alta., fled", "Paris, Texas, is"): a place, whatever given name
   * it shares. Conditions: the run's words are all capitalised (no "of": "Stacy Baker of Columbia,
   * S.C."), no title or honorific opens it; after the comma a listed abbreviation
   * ({@code region-abbreviations.txt}) or a state's or province's name of up to three words, then a
   * comma, a full stop, the paragraph's end or a verb ("Trump, Texas Sen. Ted Cruz and …" lists people;
   * "Doug Ford, Ontario premier," and "Sanders, Vermont's senator" are people).
   */
  private boolean townBeforeItsRegion(int first, int last) {
    int comma = last + 1;
    if (comma + 1 >= t.size() || !t.word(comma).equals(",") || words.isTitle(t.lower(first)) || words.isHonorific(t.lower(first))
        || !t.allCapitalized(first, last)) {
      return false; // "Stacy Baker of Columbia, S.C.": the person of a town
    }
    int region = comma + 1;
    int end = -1;
    if (words.isRegionAbbreviation(t.word(region))) {
      end = region;
    }
    for (int k = region; end < 0 && k < Math.min(t.size(), region + 3) && t.capitalized(k); k++) {
      if (words.isRegion(t.text().substring(t.start(region), t.end(k)).toLowerCase(Locale.ROOT))) {
        end = k;
      }
    }
    if (end < 0) {
      return false;
    }
    int after = end + 1;
    return after >= t.size() || t.lineBreakAfter(end) || t.word(after).equals(",") || t.word(after).equals(".") || t.verb(after);
  }

  /**
   * Whether the run is a body named after a person: a given name, at least one more name, and a body's
   * word last ("George Washington University", "Bill and Melinda Gates Foundation", "Muhammad Ali
   * Center"); a surname that is a body's word stays a surname after a given name alone or an initial
   * ("Frank Church", "Edward M. House").
   */
  private boolean bodyNamedAfterAPerson(int first, int firstName, int last) {
    if (last - firstName < 2 || !words.isOrgWord(t.lower(last)) || words.isHonorific(t.lower(first)) || t.word(last - 1).endsWith(".")) {
      return false;
    }
    for (int i = firstName + 1; i < last; i++) {
      if (CONNECTORS.contains(t.lower(i))) {
        return false; // "James Pethokoukis of the American Enterprise Institute": the person and the body
      }
    }
    return true;
  }

  /**
   * Whether a title, "to", "of" or "for" and the body it serves come before a listed given name and a
   * surname that end the run: "U.S. Ambassador to the United Nations Nikki Haley" is her, with her
   * office, though the recogniser reads a body. Not when a body's word follows the given name ("the
   * Minister of Health Nelson Mandela Foundation").
   */
  private boolean titleAndItsBodyBefore(int first, int firstName, int last) {
    if (firstName <= first + 2 || last - firstName < 1 || last - firstName > 2) {
      return false;
    }
    for (int i = firstName; i <= last; i++) {
      if (words.isOrgWord(t.lower(i)) || !t.capitalized(i)) {
        return false;
      }
    }
    for (int i = first + 1; i < firstName - 1; i++) {
      String w = t.lower(i);
      if ((w.equals("to") || w.equals("of") || w.equals("for")) && words.isTitle(t.lower(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place's name that is also a given name names the place here: the second word of a
   * place ("South Carolina", "West Virginia"), or a place before a title, an honorific, a party or a
   * body ("Florida Sen. Marco Rubio", "Virginia Attorney General", "Florida Republicans", "Virginia
   * University"); "Virginia Foxx" keeps her given name.
   */
  private boolean placeNotGivenName(int i) {
    String w = t.lower(i);
    if (i > 0 && words.isPlace(t.lower(i - 1) + " " + w)) {
      return true;
    }
    if (!words.isPlace(w) || i + 1 >= t.size()) {
      return false;
    }
    String next = t.lower(i + 1);
    return placeBeforeATitle(i) || words.isPersonNoun(next) || words.isPeopleNoun(next) || words.isOrgWord(next);
  }

  /**
   * Whether the word at {@code start} names the portfolio of a title joined to it by "for" or "of"
   * ("Minister for Housing Darragh O'Brien"): a capitalised word after the connector, with a given
   * name and a surname after it. Portfolio words after it that leave two words belong to it too.
   */
  private boolean portfolioBefore(int start, int last) {
    return start > 1 && last - start >= 2 && (t.lower(start - 1).equals("for") || t.lower(start - 1).equals("of"))
        && words.isTitle(t.lower(start - 2)) && !words.isNameParticle(t.word(start + 1))
        && !words.isNameParticle(t.word(start));
  }

  /**
   * Whether "the" at {@code i} follows "of" or "to" after a title: "Leader of the Opposition R Ashoka",
   * "Ambassador to the United Nations Nikki Haley".
   */
  private boolean articleAfterOf(int i) {
    return i > 1 && t.lower(i).equals("the") && (t.lower(i - 1).equals("of") || t.lower(i - 1).equals("to"))
        && t.tag(i - 2).startsWith("NN")
        && words.isTitle(t.lower(i - 2));
  }

  /** The first token of the role words before {@code roleLast}, or -1 when there are none. */
  private int roleStart(int roleLast) {
    if (roleLast < 0 || CONNECTORS.contains(t.lower(roleLast))) {
      return -1; // "a spokesperson for Rubio": the name is an object, not a title's bearer
    }
    int i = roleLast;
    boolean title = false;
    while (i >= 0 && roleLast - i < MAX_ROLE && !t.quoted(i) && !t.lineBreakAfter(i)) {
      String w = t.lower(i);
      String tag = t.tag(i);
      boolean ok = tag.startsWith("NN") || words.isDemonym(w) || tag.startsWith("JJ") || tag.equals("POS")
          || CONNECTORS.contains(w) && !w.equals("-") && i > 0 && (t.tag(i - 1).startsWith("NN") || articleAfterOf(i))
          || joiningHyphen(i)
          || nounsJoined(i, roleLast);
      if (!ok || words.isHonorific(w) || CONNECTORS.contains(w) && i > 0 && words.isAgentNoun(t.lower(i - 1))) {
        break; // "a spokesperson for Quebec Premier François Legault": the spokesperson is someone else
      }
      if ((w.equals("of") || w.equals("to")) && i > 0 && !ofARolesNoun(i - 1)) {
        break; // "the signing of Netherlands midfielder …", "a major blow to Prime Minister …": no part of the role
      }
      String part = w.substring(w.lastIndexOf('-') + 1); // "Co-CEO", one token
      title |= words.isTitle(w) || words.isPersonNoun(w) || Epithets.personalNoun(t, i, words) // "Chelsea boss"
          || !part.equals(w) && (words.isTitle(part) || words.isPersonNoun(part));
      i--;
    }
    int start = i + 1;
    while (start <= roleLast && (CONNECTORS.contains(t.lower(start)) || t.tag(start).equals("POS"))) {
      start++;
    }
    return title && start <= roleLast ? start : -1;
  }

  /**
   * Whether the noun before a role's "of" or "to" belongs to the role: a title or person's noun ("head of
   * the regional administration", "ambassador to the UN"), a body's word ("University of Toronto
   * professor") or a capitalised word ("Secretary of State"); not an event's noun ("the signing of
   * Netherlands midfielder …", "a major blow to Prime Minister …").
   */
  private boolean ofARolesNoun(int k) {
    String w = t.lower(k);
    return t.capitalized(k) || words.isTitle(w) || words.isPersonNoun(w) || words.isOrgWord(w);
  }

  /**
   * Whether token {@code i} is a hyphen inside a word ("Secretary-General"), not a dash between spaces
   * that sets a label off ("FILE - Senate Majority Leader Chuck Schumer").
   */
  private boolean joiningHyphen(int i) {
    return t.word(i).equals("-") && t.tag(i).equals("HYPH") && i > 0 && i + 1 < t.size()
        && t.end(i - 1) == t.start(i) && t.end(i) == t.start(i + 1);
  }

  /** Whether the "and" at {@code i} joins two lower-case nouns inside a role ("oil and gas worker"). */
  private boolean nounsJoined(int i, int roleLast) {
    return t.lower(i).equals("and") && i > 0 && i < roleLast && t.tag(i - 1).startsWith("NN") && !t.capitalized(i - 1)
        && t.tag(i + 1).startsWith("NN") && !t.capitalized(i + 1);
  }

  private boolean acronym(int first, int last) {
    if (first != last) {
      return false;
    }
    String w = t.word(first).replace(".", "");
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
        && !words.isFirstName(t.lower(first));
  }

  private boolean abbreviation(int i) {
    String w = t.word(i);
    return w.length() <= 5 && w.endsWith(".") && w.chars().filter(c -> c == '.').count() >= 2;
  }

  /**
   * Whether the name {@code [first, last]} is its clause's subject: a finite verb follows it, past an
   * emphatic reflexive ("Saka himself played down …"), its acronym in parentheses ("Ireland's Data
   * Protection Commission (DPC) has fined …") or the day it acted on ("Samsung Electronics on
   * Tuesday posted …"), or a comma does and the name opens its clause ("Lynch, who …"; not "his wife,
   * nominee Hillary Clinton, over …" nor "met Hillary Clinton, who …").
   */
  private boolean subject(int first, int last) {
    int after = last + 1 < t.size() && EMPHATIC_REFLEXIVES.contains(t.lower(last + 1)) ? last + 2 : pastAnAcronym(t, last + 1);
    int k = pastAdverbs(pastTheDay(t, after));
    if (k >= t.size()) {
      return false;
    }
    return t.finite(k)
        || t.word(k).equals(",") && (opensClause(first) || namesTheOpeningDescription(first, k));
  }

  /** The token after an acronym in parentheses opening at {@code i} ("(DPC) has"), else {@code i}. */
  static int pastAnAcronym(Tokens t, int i) {
    boolean acronym = i + 2 < t.size() && t.word(i).equals("(") && t.word(i + 2).equals(")") && EntityTable.acronym(t.word(i + 1));
    return acronym ? i + 3 : i;
  }

  /**
   * Whether the name between commas names the description that opens its sentence, and the verb after
   * it is theirs: "The mayor of Toronto, Olivia Chow, welcomed the news." The description holds no verb
   * and no comma; a finite verb follows the name's closing comma.
   */
  private boolean namesTheOpeningDescription(int first, int comma) {
    int open = first - 1;
    if (open < 1 || !t.word(open).equals(",") || t.sentence(open) != t.sentence(first)) {
      return false;
    }
    int k = pastAdverbs(comma + 1);
    if (k >= t.size() || t.sentence(k) != t.sentence(first) || !t.finite(k)) {
      return false;
    }
    for (int p = open - 1; p >= 0 && t.sentence(p) == t.sentence(first); p--) {
      if (t.verb(p) || t.word(p).equals(",") || t.quoted(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names that open a sentence before ", which" somewhere in the article: a relative "which"
   * stands for a thing or a body, never a person ("Safaricom, which is 35 per cent owned by Vodacom,
   * said …", "Colleges Ontario, which represents the province's 24 public colleges, warned …"), so the
   * recogniser's "person" is wrong for every mention of the name.
   */
  private Set<String> namesOfThings() {
    Set<String> found = new HashSet<>();
    for (int i = 0; i + 2 < t.size(); i++) {
      boolean opening = t.sentenceStart(i) == i || t.sentenceStart(i) == i - 1 && t.lower(i - 1).equals("the");
      int last = i;
      while (opening && last + 3 < t.size() && last - i + 1 < MAX_THING_NAME && t.tag(last + 1).startsWith("NNP")) {
        last++;
      }
      if (opening && t.tag(i).startsWith("NNP") && t.word(last + 1).equals(",") && t.lower(last + 2).equals("which")) {
        found.add(t.span(i, last).in(t.text()));
      }
    }
    return found;
  }

  /**
   * Whether an "&" joins two capitalised words inside the name: "Johnson & Johnson", "Procter & Gamble",
   * "Marks & Spencer" name firms, never a person, whatever the recogniser reads ("Eli Lilly and Johnson
   * &amp; Johnson have …" had the speaker "Johnson", a man).
   */
  private boolean ampersandInside(int first, int last) {
    for (int i = first + 1; i < last; i++) {
      if (t.word(i).equals("&") && t.capitalized(i - 1) && t.capitalized(i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name is a social network handle after a noun for a person: "one Twitter user
   * @nycsouthpaw wrote" is someone named by the handle, not an unnamed group.
   */
  private boolean handleOfAPerson(int first, int last) {
    return first == last && first > 0 && t.handle(first) && words.isPersonNoun(t.lower(first - 1));
  }

  /**
   * Whether a name follows its trade in lower case, as firms are introduced, whatever the recogniser
   * reads: a one-word name with no given name after a body noun or a trade ("Software maker Cloudline
   * said …", "retailer Target", "copper miner Antofagasta"; not "software developer Jane Doe", whose
   * given name makes a person), or a name of up to {@value #MAX_FIRM_WORDS} words after a noun only a
   * firm is called ({@code name-finder.firm-nouns}: "mining giant Rio Tinto", "drugmaker Eli Lilly",
   * though "Rio" and "Eli" are given names). Every later mention of the name, as written, with nothing
   * of a person's own but a given name, is the firm too, and so is every one-word mention of a name
   * that opens someone's role before a title only a firm gives ({@code name-finder.corporate-titles}:
   * "Tesla CEO Elon Musk" makes "Tesla is recalling …" the company's, though the recogniser reads a
   * person's name).
   */
  private boolean afterItsTrade(int first, int last) {
    if (first == 0 || t.sentence(first - 1) != t.sentence(first) || t.capitalized(first - 1)) {
      return false;
    }
    String trade = t.lower(first - 1);
    if (first < last) {
      return last - first < MAX_FIRM_WORDS && FIRM_NOUNS.contains(trade);
    }
    return !words.isFirstName(t.lower(first)) && (words.isBodyNoun(trade) || TRADES.contains(trade) || FIRM_NOUNS.contains(trade));
  }

  /** The token after "on" and a day of the week at {@code k} ("Samsung on Tuesday posted"), else {@code k}. */
  static int pastTheDay(Tokens t, int k) {
    return k + 2 < t.size() && t.lower(k).equals("on") && DAYS.contains(t.lower(k + 1)) ? k + 2 : k;
  }

  /** The first token at or after {@code k} that is no adverb, or the number of tokens. */
  private int pastAdverbs(int k) {
    while (k < t.size() && t.tag(k).startsWith("RB")) {
      k++;
    }
    return k;
  }

  /** Whether token {@code p}, before the name at {@code first}, is "and" or "or" after another proper noun. */
  private boolean coordinated(int p, int first) {
    return p >= 1 && t.sentence(p) == t.sentence(first) && t.tag(p).equals("CC")
        && (t.lower(p).equals("and") || t.lower(p).equals("or")) && t.tag(p - 1).startsWith("NNP");
  }

  private boolean opensClause(int first) {
    int p = first - 1;
    while (p >= 0 && p > first - MAX_ROLE && (t.tag(p).startsWith("NN") || t.tag(p).startsWith("JJ"))
        && t.sentence(p) == t.sentence(first)) {
      p--; // "presidential nominee": role words the name run left out
    }
    if (p >= 0 && t.sentence(p) == t.sentence(first) && t.tag(p).equals("DT")) {
      p--;
    }
    boolean opening = p < 0 || t.opensSentence(p);
    if (!opening && t.sentence(p) == t.sentence(first) && OBJECT_BEFORE.test(t.tag(p))) {
      return false; // "the figure of Abraham Lincoln, …", "including the Conference of Mayors, …"; not "For Trump, …"
    }
    if (coordinated(p, first)) {
      return false; // "Her kids, Ava and Liam, had to change schools": the pair is the subject, neither name alone
    }
    if (p < 1 || t.sentence(p) != t.sentence(first) || !t.word(p).equals(",")) {
      return true;
    }
    boolean apposed = t.tag(p - 1).startsWith("NN") && !words.isCalendarWord(t.lower(p - 1)) || t.tag(p - 1).startsWith("PRP");
    return !apposed;
  }
}
