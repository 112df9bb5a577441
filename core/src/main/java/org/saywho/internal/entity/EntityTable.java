package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * The article's entities with their name indexes: full name, last name and first name for people,
 * full name for organisations and unnamed sources. Links a name to the entity it continues ("Trump"
 * after "President Donald Trump"; "Hillary" to "Hillary Clinton") or creates one.
 */
final class EntityTable {

  /** Nouns for relatives, whose bearers leave a shared surname to the other person who has it. */
  private static final Set<String> KIN = WordSets.named("entity-table.kin");
  /** Body words that name a body of their own besides ending other bodies' names ("House", "White House"). */
  private static final Set<String> OWN_BODIES = WordSets.named("entity-table.own-bodies");
  /** Prepositions a place's name follows ("in Cleveland"), which owns no one's role. */
  private static final Set<String> PLACE_PREPOSITIONS = WordSets.named("name-finder.place-prepositions");
  /** The fewest words of a full name whose inside word alone may name its person ("Luiz Inacio Lula da Silva"). */
  private static final int MIDDLE_NAMED = 4;

  private final Tokens t;
  private final Words words;
  private final List<EntityDraft> entities = new ArrayList<>();
  private final Map<String, EntityDraft> byKey = new LinkedHashMap<>();
  private final Map<String, List<EntityDraft>> byLast = new HashMap<>();
  private final Map<String, List<EntityDraft>> byFirst = new HashMap<>();
  /** Persons by the first of their two surnames, for a surname alone that no one bears last. */
  private final Map<String, List<EntityDraft>> byPaternal = new HashMap<>();
  private final Map<EntityDraft, Set<String>> firstNames = new HashMap<>();

  /**
   * The keys of names the recogniser reads as an organisation's somewhere in the article and never as a
   * person's: a mention of one it could not read ("Anthropic has raised …" in the lead, then "invested
   * $8 billion in Anthropic") names an organisation from the start, so "the company" can stand for it.
   */
  private final Set<String> organizationsOnly = new HashSet<>();

  /** The last words, lower case, of the article's names of people in two words or more ("trump" of "Donald Trump"). */
  private final Set<String> fullNameSurnames = new HashSet<>();

  EntityTable(Tokens t, Words words, List<NameMention> names) {
    this.t = t;
    this.words = words;
    Set<String> persons = new HashSet<>();
    for (NameMention m : names) {
      if (m.type() == Speaker.Type.PERSON && m.last() > m.first()) {
        fullNameSurnames.add(key(t.lower(m.last())));
      }
      if (m.type() == Speaker.Type.PERSON) {
        persons.add(String.join(" ", keyed(m).words()));
      } else if (m.type() == Speaker.Type.ORGANIZATION) {
        organizationsOnly.add(String.join(" ", keyed(m).words()));
      }
    }
    organizationsOnly.removeAll(persons);
  }

  /**
   * A name's key words, lower case (a hyphened surname one word, "Holtz-Eakin"; no "Jr."), and the
   * nickname it gives in quote marks ("Robert C. “Bobby” Scott"), or null.
   */
  private record Keyed(List<String> words, @Nullable String nickname) {}

  private Keyed keyed(NameMention m) {
    List<String> words = new ArrayList<>();
    String nickname = null;
    for (int i = m.first(); i <= m.last(); i++) {
      boolean joined = i > m.first() && i < m.last() && t.joinedByHyphen(i);
      if (joined) {
        // "Holtz-Eakin" is one surname, whether or not the tokenizer cut it at its hyphen
        words.set(words.size() - 1, words.get(words.size() - 1) + "-" + key(t.lower(++i)));
      } else if (NameFinder.quoteMark(t.word(i))) {
        if (i + 2 <= m.last() && NameFinder.quoteMark(t.word(i + 2))) {
          nickname = key(t.lower(++i)); // "Robert C. “Bobby” Scott" is also "Bobby Scott"
          i++;
        }
      } else if (i == m.first() || !Words.isNameSuffix(t.lower(i))) {
        words.add(key(t.lower(i)));
      }
    }
    return new Keyed(words, nickname);
  }

  /** Whether the recogniser reads the name, lower case, as an organisation's somewhere in the article and never as a person's. */
  boolean namedAsOrganization(String lower) {
    return organizationsOnly.contains(key(lower));
  }

  List<EntityDraft> entities() {
    return entities;
  }

  /** Links a name mention to its entity, creating one when the name is new. */
  EntityDraft link(NameMention m) {
    Keyed keyed = keyed(m);
    List<String> words = new ArrayList<>(keyed.words());
    String nickname = keyed.nickname();
    String text = withoutSentenceStop(t.text().substring(t.start(m.first()), t.end(m.last())));
    if (m.surname() >= 0) {
      words.add(key(t.lower(m.surname())));
      text = text + " " + t.word(m.surname());
    }
    String key = String.join(" ", words);
    EntityDraft e;
    if (m.type() != Speaker.Type.PERSON) {
      e = byKey.get(key);
      if (e == null && words.size() > 1) {
        e = personWhoseNameEndsWith(words, key, c -> true);
      }
      if (e == null) {
        e = shorterFormOf(words, text);
        if (e != null) {
          e.nameProperly(text, words.size());
        }
      }
      if (e == null) {
        e = legalNameOf(words);
      }
      if (e == null) {
        e = nameBeforeItsLegalForm(key);
      }
      if (e == null && m.type() == Speaker.Type.ORGANIZATION) {
        e = shortFormInTheHeadline(words, text);
      }
      if (e == null && m.type() == Speaker.Type.ORGANIZATION) {
        e = bodyCalledByItsKind(words);
      }
      if (e == null) {
        e = acronymNamedBefore(m, text, words.size());
        if (e != null) {
          byKey.put(key, e);
        }
      }
      if (e == null && words.size() == 1) {
        e = personWithSurnameLike(text);
      }
      if (e == null && words.size() == 1 && m.type() == Speaker.Type.UNKNOWN) {
        e = personCalledByFamilyName(words.get(0));
      }
      if (e == null && words.size() == 1) {
        e = organizationFirstNamed(words.get(0));
      }
      if (e == null) {
        boolean organization = m.type() == Speaker.Type.UNKNOWN && organizationsOnly.contains(key);
        e = create(text, words.size(), true, organization ? Speaker.Type.ORGANIZATION : m.type());
        byKey.put(key, e);
      }
    } else {
      EntityDraft body = byKey.get(key);
      if (body != null && personsFullName(body, m, words)) {
        body.becomePersonAfterAll();
      }
      EntityDraft company = nickname == null ? companyCalledSo(m, words, key) : null;
      if (company == null && sameBodyApposed(body, m, words)) {
        company = body;
      }
      e = company != null ? company : linkPerson(words, nickname, key, text, m.gender());
    }
    e.addMention(Span.of(t.start(m.first()), t.end(m.last())), m.last());
    e.learnGender(m.evidence(), m.gender());
    if (m.roleFirst() >= 0) {
      String role = t.text().substring(t.start(t.hyphenedFrom(m.roleFirst())), t.end(m.roleLast())); // "34-year-old resident"
      e.addRole(withItsOwner(t, e, m.roleFirst(), role));
    } else if (m.type() == Speaker.Type.PERSON) {
      int kin = apposedKinFrom(t, m.first());
      if (kin >= 0) {
        e.addRole(t.text().substring(t.start(kin), t.end(m.first() - 2)));
      }
    }
    return e;
  }

  /**
   * The first token of a relative's noun phrase the name at {@code first} is apposed to, or -1: "Her
   * son, David Pryce, helps on weekends" makes David Pryce someone's son, so that "Pryce" alone stays
   * with the mother the article is about ({@link #surnameBearer}). The phrase is a possessive or
   * determiner, adjectives perhaps, and a noun of {@code entity-table.kin} right before the name's comma.
   */
  private static int apposedKinFrom(Tokens t, int first) {
    int noun = first - 2;
    if (noun < 1 || !t.word(first - 1).equals(",") || !KIN.contains(t.lower(noun))) {
      return -1;
    }
    int k = noun - 1;
    while (k > 0 && t.tag(k).startsWith("JJ")) {
      k--;
    }
    if (t.tag(k).equals("POS")) {
      return noun; // "Smith's son, David Smith": the son
    }
    return t.tag(k).equals("PRP$") || t.tag(k).equals("DT") ? k : -1;
  }

  /**
   * A person's role with an opening "its" given the organisation it stands for: the one named last
   * before the role, in its sentence or the sentence before, not after a preposition of place
   * ({@code name-finder.place-prepositions}: "in Cleveland") ("Its president, Joe
   * Ajaero," after "The Nigeria Labour Congress … has threatened a strike" is "Nigeria Labour
   * Congress's president"; "said David Gilbert, its president", after "The host committee for the
   * Republican gathering in Cleveland", stays as written); the role as written when it opens otherwise
   * or no organisation is named so near. "His lawyer" and "their son" stay.
   *
   * @param t the tokens
   * @param holder the role's holder
   * @param roleFirst the role's first token
   * @param role the role as written
   * @return the role
   */
  String withItsOwner(Tokens t, EntityDraft holder, int roleFirst, String role) {
    if (holder.type() != Speaker.Type.PERSON || !t.lower(roleFirst).equals("its") || role.indexOf(' ') < 0) {
      return role;
    }
    int sentence = t.sentenceStart(roleFirst);
    int from = t.start(sentence > 0 ? t.sentenceStart(sentence - 1) : 0);
    int before = t.start(roleFirst);
    EntityDraft owner = null;
    int ownerEnd = -1;
    for (EntityDraft e : entities) {
      if (e.type() != Speaker.Type.ORGANIZATION || !e.named()) {
        continue;
      }
      for (Span m : e.mentions()) {
        int mFirst = t.firstAtOrAfter(m.start());
        boolean inAPlace = mFirst > 0 && PLACE_PREPOSITIONS.contains(t.lower(mFirst - 1)); // "in Cleveland"
        if (m.start() >= from && m.end() <= before && m.end() > ownerEnd && !inAPlace) {
          owner = e;
          ownerEnd = m.end();
        }
      }
    }
    return owner == null ? role : owner.name() + "'s" + role.substring(role.indexOf(' '));
  }

  /**
   * Whether a name read as an organisation's is the person a title or honorific gives the same full
   * name to ("Elon Musk said …", then "Tesla chief executive Elon Musk"): two words or more, none a
   * body's word.
   */
  private boolean personsFullName(EntityDraft body, NameMention m, List<String> words) {
    return body.type() == Speaker.Type.ORGANIZATION && body.named() && words.size() > 1
        && (m.roleFirst() >= 0 || m.evidence() == Speaker.GenderEvidence.HONORIFIC)
        && words.stream().noneMatch(w -> this.words.isOrgWord(w));
  }

  /**
   * Whether a name read as a person's only because of what stands beside it names the organisation the
   * article already called so: "Acme Robotics Announces …", then "Acme Robotics, a developer of
   * warehouse systems, today announced …" (the "developer" made it a person) is one company. The name has
   * two words or more and nothing of a person's own: no first name, honorific or title of its own.
   */
  private boolean sameBodyApposed(@Nullable EntityDraft body, NameMention m, List<String> words) {
    return body != null && body.type() == Speaker.Type.ORGANIZATION && words.size() > 1 && m.roleFirst() < 0
        && m.evidence() == Speaker.GenderEvidence.NONE && !personsFullName(body, m, words);
  }

  /**
   * The organisation a lone word read as a person's name without a title, honorific or pronoun names
   * already by its legal form ("Shopify Inc. shares rose", then "According to Bloomberg data, Shopify
   * is …"), when no person's name in the article ends with the word; or null. A lone word the
   * recogniser typed an organisation's before is no evidence: it reads "Trump" so in "Trump rally" too.
   */
  private @Nullable EntityDraft companyCalledSo(NameMention m, List<String> words, String key) {
    if (words.size() != 1 || m.roleFirst() >= 0 || m.evidence() != Speaker.GenderEvidence.NONE
        || fullNameSurnames.contains(key) || latest(byLast.get(key), c -> c.type() == Speaker.Type.PERSON) != null) {
      return null;
    }
    EntityDraft same = byKey.get(key);
    if (same == null) {
      return nameBeforeItsLegalForm(key);
    }
    boolean legalForm = same.type() == Speaker.Type.ORGANIZATION
        && same.mentions().stream().anyMatch(s -> s.in(t.text()).strip().indexOf(' ') > 0); // "Shopify Inc."
    return legalForm ? same : null;
  }

  private EntityDraft linkPerson(List<String> words, @Nullable String nickname, String key, String text, Gender gender) {
    // "De Blasio" is "Bill de Blasio" called by his surname, not a given name "De"
    boolean surnameOnly = words.size() == 1 || this.words.isNameParticle(words.get(0));
    Set<String> given = surnameOnly ? new HashSet<>() : new HashSet<>(words.subList(0, 1));
    if (nickname != null) {
      given.add(nickname);
    }
    String last = words.get(words.size() - 1);
    EntityDraft e = byKey.get(key);
    if (e != null && e.type() == Speaker.Type.UNKNOWN && e.named()) {
      e.becomePerson();
    }
    if (e == null || e.type() != Speaker.Type.PERSON || !gender.compatible(e.gender())) {
      e = null;
      if (!surnameOnly) {
        e = latest(byLast.get(last), c -> c.type() == Speaker.Type.PERSON && gender.compatible(c.gender())
            && (firstNames.get(c) == null || !Collections.disjoint(firstNames.get(c), given)));
        if (e == null) {
          e = personWhoseNameEndsWith(words, key, c -> gender.compatible(c.gender()));
        }
        if (e == null) {
          e = calledByGivenNameBefore(words.get(0), gender);
        }
        if (e == null) {
          e = calledByAMiddleNameBefore(words, gender);
        }
      } else {
        e = surnameBearer(last, gender);
        if (e == null) {
          List<EntityDraft> firsts = byFirst.getOrDefault(last, List.of());
          e = firsts.size() == 1 ? firsts.get(0) : null;
        }
        if (e == null) {
          e = latest(byPaternal.get(last), c -> c.type() == Speaker.Type.PERSON && gender.compatible(c.gender()));
        }
        if (e == null) {
          e = familyNameFirst(last);
        }
        if (e == null) {
          e = oneWithTheMiddleName(last, gender);
        }
        if (e == null && gender == Gender.UNKNOWN) {
          e = organizationFirstNamed(last);
        }
      }
    }
    if (e == null) {
      e = create(text, words.size(), true, Speaker.Type.PERSON);
    } else if (words.size() > e.nameTokens()) {
      e.setName(text, words.size());
    }
    byKey.putIfAbsent(key, e);
    index(byLast, last, e);
    String paternal = paternalSurname(words);
    if (paternal != null) {
      index(byPaternal, paternal, e);
    }
    if (!surnameOnly) {
      Set<String> names = firstNames.computeIfAbsent(e, k -> new HashSet<>(given));
      if (nickname != null) {
        names.add(nickname);
      }
      for (String name : names) {
        index(byFirst, name, e);
      }
    }
    return e;
  }

  /**
   * The person a surname alone names: the latest person with that surname, but one introduced as a
   * relative ({@code entity-table.kin}: "daughter Chelsea Clinton", "his wife, Melania Trump") only when
   * no one else has it. "Clinton had told police" after "Hillary Clinton" and "daughter Chelsea Clinton's
   * apartment" is Hillary Clinton; relatives named later are called by their given names.
   */
  private @Nullable EntityDraft surnameBearer(String last, Gender gender) {
    Predicate<EntityDraft> person = c -> c.type() == Speaker.Type.PERSON && gender.compatible(c.gender());
    EntityDraft other = latest(byLast.get(last), c -> person.test(c) && c.roles().stream().noneMatch(EntityTable::kin));
    return other != null ? other : latest(byLast.get(last), person);
  }

  /** Whether a role's last word names a relative ("daughter", "former wife"). */
  private static boolean kin(String role) {
    String lower = role.toLowerCase(Locale.ROOT);
    return KIN.contains(lower.substring(lower.lastIndexOf(' ') + 1));
  }

  /**
   * The latest person that passes {@code ok} whose longer full name ends with these words: "Wasserman
   * Schultz" after "Debbie Wasserman Schultz", and "St. Louis said", which the recogniser read as a
   * place, after "Canadiens coach Martin St. Louis".
   */
  private @Nullable EntityDraft personWhoseNameEndsWith(List<String> words, String key, Predicate<EntityDraft> ok) {
    String tail = " " + key;
    return latest(byLast.get(words.get(words.size() - 1)), c -> c.type() == Speaker.Type.PERSON && ok.test(c)
        && c.nameTokens() > words.size() && (" " + key(c.name().toLowerCase(Locale.ROOT))).endsWith(tail));
  }

  /**
   * The person the article called by a listed given name alone before it named them in full ("her
   * older sister Grace went with her", then "Grace Chen says"), who now takes the full name; null when
   * no one-word person of that name and a compatible gender was seen.
   */
  private @Nullable EntityDraft calledByGivenNameBefore(String given, Gender gender) {
    EntityDraft e = byKey.get(given);
    return e != null && e.type() == Speaker.Type.PERSON && e.nameTokens() == 1 && this.words.isFirstName(given)
        && gender.compatible(e.gender()) ? e : null;
  }

  /**
   * The person the article called by one word before naming them in full with it inside a name of
   * {@value #MIDDLE_NAMED} words or more ("Brazil's Lula" in the headline, then "President Luiz Inacio
   * Lula da Silva"), who now takes the full name; the one such person, of a compatible gender, else null.
   */
  private @Nullable EntityDraft calledByAMiddleNameBefore(List<String> words, Gender gender) {
    if (words.size() < MIDDLE_NAMED) {
      return null;
    }
    EntityDraft found = null;
    for (String middle : words.subList(1, words.size() - 1)) {
      EntityDraft e = byKey.get(middle);
      if (e != null && e.type() == Speaker.Type.PERSON && e.nameTokens() == 1 && gender.compatible(e.gender())
          && !this.words.isNameParticle(middle)) {
        if (found != null && found != e) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /**
   * The one person named in full in {@value #MIDDLE_NAMED} words or more with this word inside the name,
   * neither first nor last ("Lula" after "Luiz Inacio Lula da Silva"); null when none or several are,
   * or the gender disagrees.
   */
  private @Nullable EntityDraft oneWithTheMiddleName(String word, Gender gender) {
    if (this.words.isNameParticle(word)) {
      return null;
    }
    EntityDraft found = null;
    for (EntityDraft e : entities) {
      List<String> name = List.of(key(e.name().toLowerCase(Locale.ROOT)).split(" "));
      if (e.type() == Speaker.Type.PERSON && name.size() >= MIDDLE_NAMED && name.subList(1, name.size() - 1).contains(word)
          && gender.compatible(e.gender())) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /** Files the person under a name word, once. */
  private static void index(Map<String, List<EntityDraft>> by, String word, EntityDraft e) {
    List<EntityDraft> same = by.computeIfAbsent(word, k -> new ArrayList<>());
    if (!same.contains(e)) {
      same.add(e);
    }
  }

  /**
   * The first of two surnames after a first name, by which the person may be called alone ("Acosta"
   * for "Melba Acosta Febo", "López" for "Andrés Manuel López Obrador"): the word before the last,
   * when it is neither a first name, an initial nor a particle; null for other names.
   */
  private @Nullable String paternalSurname(List<String> name) {
    if (name.size() < 3 || !this.words.isFirstName(name.get(0))) {
      return null;
    }
    String paternal = name.get(name.size() - 2);
    boolean surname = paternal.length() > 2 && !this.words.isFirstName(paternal) && !this.words.isNameParticle(paternal);
    return surname ? paternal : null;
  }

  /**
   * The organisation an acronym or a shorter name stands for: "IMF" after "International Monetary
   * Fund" (the initials of its capitalised words), "Security Council" after "United Nations Security
   * Council" (the end of its name).
   */
  private @Nullable EntityDraft shorterFormOf(List<String> words, String text) {
    String acronym = text.replace(".", "");
    boolean isAcronym = words.size() == 1 && acronym(text);
    String tail = " " + String.join(" ", words);
    return latest(entities, e -> e.type() == Speaker.Type.ORGANIZATION && (isAcronym ? initials(e.name()).equals(acronym)
        : words.size() >= 2 && (" " + key(e.name().toLowerCase(Locale.ROOT))).endsWith(tail)));
  }

  /**
   * The organisation named before by a company's legal name without its closing words ("Apple" before
   * "Apple Inc.", "BHP" before "BHP Group Ltd"), or null.
   */
  private @Nullable EntityDraft legalNameOf(List<String> words) {
    int end = words.size();
    while (end > 1 && this.words.isCorporateSuffix(words.get(end - 1))) {
      end--;
    }
    EntityDraft e = end < words.size() ? byKey.get(String.join(" ", words.subList(0, end))) : null;
    if (e != null && e.type() == Speaker.Type.UNKNOWN && e.named()) {
      e.becomeOrganization(); // "Canadian Tire" in a headline, then "Canadian Tire Corp. Ltd."
    }
    return e != null && e.type() == Speaker.Type.ORGANIZATION ? e : null;
  }

  /**
   * The organisation named before by its legal name, which is this name and closing words ("Canadian
   * Tire Corp. Ltd." before "Canadian Tire"), or null.
   */
  private @Nullable EntityDraft nameBeforeItsLegalForm(String key) {
    for (var entry : byKey.entrySet()) {
      String longer = entry.getKey();
      if (entry.getValue().type() == Speaker.Type.ORGANIZATION && longer.startsWith(key + " ")
          && Arrays.stream(longer.substring(key.length() + 1).split(" ")).allMatch(words::isCorporateSuffix)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The organisation a headline named by its initials or, for a company, by the first word of its name
   * alone, named now in full: "WHO declares …", then "The World Health Organization declared …", is one
   * body, and "Samsung profit beats forecasts", then "Samsung Electronics on Tuesday posted …", one
   * company; it takes the full name. Not when the first word names a place or a person, nor when a
   * word after it names a body of some kind ("Ford", then the "Ford Foundation", are two), nor when the
   * article has named the lone word outside its headline ("Apple said …", then "Apple Music said …",
   * are two); null then.
   */
  private @Nullable EntityDraft shortFormInTheHeadline(List<String> words, String text) {
    if (words.size() < 2) {
      return null;
    }
    String initials = initials(text);
    EntityDraft e = initials.length() == words.size() ? byKey.get(key(initials.toLowerCase(Locale.ROOT))) : null;
    if (e == null || !acronym(e.name())) {
      boolean company = !this.words.isPlace(words.get(0)) && words.subList(1, words.size()).stream().noneMatch(this.words::isBodyNoun);
      e = company && !byLast.containsKey(words.get(0)) ? byKey.get(words.get(0)) : null;
    }
    if (e == null || !e.named() || e.nameTokens() != 1 || e.type() == Speaker.Type.PERSON
        || !e.mentions().stream().allMatch(this::inTheHeadline)) {
      return null;
    }
    if (e.type() == Speaker.Type.UNKNOWN) {
      e.becomeOrganization();
    }
    e.setName(text, words.size());
    return e;
  }

  /**
   * The one organisation named before whose name ends in this lone body's word: "Commission data" after
   * "the European Commission" is the Commission's. Null when no organisation or more than one ends so
   * ("Court" after the "Supreme Court" and the "High Court"), or when the word is one that names a body
   * of its own as well ({@code entity-table.own-bodies}: "House" after the "White House").
   */
  private @Nullable EntityDraft bodyCalledByItsKind(List<String> words) {
    if (words.size() != 1 || !this.words.isBodyNoun(words.get(0)) || OWN_BODIES.contains(words.get(0))) {
      return null;
    }
    String tail = " " + words.get(0);
    List<EntityDraft> found = entities.stream().filter(e -> e.type() == Speaker.Type.ORGANIZATION && e.nameTokens() >= 2
        && (" " + key(e.name().toLowerCase(Locale.ROOT))).endsWith(tail)).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** Whether the mention lies in the article's first sentence and that has no full stop: a headline. */
  private boolean inTheHeadline(Span mention) {
    int end = 0;
    while (end + 1 < t.size() && t.sentence(end + 1) == 0) {
      end++;
    }
    return t.size() > 0 && t.firstAtOrAfter(mention.start()) <= end && !t.word(end).equals(".");
  }

  /**
   * The organisation whose longer name starts with the word a lone name is ("Peabody" after "Peabody
   * Energy"), when no person bears it and no honorific makes it one: a company called by its first
   * word. Null when there is none.
   */
  private @Nullable EntityDraft organizationFirstNamed(String word) {
    if (words.isOrgWord(word)) {
      return null; // "Senate" is not "Senate Republicans"
    }
    return latest(entities, e -> e.type() == Speaker.Type.ORGANIZATION && e.nameTokens() >= 2
        && key(e.name().toLowerCase(Locale.ROOT)).startsWith(word + " "));
  }

  /**
   * The organisation already called by the acronym this name spells out in parentheses after it
   * ("TSMC" in a headline, then "Taiwan Semiconductor Manufacturing Co (TSMC)"), named now in full;
   * or null.
   */
  private @Nullable EntityDraft acronymNamedBefore(NameMention m, String text, int tokens) {
    int open = m.last() + 1;
    if (open + 2 >= t.size() || !t.word(open).equals("(") || !t.word(open + 2).equals(")")) {
      return null;
    }
    String acronym = t.word(open + 1).replace(".", "");
    EntityDraft e = byKey.get(key(t.lower(open + 1)));
    if (e == null || acronym.length() < 2 || !acronym.equals(initials(text)) || e.type() == Speaker.Type.PERSON) {
      return null;
    }
    if (e.type() == Speaker.Type.UNKNOWN) {
      e.becomeOrganization();
    }
    e.setName(text, tokens);
    return e;
  }

  /**
   * The organisation an acronym the recogniser did not mark stands for ("CNS" after "Christian News
   * Service"), or null.
   *
   * @param token the acronym's token
   */
  @Nullable EntityDraft acronymOf(int token) {
    String text = t.word(token);
    return shorterFormOf(List.of(key(t.lower(token))), text);
  }

  /** Whether a word is in capitals once its full stops are gone, two letters or more ("UN", "U.N.", "IMF"). */
  static boolean acronym(String word) {
    String w = word.replace(".", "");
    return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
  }

  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** The entity mentioned last before token {@code before} that passes {@code ok}, or null. */
  @Nullable EntityDraft latestBefore(int before, Predicate<EntityDraft> ok) {
    return latest(entities, e -> e.lastMention() < before && ok.test(e));
  }

  /** The entity of {@code list} mentioned last that passes {@code ok}, or null. */
  private static @Nullable EntityDraft latest(@Nullable List<EntityDraft> list, Predicate<EntityDraft> ok) {
    EntityDraft best = null;
    if (list != null) {
      for (EntityDraft c : list) {
        if (ok.test(c) && (best == null || c.lastMention() > best.lastMention())) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The person a transcript's speaker label names ("PENCE:", "WALLACE:"): the latest person with that
   * last name ("Mike Pence"), else a new person under the label.
   *
   * @param token the label's token
   */
  EntityDraft labelledPerson(int token) {
    String last = key(t.lower(token));
    EntityDraft e = personWithSurname(token);
    if (e == null) {
      e = byKey.get(last);
    }
    if (e == null || e.type() != Speaker.Type.PERSON) {
      e = create(t.word(token), 1, true, Speaker.Type.PERSON);
      byKey.put(last, e);
      byLast.computeIfAbsent(last, k -> new ArrayList<>()).add(e);
    }
    return e;
  }

  /**
   * The latest person whose surname the token is, or null: a capitalised word the tagger did not read
   * as a name ("Ditto said" after "Jessica Ditto").
   *
   * @param token the word's token
   */
  @Nullable EntityDraft personWithSurname(int token) {
    return latest(byLast.get(key(t.lower(token))), c -> c.type() == Speaker.Type.PERSON);
  }

  /**
   * The organisation a lone acronym speaker names ("RT reported", "The S.E.C. said"), when no longer
   * name in the article stands for it: the entity the article already calls so, else a new one.
   *
   * @param token the acronym's token
   */
  EntityDraft organizationCalled(int token) {
    String key = key(t.lower(token));
    EntityDraft e = byKey.get(key);
    if (e == null) {
      e = create(withoutSentenceStop(t.word(token)), 1, true, Speaker.Type.ORGANIZATION);
      byKey.put(key, e);
    }
    return e;
  }

  /**
   * Returns the unnamed entity described by {@code description}: the one the article already
   * describes so, else a misspelt surname's person ("Wines" after "Leslie Wimes"), else the one group
   * this set names with more or fewer modifiers ("experts" and "labor-policy experts"), else a new one.
   */
  EntityDraft unnamed(String description, Speaker.Type type) {
    return unnamed(description, type, false);
  }

  /**
   * Returns the unnamed entity described by {@code description}, as {@link #unnamed(String,
   * Speaker.Type)} does, or, for a description that says it is someone else ("another worker" after
   * "one worker"), a new one, which the description then stands for.
   */
  EntityDraft unnamed(String description, Speaker.Type type, boolean someoneElse) {
    String key = "#" + description.toLowerCase(Locale.ROOT);
    EntityDraft e = someoneElse ? null : describedBefore(description, type, key);
    if (e == null) {
      e = create(description, description.split("\\s+").length, false, type);
    }
    byKey.put(key, e);
    return e;
  }

  /** The entity the article already described as {@code description} ({@link #unnamed(String, Speaker.Type)}), or null. */
  private @Nullable EntityDraft describedBefore(String description, Speaker.Type type, String key) {
    EntityDraft e = byKey.get(key);
    if (e == null && description.indexOf(' ') < 0) {
      e = sameNameAsANamedOne(description);
    }
    if (e == null && description.indexOf(' ') < 0) {
      e = personWithSurnameLike(description);
    }
    if (e == null && type == Speaker.Type.GROUP) {
      e = sameGroup(description);
      if (e != null && description.length() > e.name().length()) {
        e.setName(description, description.split("\\s+").length);
      }
    }
    return e;
  }

  /**
   * The named entity a lone capitalised word read as a common noun repeats ("Chow responded on X", the
   * tagger's "chow", after "Chow said …"), or null.
   */
  private @Nullable EntityDraft sameNameAsANamedOne(String word) {
    EntityDraft e = Character.isUpperCase(word.charAt(0)) ? byKey.get(key(word.toLowerCase(Locale.ROOT))) : null;
    return e != null && e.named() ? e : null;
  }

  /**
   * The one person whose surname a lone capitalised word misspells by a letter ("McLenney" after
   * "Tyresha McClenney"), or null: a word of five letters or more, not an acronym, with the
   * surname's first letter, and no other surname as near.
   */
  private @Nullable EntityDraft personWithSurnameLike(String word) {
    String w = key(word.toLowerCase(Locale.ROOT));
    boolean capitalised = word.length() >= 5 && Character.isUpperCase(word.charAt(0))
        && !lettersInCapitals(word);
    if (!capitalised || byLast.containsKey(w)) {
      return null;
    }
    EntityDraft found = null;
    for (Map.Entry<String, List<EntityDraft>> s : byLast.entrySet()) {
      if (s.getKey().length() >= 5 && s.getKey().charAt(0) == w.charAt(0) && oneEditApart(s.getKey(), w)) {
        for (EntityDraft c : s.getValue()) {
          if (c.type() == Speaker.Type.PERSON) {
            if (found != null && found != c) {
              return null;
            }
            found = c;
          }
        }
      }
    }
    return found;
  }

  /** Whether one letter replaced, added or dropped turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int skipA = a.length() >= b.length() ? 1 : 0;
    int skipB = b.length() >= a.length() ? 1 : 0;
    return a.substring(i + skipA).equals(b.substring(i + skipB));
  }

  /**
   * The one group described with the same head noun whose other words hold, or are held by, this
   * description's ("experts" and "labor-policy experts"; "Black Lawmakers" and "top black
   * lawmakers"), possessives aside; null when none or several.
   */
  private @Nullable EntityDraft sameGroup(String description) {
    List<String> words = groupWords(description);
    if (words.isEmpty()) {
      return null;
    }
    String head = words.get(words.size() - 1);
    EntityDraft found = null;
    for (EntityDraft c : entities) {
      if (c.type() != Speaker.Type.GROUP || c.named()) {
        continue;
      }
      List<String> other = groupWords(c.name());
      if (!other.isEmpty() && other.get(other.size() - 1).equals(head)
          && (other.containsAll(words) || words.containsAll(other))) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * A group description's lowercase words without possessives; empty unless its head is a plural
   * noun and no word picks out part of a set ("some experts", "other officials": groups of their own).
   */
  private List<String> groupWords(String description) {
    List<String> out = new ArrayList<>();
    for (String w : description.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (words.isGroupPart(w) || words.isQuantity(w)) {
        return List.of();
      }
      if (!w.isEmpty() && !words.isGroupOwner(w)) {
        out.add(w);
      }
    }
    boolean plural = !out.isEmpty() && out.get(out.size() - 1).matches("[a-z-]{3,}s");
    return plural ? out : List.of();
  }

  /**
   * The person a lone word of no known type names by the first word of a two-word name, when that
   * word is no listed given name: a name written family name first ("Xu" after "Xu Mei"), or a given
   * name the lists lack ("Megyn" after "Megyn Kelly"). Null unless exactly one person has it.
   */
  private @Nullable EntityDraft personCalledByFamilyName(String word) {
    List<EntityDraft> firsts = byFirst.getOrDefault(word, List.of());
    if (firsts.size() != 1 || this.words.isFirstName(word)) {
      return null;
    }
    EntityDraft e = firsts.get(0);
    return e.type() == Speaker.Type.PERSON && e.nameTokens() == 2 ? e : null;
  }

  /**
   * The name an article gives family name first ("Ban Ki-moon", later "Mr. Ban"): a named entity
   * not yet known to be a person, of two words, the second a hyphenated given name ("Ki-moon",
   * "Jong-un"), whose first word is {@code surname}. Becomes a person; null when there is none.
   */
  private @Nullable EntityDraft familyNameFirst(String surname) {
    EntityDraft e = latest(entities, c -> c.named() && c.type() == Speaker.Type.UNKNOWN
        && c.name().toLowerCase(Locale.ROOT).startsWith(surname + " ") && c.name().matches("\\S+ \\p{Lu}\\p{Ll}+-\\p{Ll}+"));
    if (e != null) {
      e.becomePerson();
    }
    return e;
  }

  private EntityDraft create(String name, int tokens, boolean named, Speaker.Type type) {
    EntityDraft e = new EntityDraft(entities.size(), name, tokens, named, type);
    entities.add(e);
    return e;
  }

  /** A name without the full stop of the sentence it ends ("said of RT."), not an abbreviation's ("S.E.C."). */
  private static String withoutSentenceStop(String name) {
    boolean oneDotAtTheEnd = name.length() > 2 && name.indexOf('.') == name.length() - 1
        && Character.isUpperCase(name.charAt(name.length() - 2));
    return oneDotAtTheEnd && lettersInCapitals(name) ? name.substring(0, name.length() - 1) : name;
  }

  /** Whether every letter of {@code s} is a capital, as in an acronym ("RT", "S.E.C."). */
  private static boolean lettersInCapitals(String s) {
    return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static String key(String lower) {
    return lower.replace(".", "").replace("’", "'");
  }
}
