package org.saywho.internal.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The word lists SayWho's rules consult: titles and honorifics, nouns for people, organisations and
 * documents, first names with their gender, demonyms and place names. Immutable.
 */
public final class Words {

  private static final String MODELS = "org/saywho/models/";
  private static final String CORENLP = "edu/stanford/nlp/models/dcoref/";
  private static final Set<String> NAME_SUFFIXES = WordSets.named("words.name-suffixes");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Set<String> titles = new HashSet<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Map<String, Gender> wordGender = new HashMap<>();
  private final Map<String, Gender> firstNames = new HashMap<>();
  private final Map<String, Gender> compoundHeads = new HashMap<>();
  private final Set<String> indefinitePronouns = new HashSet<>();
  private final Set<String> titleAbbreviations = new HashSet<>();
  private final Map<String, Gender> moreFirstNames = new HashMap<>();
  private final Set<String> quantities = new HashSet<>();
  private final Set<String> offices = new HashSet<>();
  private final Set<String> recordings = new HashSet<>();
  private final Set<String> partyNouns = new HashSet<>();
  private final Set<String> familyNamesFirst = new HashSet<>();
  private final Set<String> regionAbbreviations = new HashSet<>();
  private final Set<String> findingVerbs = new HashSet<>();
  private final Set<String> actionVerbs = new HashSet<>();
  private final Set<String> countryNouns = new HashSet<>();
  private final Set<String> nameParticles = new HashSet<>();
  private final Set<String> patronymicParticles = new HashSet<>();
  private final Set<String> officeQualifiers = new HashSet<>();
  private final Set<String> phrasalActions = new HashSet<>();
  private final Set<String> corporateSuffixes = new HashSet<>();
  private final Set<String> portfolioWords = new HashSet<>();
  private final Set<String> postNominals = new HashSet<>();
  private final Set<String> headlineVerbs = new HashSet<>();
  private final Map<String, List<String>> titleSynonyms = new HashMap<>();
  private final Set<String> calendar = new HashSet<>();
  private final Set<String> personSingular = new HashSet<>();
  private final Set<String> personPlural = new HashSet<>();
  private final Set<String> orgWords = new HashSet<>();
  private final Set<String> orgNameWords = new HashSet<>();
  private final Set<String> stateBodies = new HashSet<>();
  private final Set<String> placeBodies = new HashSet<>();
  private final Map<String, Set<String>> bodyKinds = new HashMap<>();
  private final Set<String> regions = new HashSet<>();
  private final Map<String, Gender> genderedNouns = new HashMap<>();
  private final Set<String> things = new HashSet<>();
  private final Set<String> sourceIdioms = new HashSet<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Set<String> places = new HashSet<>();
  private final Set<String> countries = new HashSet<>();
  private final Set<String> furniture = new HashSet<>();
  private final Set<String> commaFurniture = new HashSet<>();
  private final Set<String> publisherNotes = new HashSet<>();
  private final List<String> readerPrompts = new ArrayList<>();
  private final Set<String> scheduleHeadings = new HashSet<>();
  private final Set<String> compoundNouns = new HashSet<>();
  private final List<String> topicOpeners = new ArrayList<>();
  private final List<String> timeLabels = new ArrayList<>();
  private final Set<String> socialNetworks = new HashSet<>();
  private final Set<String> participlePrepositions = new HashSet<>();
  private final Set<String> media = new HashSet<>();
  private final Set<String> journalistTitles = new HashSet<>();
  private final Set<String> placeNouns = new HashSet<>();
  private final Set<String> areaNouns = new HashSet<>();
  private final Set<String> localLevels = new HashSet<>();
  private final Set<String> agentNouns = new HashSet<>();
  private final Set<String> anonymous = new HashSet<>();
  private final Set<String> anonymityVerbs = new HashSet<>();
  private final Set<String> receivingVerbs = new HashSet<>();
  private final Set<String> targetVerbs = new HashSet<>();
  private final Set<String> relativeDays = new HashSet<>();
  private final Set<String> approximators = new HashSet<>();
  private final Set<String> sourcePhrases = new HashSet<>();
  private final Set<String> issuingVerbs = new HashSet<>();
  private final Set<String> pluralNounCues = new HashSet<>();
  private final Set<String> listenerInfinitiveVerbs = new HashSet<>();
  private final Set<String> invertedCues = new HashSet<>();
  private final Set<String> groupOwners = new HashSet<>();
  private final Set<String> groupParts = new HashSet<>();
  private final Set<String> inanimate = new HashSet<>();
  private final Set<String> animate = new HashSet<>();

  private Words() {}

  /** Loads every list from the classpath. */
  public static Words load() {
    Words w = new Words();
    for (String line : Resources.lines(MODELS + "titles.txt")) {
      String[] f = line.split("\t");
      String word = f[0].trim();
      if (word.startsWith("!")) {
        word = word.substring(1);
        w.honorifics.add(word);
      } else {
        w.titles.add(word);
      }
      if (f.length > 1) {
        w.wordGender.put(word, f[1].trim().equals("F") ? Gender.FEMALE : Gender.MALE);
      }
    }
    for (String line : Resources.lines(MODELS + "title-synonyms.tsv")) {
      List<String> set = Arrays.stream(line.split("\t")).map(String::trim).toList();
      set.forEach(word -> w.titleSynonyms.put(word, set.stream().filter(other -> !other.equals(word)).toList()));
    }
    for (String line : Resources.lines(MODELS + "person-nouns.txt")) {
      String[] f = line.split("\t");
      w.personSingular.add(f[0].trim());
      w.personPlural.add(f[f.length - 1].trim());
    }
    for (String label : trimmedLines("furniture.txt")) {
      if (label.endsWith(",")) {
        label = label.substring(0, label.length() - 1);
        w.commaFurniture.add(label);
      }
      w.furniture.add(label);
    }
    w.publisherNotes.addAll(trimmedLines("publisher-notes.txt"));
    w.readerPrompts.addAll(trimmedLines("reader-prompts.txt"));
    w.scheduleHeadings.addAll(trimmedLines("schedule-headings.txt"));
    w.compoundNouns.addAll(trimmedLines("compound-nouns.txt"));
    w.topicOpeners.addAll(trimmedLines("topic-openers.txt"));
    w.timeLabels.addAll(trimmedLines("time-labels.txt"));
    w.socialNetworks.addAll(trimmedLines("social-networks.txt"));
    w.participlePrepositions.addAll(trimmedLines("participle-prepositions.txt"));
    w.media.addAll(trimmedLines("media-nouns.txt"));
    w.journalistTitles.addAll(trimmedLines("journalist-titles.txt"));
    w.placeNouns.addAll(trimmedLines("place-nouns.txt"));
    w.areaNouns.addAll(trimmedLines("area-nouns.txt"));
    w.localLevels.addAll(trimmedLines("local-levels.txt"));
    w.agentNouns.addAll(trimmedLines("agent-nouns.txt"));
    w.anonymous.addAll(trimmedLines("anonymous-nouns.txt"));
    w.anonymityVerbs.addAll(trimmedLines("anonymity-verbs.txt"));
    w.receivingVerbs.addAll(trimmedLines("receiving-verbs.txt"));
    w.targetVerbs.addAll(trimmedLines("target-verbs.txt"));
    w.relativeDays.addAll(trimmedLines("relative-days.txt"));
    w.approximators.addAll(trimmedLines("approximators.txt"));
    w.sourcePhrases.addAll(trimmedLines("source-phrases.txt"));
    w.issuingVerbs.addAll(trimmedLines("issuing-verbs.txt"));
    w.pluralNounCues.addAll(trimmedLines("plural-noun-cues.txt"));
    w.listenerInfinitiveVerbs.addAll(trimmedLines("listener-infinitive-verbs.txt"));
    w.invertedCues.addAll(trimmedLines("inverted-cues.txt"));
    for (String line : Resources.lines(MODELS + "group-determiners.tsv")) {
      String[] f = line.split("\t");
      (f[1].trim().equals("PART") ? w.groupParts : w.groupOwners).add(f[0].trim());
    }
    w.calendar.addAll(trimmedLines("calendar-words.txt"));
    w.recordings.addAll(trimmedLines("recordings.txt"));
    w.partyNouns.addAll(trimmedLines("party-nouns.txt"));
    w.familyNamesFirst.addAll(trimmedLines("family-names-first.txt"));
    w.regionAbbreviations.addAll(trimmedLines("region-abbreviations.txt"));
    w.findingVerbs.addAll(trimmedLines("finding-verbs.txt"));
    w.actionVerbs.addAll(trimmedLines("action-verbs.txt"));
    w.countryNouns.addAll(trimmedLines("country-nouns.txt"));
    w.nameParticles.addAll(trimmedLines("name-particles.txt"));
    w.patronymicParticles.addAll(trimmedLines("patronymic-particles.txt"));
    w.officeQualifiers.addAll(trimmedLines("office-qualifiers.txt"));
    w.phrasalActions.addAll(trimmedLines("phrasal-actions.txt"));
    w.corporateSuffixes.addAll(trimmedLines("corporate-suffixes.txt"));
    w.portfolioWords.addAll(trimmedLines("portfolio-words.txt"));
    w.postNominals.addAll(trimmedLines("post-nominals.txt"));
    w.headlineVerbs.addAll(trimmedLines("headline-verbs.txt"));
    w.offices.addAll(trimmedLines("offices.txt"));
    w.quantities.addAll(trimmedLines("quantity-words.txt"));
    w.orgWords.addAll(trimmedLines("org-words.txt"));
    w.orgNameWords.addAll(trimmedLines("org-name-words.txt"));
    w.orgWords.addAll(w.orgNameWords);
    w.stateBodies.addAll(trimmedLines("state-bodies.txt"));
    w.placeBodies.addAll(trimmedLines("place-bodies.txt"));
    for (String line : Resources.lines(MODELS + "body-kinds.tsv")) {
      String[] f = line.split("\t");
      w.bodyKinds.put(f[0].trim(), Set.of(f[1].trim().split(",")));
    }
    w.indefinitePronouns.addAll(trimmedLines("indefinite-pronouns.txt"));
    w.titleAbbreviations.addAll(trimmedLines("title-abbreviations.txt"));
    w.sourceIdioms.addAll(trimmedLines("source-idioms.txt"));
    for (String line : Resources.lines(MODELS + "source-things.txt")) {
      for (String f : line.split("\t")) {
        w.things.add(f.trim());
      }
    }
    Set<String> unisex = new HashSet<>(trimmedLines("unisex-first-names.txt"));
    for (String line : Resources.lines(CORENLP + "namegender.combine.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
        String name = f[0].trim();
        Gender g = f[1].equals("MALE") ? Gender.MALE : Gender.FEMALE;
        Gender before = w.firstNames.putIfAbsent(name, g);
        if (before != null && before != g || unisex.contains(name)) {
          w.firstNames.put(name, Gender.UNKNOWN);
        }
      }
    }
    readGenders("gendered-nouns.tsv", w.genderedNouns);
    w.genderedNouns.forEach(w.wordGender::putIfAbsent);
    readGenders("compound-name-heads.tsv", w.compoundHeads);
    readGenders("more-first-names.tsv", w.moreFirstNames);
    readGenders("regional-first-names.tsv", w.firstNames); // first names as CoreNLP's are: "Ngozi Okonjo-Iweala"
    for (String line : Resources.lines(CORENLP + "demonyms.txt")) {
      String[] f = line.split("\t");
      w.places.add(lower(f[0]));
      w.countries.add(lower(f[0]));
      for (int i = 1; i < f.length; i++) {
        w.demonyms.add(lower(f[i]));
      }
    }
    Set<String> animate = new HashSet<>(Resources.lines(CORENLP + "animate.unigrams.txt"));
    for (String line : animate) {
      if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
        w.animate.add(line);
      }
    }
    for (String line : Resources.lines(CORENLP + "inanimate.unigrams.txt")) {
      if (!animate.contains(line) && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
        w.inanimate.add(line);
      }
    }
    for (String file : List.of("countries", "statesandprovinces")) {
      for (String line : Resources.lines(CORENLP + file)) {
        String[] f = line.split("\t");
        w.places.add(lower(f[f.length - 1]));
        if (file.equals("countries")) {
          w.countries.add(lower(f[f.length - 1]));
        } else {
          w.regions.add(lower(f[f.length - 1]));
        }
      }
    }
    w.regions.addAll(trimmedLines("regions.txt"));
    return w;
  }

  /**
   * Returns whether the lower-case word is a generational suffix ("jr.", "iii"): part of a full name,
   * never its surname.
   */
  public static boolean isNameSuffix(String lower) {
    return NAME_SUFFIXES.contains(lower);
  }

  /** The lines of a list in saywho-models, trimmed. */
  private static List<String> trimmedLines(String file) {
    return Resources.lines(MODELS + file).stream().map(String::trim).toList();
  }

  /** Reads a models file of {@code name<TAB>MALE|FEMALE} lines into {@code into}. */
  private static void readGenders(String file, Map<String, Gender> into) {
    for (String line : Resources.lines(MODELS + file)) {
      String[] f = line.split("\t");
      into.put(f[0], f[1].equals("MALE") ? Gender.MALE : Gender.FEMALE);
    }
  }

  private static String lower(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether a lower-case common noun names a thing, not a being, by the animacy lists of
   * Ji and Lin (2009) that CoreNLP ships ("worries", "tactics", "speech"); nouns on both lists are
   * not things.
   *
   * @param lower a noun as written, lower case
   * @return true when only the inanimate list holds it
   */
  public boolean isInanimate(String lower) {
    return inanimate.contains(lower);
  }

  /**
   * Returns whether CoreNLP's animacy list holds the lower-case noun as animate ("nurse", "farmer").
   *
   * @param lower the noun, lower case
   * @return true when the animate list holds it
   */
  public boolean isAnimate(String lower) {
    return animate.contains(lower);
  }

  /**
   * Returns whether {@code lower} is a noun for a source articles keep unnamed ("source", "official").
   *
   * @param lower a singular noun, lower case
   * @return true when listed
   */
  public boolean isAnonymous(String lower) {
    return anonymous.contains(lower);
  }

  /**
   * Returns whether the lower-case participle states a source's condition of anonymity ("named" in
   * "asked not to be named").
   *
   * @param lower the word, lower case
   * @return true when listed
   */
  public boolean isAnonymityVerb(String lower) {
    return anonymityVerbs.contains(lower);
  }

  /**
   * Returns whether the lower-case verb form has for its object a document the subject got from
   * someone else ("received" in "she received a letter saying …").
   *
   * @param lower the word, lower case
   * @return true when listed
   */
  public boolean isReceivingVerb(String lower) {
    return receivingVerbs.contains(lower);
  }

  /**
   * Returns whether the lower-case word is a reporting verb's third-person form that is also a plural
   * noun ("states", "notes", "claims").
   *
   * @param lower the word, lower case
   * @return true when listed
   */
  public boolean isPluralNounCue(String lower) {
    return pluralNounCues.contains(lower);
  }

  /**
   * Returns whether the lower-case past form needs a listener before its "to" infinitive in the
   * active ("told", "ordered"), so that right after a noun it is a passive participle.
   */
  public boolean isListenerInfinitiveVerb(String lower) {
    return listenerInfinitiveVerbs.contains(lower);
  }

  /**
   * Returns whether the verb, as a lemma, has for its object a document the subject put out ("posted"
   * in "The company posted a message saying the site was down").
   *
   * @param lemma the verb's lemma, lower case
   * @return true when listed
   */
  public boolean isIssuingVerb(String lemma) {
    return issuingVerbs.contains(lemma);
  }

  /**
   * Returns how many words of a phrase name the source after them as "according to" does: 2 for a
   * listed two-word phrase ("as per" in "As per officials, the corporation runs 3,900 buses"), 1 for
   * a listed word ("per" in "…, per the ministry"), 0 otherwise.
   *
   * @param first a word, lower case
   * @param second the word after it, lower case
   * @return the phrase's length in words, or 0
   */
  public int sourcePhraseLength(String first, String second) {
    return sourcePhrases.contains(first + " " + second) ? 2 : sourcePhrases.contains(first) ? 1 : 0;
  }

  /**
   * Returns whether {@code lower} says whose a group is rather than which ("his" in "his aides").
   *
   * @param lower a word, lower case
   * @return true when listed
   */
  public boolean isGroupOwner(String lower) {
    return groupOwners.contains(lower);
  }

  /**
   * Returns whether {@code lower} picks out part of a set ("some" in "some experts", "other").
   *
   * @param lower a word, lower case
   * @return true when listed
   */
  public boolean isGroupPart(String lower) {
    return groupParts.contains(lower);
  }

  /**
   * Returns whether {@code lower} is a reporting verb that can open a sentence before its speaker's
   * name ("said" in "Said Ellis: …").
   *
   * @param lower a word, lower case
   * @return true when listed
   */
  public boolean isInvertedCue(String lower) {
    return invertedCues.contains(lower);
  }

  /**
   * Returns whether {@code lower} labels page furniture ("read more", "watch", "photo", "caption").
   *
   * @param lower a label, lower case, without its trailing colon
   * @return true when listed
   */
  public boolean isFurniture(String lower) {
    return furniture.contains(lower);
  }

  /**
   * Returns whether a label of page furniture may also stand before a comma ("image caption").
   *
   * @param lower the label, lower case
   * @return true when {@code furniture.txt} writes it with a comma
   */
  public boolean isFurnitureBeforeAComma(String lower) {
    return commaFurniture.contains(lower);
  }

  /**
   * Returns whether {@code lower} labels a note the publisher adds about the article ("editor's note",
   * "correction").
   *
   * @param lower a label, lower case with straight apostrophes, without its colon
   * @return true when listed
   */
  public boolean isPublisherNote(String lower) {
    return publisherNotes.contains(lower);
  }

  /**
   * Returns whether two words make a noun whose first word the tagger may read as a verb ("think
   * tank"), a line of {@code compound-nouns.txt}.
   *
   * @param first the first word, lower case
   * @param second the second word, lower case
   * @return true when listed
   */
  public boolean isCompoundNoun(String first, String second) {
    return compoundNouns.contains(first + " " + second);
  }

  /**
   * Returns whether a paragraph is the heading of a closing schedule ("UP NEXT"), a line of
   * {@code schedule-headings.txt}.
   *
   * @param lower the paragraph, lower case, stripped, without a closing colon
   * @return true when listed
   */
  public boolean isScheduleHeading(String lower) {
    return scheduleHeadings.contains(lower);
  }

  /**
   * Returns whether a paragraph opens with a prompt to the reader ("sign up", "story continues below"):
   * a phrase of {@code reader-prompts.txt} followed by the paragraph's end or a character that is no
   * letter.
   *
   * @param lower the paragraph, lower case with straight apostrophes
   * @return true when it opens with a listed phrase
   */
  public boolean opensWithReaderPrompt(String lower) {
    return opensWithOneOf(readerPrompts, lower);
  }

  /**
   * Returns whether a text opens with its topic ("when it comes to", "as for"): a phrase of
   * {@code topic-openers.txt} followed by the text's end or a character that is no letter.
   *
   * @param lower the text, lower case
   * @return true when it opens with a listed phrase
   */
  public boolean opensWithTopic(String lower) {
    return opensWithOneOf(topicOpeners, lower);
  }

  /**
   * Returns whether a paragraph opens with the label of a page's time stamp ("published", "updated"): a
   * phrase of {@code time-labels.txt} followed by a character that is no letter.
   *
   * @param lower the paragraph, lower case
   * @return true when it opens with a listed label
   */
  public boolean opensWithTimeLabel(String lower) {
    return opensWithOneOf(timeLabels, lower);
  }

  private static boolean opensWithOneOf(List<String> phrases, String lower) {
    for (String p : phrases) {
      if (lower.startsWith(p) && (lower.length() == p.length() || !Character.isLetter(lower.charAt(p.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the lower-case present participle works as a preposition ("following a similar
   * move", "given the risks"; {@code participle-prepositions.txt}).
   */
  public boolean isParticiplePreposition(String lower) {
    return participlePrepositions.contains(lower);
  }

  /**
   * Returns whether {@code lower} names a social network ("twitter", "instagram").
   *
   * @param lower a word, lower case
   * @return true when listed
   */
  public boolean isSocialNetwork(String lower) {
    return socialNetworks.contains(lower);
  }

  /**
   * Returns whether {@code lower} ends the name of a medium someone speaks through: a social network,
   * or a word or two such as "television" or "social media".
   *
   * @param lower a word or two, lower case
   * @return true when listed
   */
  public boolean isMedium(String lower) {
    return media.contains(lower) || socialNetworks.contains(lower);
  }

  /**
   * Returns whether {@code lower} is the title of a newsroom job ("reporter", "host", "correspondent").
   *
   * @param lower a word, lower case
   * @return true when listed
   */
  public boolean isJournalistTitle(String lower) {
    return journalistTitles.contains(lower);
  }

  /** Returns whether the lower-case noun ends a place's name ("hill", "street", "county"). */
  public boolean isPlaceNoun(String lower) {
    return placeNouns.contains(lower);
  }

  /** Returns whether the lower-case word makes a body a local one ("county", "city", "municipal"). */
  public boolean isLocalLevel(String lower) {
    return localLevels.contains(lower);
  }

  /** Returns whether the lower-case noun names an area a name before it modifies ("neighborhood", "district"). */
  public boolean isAreaNoun(String lower) {
    return areaNouns.contains(lower);
  }

  /**
   * Returns whether {@code lower} names someone who speaks or acts for another ("spokesperson",
   * "lawyer", "aide").
   *
   * @param lower a word, lower case
   * @return true when listed
   */
  public boolean isAgentNoun(String lower) {
    return agentNouns.contains(lower);
  }

  /** Returns whether the lower-case word is a title or role word ("president", "sen."). */
  public boolean isTitle(String lower) {
    return titles.contains(lower);
  }

  /**
   * Returns whether the lower-case word with its full stop abbreviates a title the tokenizer does not
   * know ("coun.", "ald."; {@code title-abbreviations.txt}).
   */
  public boolean isTitleAbbreviation(String lower) {
    return titleAbbreviations.contains(lower);
  }

  /** Returns whether the lower-case word is an honorific ("mr.", "dr."). */
  public boolean isHonorific(String lower) {
    return honorifics.contains(lower);
  }

  /**
   * Returns whether the lower-case noun names a person of one gender and is no title ("woman", "boy"):
   * an unnamed individual so described is someone new, not a named person described again.
   *
   * @param lower a noun, lower case
   * @return true when {@code gendered-nouns.tsv} lists it
   */
  public boolean isGenderedNoun(String lower) {
    return genderedNouns.containsKey(lower);
  }

  /** Returns the gender a title or honorific carries ("spokeswoman", "mr."). */
  public Gender genderOfWord(String lower) {
    return wordGender.getOrDefault(lower, Gender.UNKNOWN);
  }

  /**
   * Returns whether the lower-case word is a known first name, as written or without its accents
   * ("françois" is "francois").
   */
  public boolean isFirstName(String lower) {
    return listedFirstName(lower) || compound(lower) != null;
  }

  private boolean listedFirstName(String lower) {
    return firstNames.containsKey(lower) || firstNames.containsKey(withoutAccents(lower));
  }

  /**
   * The two parts of a hyphenated given name whose parts are both first names ("jean-françois",
   * "marie-ève"), or null.
   */
  private String @Nullable [] compound(String lower) {
    int hyphen = lower.indexOf('-');
    if (hyphen <= 0 || hyphen == lower.length() - 1 || lower.indexOf('-', hyphen + 1) >= 0) {
      return null;
    }
    String[] parts = {lower.substring(0, hyphen), lower.substring(hyphen + 1)};
    return listedFirstName(parts[0]) && listedFirstName(parts[1]) ? parts : null;
  }

  /**
   * Returns the gender of a first name: CoreNLP's name-gender list first, then the names Bergsma and
   * Lin's counts give a clear gender (more-first-names.tsv); names common in African news that both
   * lack count as CoreNLP's (regional-first-names.tsv: "Ngozi", "Otieno"); UNKNOWN when none lists it
   * or it is given to women and men alike. A name the lists do not hold with its accents is looked up without
   * them ("François", "Hélène"). A final "é" is a man's ending in French, Spanish and Portuguese
   * ("René", "José"; "Renée" is a woman's), so such a name is a man's when its unaccented spelling is,
   * and of unknown gender when the lists give that spelling to women ("Rene"). A hyphenated name of two
   * first names takes its first part's gender ("Marie-Claude", "Pierre-Yves"), or the one
   * compound-name-heads.tsv gives that part ("Jean-François" is a man's name).
   */
  public Gender genderOfFirstName(String lower) {
    String[] parts = listedFirstName(lower) ? null : compound(lower);
    if (parts != null) {
      return compoundHeads.getOrDefault(parts[0], genderOfFirstName(parts[0]));
    }
    Gender g = genderAsWritten(lower);
    if (g != Gender.UNKNOWN || firstNames.containsKey(lower)) {
      return g;
    }
    String bare = withoutAccents(lower);
    if (bare.equals(lower)) {
      return g;
    }
    Gender unaccented = genderAsWritten(bare);
    return lower.endsWith("é") && unaccented == Gender.FEMALE ? Gender.UNKNOWN : unaccented;
  }

  private Gender genderAsWritten(String lower) {
    Gender g = firstNames.get(lower);
    return g != null ? g : moreFirstNames.getOrDefault(lower, Gender.UNKNOWN);
  }

  /**
   * Returns the word with its letters' accents and other combining marks taken off ("zoë" becomes
   * "zoe").
   *
   * @param word any text
   * @return the text without combining marks
   */
  public static String withoutAccents(String word) {
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Returns whether the lower-case noun names one person ("spokesperson", "source"). */
  public boolean isPersonNoun(String lower) {
    return personSingular.contains(lower);
  }

  /** Returns whether the lower-case word is a day, month or holiday ("friday", "december"). */
  public boolean isCalendarWord(String lower) {
    return calendar.contains(lower);
  }

  /** Returns the other titles for the office or job the lower-case title names ("justice" for "judge"); empty for none. */
  public List<String> titleSynonyms(String lower) {
    return titleSynonyms.getOrDefault(lower, List.of());
  }

  /** Returns whether the lower-case word is a verb as a title-case headline writes it ("hammers", "slams"). */
  public boolean isHeadlineVerb(String lower) {
    return headlineVerbs.contains(lower);
  }

  /** Returns whether the lower-case preposition approximates a number after it ("about", "over"). */
  public boolean isApproximator(String lower) {
    return approximators.contains(lower);
  }

  /** Returns whether the lower-case word names a day from today ("yesterday", "tonight"). */
  public boolean isRelativeDay(String lower) {
    return relativeDays.contains(lower);
  }

  /** Returns whether the lemma is a verb whose subject is the target of what others say ("face"). */
  public boolean isTargetVerb(String lemma) {
    return targetVerbs.contains(lemma);
  }

  /** Returns whether the lemma is a verb of doing that reports nothing ("try", "spend", "send"). */
  public boolean isActionVerb(String lemma) {
    return actionVerbs.contains(lemma);
  }

  /** Returns whether the lower-case noun names a country already named ("country", "nation"). */
  public boolean isCountryNoun(String lower) {
    return countryNouns.contains(lower);
  }

  /** Returns whether the lower-case word joins the parts of a person's name ("bin", "von", "de"). */
  public boolean isNameParticle(String lower) {
    return nameParticles.contains(lower);
  }

  /**
   * Returns whether the word, as written, is a capitalised particle that only a person's surname holds
   * ("Ní" in "Máire Ní Fhlaithearta", "Ó" in "Pádraig Ó Conghaile").
   *
   * @param word a word as written
   * @return whether it is listed in {@code patronymic-particles.txt}
   */
  public boolean isPatronymicParticle(String word) {
    return patronymicParticles.contains(word);
  }

  /**
   * Returns whether the lower-case word before an office makes it another office ("shadow", "deputy",
   * "former").
   */
  public boolean isOfficeQualifier(String lower) {
    return officeQualifiers.contains(lower);
  }

  /**
   * Returns whether a cue's lemma and its particle, joined by a space, name a deed ("call off", "write
   * off").
   */
  public boolean isPhrasalAction(String lemmaAndParticle) {
    return phrasalActions.contains(lemmaAndParticle);
  }

  /**
   * Returns whether the lower-case word, without dots, closes a company's legal name ("inc", "ltd",
   * "plc").
   */
  public boolean isCorporateSuffix(String lowerWithoutDots) {
    return corporateSuffixes.contains(lowerWithoutDots);
  }

  /** Returns whether the word, as written, closes a company's legal name ("Ltd.", "Inc.", "PLC"). */
  public boolean isLegalForm(String word) {
    return isCorporateSuffix(word.replace(".", "").toLowerCase(Locale.ROOT));
  }

  /**
   * Returns whether the lower-case word names what a government department covers ("fisheries",
   * "oceans", "citizenship").
   */
  public boolean isPortfolioWord(String lower) {
    return portfolioWords.contains(lower);
  }

  /**
   * Returns whether the lower-case word is letters written after a person's name for an office or an
   * honour ("msp", "kc", "obe").
   */
  public boolean isPostNominal(String lower) {
    return postNominals.contains(lower);
  }

  /** Returns whether the lemma is a verb reporting a finding after it ("…, a new study found"). */
  public boolean isFindingVerb(String lemma) {
    return findingVerbs.contains(lemma);
  }

  /** Returns whether the lower-case noun names a recording of someone speaking ("footage", "clip"). */
  public boolean isRecording(String lower) {
    return recordings.contains(lower);
  }

  /** Returns whether the word, as written, abbreviates a state or province ("Calif.", "B.C."). */
  public boolean isRegionAbbreviation(String word) {
    return regionAbbreviations.contains(word);
  }

  /** Returns whether the lower-case word is a family name written before the given name ("tan", "nguyen"). */
  public boolean isFamilyNameFirst(String lower) {
    return familyNamesFirst.contains(lower);
  }

  /** Returns whether the lower-case noun names a side in a dispute, which speaks ("side", "camp"). */
  public boolean isPartyNoun(String lower) {
    return partyNouns.contains(lower);
  }

  /** Returns whether the lower-case noun names an office or relation one person holds ("mayor", "wife"). */
  public boolean isOffice(String lower) {
    return offices.contains(lower);
  }

  /** Returns whether the lower-case word is a pronoun for an unnamed thing ("something", "nothing"). */
  public boolean isIndefinitePronoun(String lower) {
    return indefinitePronouns.contains(lower);
  }

  /** Returns whether the lower-case word counts or measures people ("percent", "majority", "everyone"). */
  public boolean isQuantity(String lower) {
    return quantities.contains(lower);
  }

  /** Returns whether the lower-case noun names several people ("officials", "critics"). */
  public boolean isPeopleNoun(String lower) {
    return personPlural.contains(lower);
  }

  /** Returns whether the lower-case word marks an organisation ("committee", "cnn", "Guardian"). */
  public boolean isOrgWord(String lower) {
    return orgWords.contains(lower);
  }

  /**
   * Returns whether the lower-case common noun names an organisation ("the committee", "the agency"):
   * an organisation word that does not only make names ("The Guardian", "Edison Research"; but "the
   * report" is a document and "a guardian" a person).
   */
  public boolean isBodyNoun(String lower) {
    return orgWords.contains(lower) && !orgNameWords.contains(lower) || placeBodies.contains(lower);
  }

  /**
   * Returns whether the lower-case noun names a place speaking as its government ("province", "state"):
   * a body noun of its own, never the organisation named last.
   *
   * @param lower a noun, lower case
   * @return true when {@code place-bodies.txt} lists it
   */
  public boolean isPlaceBody(String lower) {
    return placeBodies.contains(lower);
  }

  /**
   * Returns whether two lower-case nouns name bodies of different kinds ("union" and "hospital"; not
   * "school" and "university", nor "union" and "association", which may be one, nor a noun for what a
   * body does, "company", which fits any).
   *
   * @param a a noun, lower case
   * @param b another
   * @return true when {@code body-kinds.tsv} gives both, with no kind in common
   */
  public boolean otherKindsOfBody(String a, String b) {
    return bodyKinds.containsKey(a) && bodyKinds.containsKey(b) && !sameKindOfBody(a, b);
  }

  /**
   * Returns whether two nouns name kinds of body with a kind in common ("school" and "university").
   *
   * @param a a noun, lower case
   * @param b another
   * @return true when {@code body-kinds.tsv} gives both, with a kind in common
   */
  public boolean sameKindOfBody(String a, String b) {
    Set<String> kinds = bodyKinds.get(a);
    Set<String> others = bodyKinds.get(b);
    return kinds != null && others != null && kinds.stream().anyMatch(others::contains);
  }

  /** Returns whether the lower-case noun names a state's institution ("government", "police"). */
  public boolean isStateBody(String lower) {
    return stateBodies.contains(lower);
  }

  /** Returns whether the lower-case noun names a document or finding ("report", "poll"). */
  public boolean isThing(String lower) {
    return things.contains(lower);
  }

  /** Returns whether the lower-case noun after "according to" names no source ("plan", "tradition"). */
  public boolean isSourceIdiom(String lower) {
    return sourceIdioms.contains(lower);
  }

  /** Returns whether the lower-case word is a demonym ("russian", "ukrainian"). */
  public boolean isDemonym(String lower) {
    return demonyms.contains(lower);
  }

  /** Returns whether the lower-case name is a country, state or region ("russia", "ohio"). */
  public boolean isPlace(String lower) {
    return places.contains(lower);
  }

  /**
   * Returns whether the lower-case name is a state's or province's ("ohio", "ontario", "queensland"):
   * CoreNLP's list of US states and Canadian provinces, and {@code regions.txt}.
   *
   * @param lower a name, lower case
   * @return true for a state or province
   */
  public boolean isRegion(String lower) {
    return regions.contains(lower);
  }

  /** Returns whether the lower-case name is a country's ("britain", "united kingdom"), not a state's or city's. */
  public boolean isCountry(String lower) {
    return countries.contains(lower);
  }
}
