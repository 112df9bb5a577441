package org.saywho.internal.text;

import java.util.List;
import java.util.Set;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * Corrects the tagger's tags where news text misleads it: a quote's opening mark is {@code ``} and its closing mark {@code ''}, a lone
 * apostrophe after a plural is a possessive, a capitalized "adjective" before punctuation is a name, a
 * "bare verb" between a verb and a title before a name is an adjective, "-general" closing a title is a
 * noun, "WHO" is the World Health Organization, an acronym with a possessive is a name, a given name
 * between commas after a person's noun is a name, a capitalised common noun closing a name before a verb
 * is the name's ("Elon Musk said"), and "states" between a name and a colon before a quote, or after
 * a noun and before "that", or after a comma or a quote, a determiner and a noun and before the
 * sentence's end ("…,” the complaint states."), is a verb; a capitalised preposition between a
 * capitalised noun and a name joins them into one ("Doctors Without Borders"), and a capitalised
 * gerund before a name opens one ("the charity Feeding America"); two lower-case words joined by a
 * hyphen before a noun are adjectives ("long-time resident").
 */
public final class TagRules {

  private static final Set<String> CONTRACTING = WordSets.named("tag-rules.contracting");
  private static final Set<String> TRADES = WordSets.named("name-finder.trades");
  private static final Set<String> FIRM_NOUNS = WordSets.named("name-finder.firm-nouns");
  /** Lower-case words inside a body's name ("Food and Drink Federation", "Bureau of Labor Statistics"). */
  private static final Set<String> BODY_NAME_CONNECTORS = WordSets.named("tag-rules.body-name-connectors");
  /** Verbs in "-s" that a participle may follow as their complement ("remains committed to"). */
  private static final Set<String> LINKING = WordSets.named("tag-rules.linking-verbs");
  /** The most words between a participle after a misread plural and the plural's own verb. */
  private static final int MAX_PARTICIPLE_PHRASE = 8;
  /** The most modifiers between a verb misread as a plural noun and its object's noun misread as a verb. */
  private static final int MAX_OBJECT_MODIFIERS = 3;
  /** The most words of a body's name after a word the tagger misread in it. */
  private static final int MAX_NAME_RUN = 5;

  private final Words words;

  /**
   * Creates the rules.
   *
   * @param words the word lists (demonyms, given names, person nouns)
   */
  public TagRules(Words words) {
    this.words = words;
  }

  /**
   * Returns {@code t} with its tags corrected.
   *
   * @param t tokens tagged by the model, with their sentences and quotes
   * @param quotes the quote spans
   * @param quoteTokens each quote's tokens
   * @param repaired whether to make the corrections the attribution tagger was not trained on too
   *     ("-general", "WHO", an acronym's possessive)
   * @return the tokens with corrected tags
   */
  public Tokens apply(Tokens t, List<QuoteSpan> quotes, List<TokenRange> quoteTokens, boolean repaired) {
    String[] tags = t.tags();
    for (int i = 1; i < t.size(); i++) {
      // "he’s", "it’s": the curly apostrophe makes the tagger read a possessive.
      if ((t.lower(i).equals("’s") || t.lower(i).equals("'s")) && tags[i].equals("POS") && CONTRACTING.contains(t.lower(i - 1))) {
        tags[i] = "VBZ";
      }
      // A lone apostrophe after a plural is a possessive ("Sanders’ campaign"), not a closing quote.
      String w = t.word(i);
      if ((w.equals("’") || w.equals("'")) && !t.quoted(i) && t.lower(i - 1).endsWith("s") && t.end(i - 1) == t.start(i)) {
        tags[i] = "POS";
      }
    }
    for (int i = 1; i + 1 < t.size(); i++) {
      // A capitalized "adjective" inside a sentence, before punctuation or a verb, is a name ("said Devine,").
      if (tags[i].startsWith("JJ") && t.capitalized(i) && t.sentence(i - 1) == t.sentence(i)
          && !tags[i - 1].equals("``") && beforeVerbOrPunctuation(t, tags, i) && !words.isDemonym(t.lower(i))) {
        tags[i] = "NNP";
      }
    }
    for (int i = 1; i + 2 < t.size(); i++) {
      if (modifiesTitle(t, tags, i)) {
        tags[i] = "JJ";
      }
    }
    boolean[] shouted = repaired ? shoutedSentences(t) : new boolean[0];
    for (int i = 0; repaired && i < t.size(); i++) {
      int object = verbReadAsItsObjectsNoun(t, tags, i);
      if (closesGeneralTitle(t, tags, i)) {
        tags[i] = tags[i - 2];
      } else if (introducesAQuote(t, tags, i)) {
        tags[i] = "VBZ";
      } else if (closesAReport(t, tags, i)) {
        tags[i] = "VBZ";
      } else if (titleWordBeforeATitle(t, tags, i) || modifiesTitleAfterAQuote(t, tags, i)) {
        tags[i] = "JJ";
      } else if (opensACompoundNoun(t, tags, i) || personNounBeforeAName(t, tags, i)) {
        tags[i] = "NN";
      } else if (possessiveBeforeASubject(t, tags, i)) {
        tags[i] = "POS";
      } else if (pastAfterAnAdverbAside(t, tags, i)) {
        tags[i] = "VBD";
      } else if (likeBeforeAnInfinitive(t, tags, i)) {
        tags[i] = "VBP";
      } else if (passiveBeforeAnInfinitive(t, tags, i)) {
        tags[i] = "VBN";
      } else if (pluralBeforeItsParticiple(t, tags, i)) {
        tags[i] = "NNS";
      } else if (findingVerbAfterAParticiplePhrase(t, tags, i)) {
        tags[i] = t.lower(i).endsWith("s") ? "VBZ" : "VBP";
      } else if (object > 0) {
        tags[object] = "NNS";
        tags[i] = "VBZ";
      } else if (nounBeforeARelative(t, tags, i)) {
        tags[i] = "NNS";
        tags[i + 1] = "WDT";
      } else if (reportsAClause(t, tags, i)) {
        tags[i] = "VBZ";
        tags[i - 1] = tags[i - 1].equals("JJ") ? "NN" : tags[i - 1]; // "the auditor general states that"
      } else if (!shouted[t.sentence(i)] && (isWorldHealthOrganization(t, tags, i) || isPossessedAcronym(t, tags, i)
          || isApposedGivenName(t, tags, i) || isCommonWordSurname(t, tags, i) || isForeignLookingName(t, tags, i)
          || isGivenNameOfAPerson(t, tags, i) || opensANameBeforeAPersonsApposition(t, tags, i) || isWordOfABodysName(t, tags, i) || isBareInitial(t, tags, i)
          || closesAHyphenatedSurname(t, tags, i) || isCamelCaseName(t, tags, i))) {
        tags[i] = "NNP";
      } else if (closesAHyphenedModifier(t, tags, i)) {
        tags[i] = "JJ";
        tags[i - 2] = tags[i - 2].equals("CD") ? "CD" : "JJ";
      } else if (!shouted[t.sentence(i)] && (nameAfterItsTrade(t, tags, i) || particleInsideAName(t, tags, i))
          || isHandle(t, tags, i)) {
        tags[i] = "NNP";
      } else if (!shouted[t.sentence(i)] && opensABodysName(t, tags, i)) {
        tags[i] = "NNP";
      } else if (!shouted[t.sentence(i)] && joinsABodysName(t, tags, i)) {
        tags[i] = "NNP";
        tags[i - 1] = tags[i - 1].endsWith("S") ? "NNPS" : "NNP";
      }
    }
    for (int q = 0; q < quotes.size(); q++) {
      int first = quoteTokens.get(q).first();
      int last = quoteTokens.get(q).last();
      if (first <= last && first < t.size()) {
        if (t.start(first) == quotes.get(q).outer().start()) {
          tags[first] = "``";
        }
        if (t.end(last) == quotes.get(q).outer().end() && !quotes.get(q).runsOn()) {
          tags[last] = "''";
        }
      }
    }
    return t.withTags(tags);
  }

  /**
   * The token read as a singular verb after the plural noun at {@code i}, when the two were misread for
   * each other, or -1: "Apple delays AI features in China, citing …" opens with a name, then "delays"
   * read as a plural noun and "features" as a verb, which a plural could not take. Conditions: the
   * sentence opens with names ({@code NNP}) right before the plural noun, then at most
   * {@value #MAX_OBJECT_MODIFIERS} names, nouns or adjectives, then a verb in "-s" ({@code VBZ}) that
   * could be a plural noun and ends the phrase (a preposition, punctuation or the sentence's end after
   * it: "New Iran sanctions bill lacks bipartisan support" keeps its verb), and no verb between ("Apple
   * shares fall" has its plural's verb).
   */
  private static int verbReadAsItsObjectsNoun(Tokens t, String[] tags, int i) {
    if (i == 0 || !tags[i].equals("NNS") || !tags[i - 1].equals("NNP") || !t.lower(i).endsWith("s")) {
      return -1;
    }
    int k = i - 1;
    while (k > 0 && tags[k - 1].equals("NNP") && t.sentence(k - 1) == t.sentence(i)) {
      k--;
    }
    if (!t.opensSentence(k)) {
      return -1;
    }
    for (int v = i + 1; v < t.size() && v <= i + 1 + MAX_OBJECT_MODIFIERS && t.sentence(v) == t.sentence(i); v++) {
      if (tags[v].equals("VBZ")) {
        return t.lower(v).endsWith("s") && !t.lower(v).endsWith("'s") && !t.lower(v).endsWith("’s") && v > i + 1
            && endsANounPhrase(t, tags, v) ? v : -1;
      }
      if (!(tags[v].startsWith("NN") || tags[v].startsWith("JJ"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A plural noun read as a verb in "-s" right before a participle and its preposition is the subject
   * those modify, when the sentence's next finite verb is a plural's or a past: "Treasury figures
   * released on Tuesday show the deficit is wider" had "figures" as Treasury's verb, and no one showing
   * anything. A verb in "-s" takes no bare participle but a linking verb's ("The party remains committed
   * to reform", {@code tag-rules.linking-verbs}) or an auxiliary's; no comma or other verb comes between.
   */
  private static boolean pluralBeforeItsParticiple(Tokens t, String[] tags, int i) {
    if (i < 1 || i + 3 >= t.size() || !tags[i].equals("VBZ") || !t.lower(i).endsWith("s")
        || !tags[i - 1].startsWith("NN") || !tags[i + 1].equals("VBN") || !tags[i + 2].equals("IN")
        || LINKING.contains(t.lower(i))
        || t.sentence(i - 1) != t.sentence(i) || t.quoted(i)) {
      return false;
    }
    for (int v = i + 3; v < t.size() && v <= i + 2 + MAX_PARTICIPLE_PHRASE && t.sentence(v) == t.sentence(i); v++) {
      if (tags[v].equals("VBP") || tags[v].equals("VBD")) {
        return v > i + 3;
      }
      if (tags[v].startsWith("VB") || tags[v].equals("MD") || t.word(v).equals(",") || tags[v].equals("WDT")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A verb of finding ({@code finding-verbs.txt}) read as a noun after a participle phrase is the verb of
   * the noun that phrase modifies: "Figures published by the ONS on Wednesday show prices rose" had
   * "show" as a noun, and no report. Conditions: a past participle right after a noun earlier in the
   * sentence and no verb but that participle between the sentence's start and the finding verb, a name, a
   * noun or a number right before it (the participle phrase's end) and a clause's opening after it (a
   * determiner, noun, pronoun or "that"); "Data released at the trade show on Friday" has nothing after
   * "show" to report.
   */
  private boolean findingVerbAfterAParticiplePhrase(Tokens t, String[] tags, int i) {
    if (i < 4 || i + 1 >= t.size() || !(tags[i].equals("NN") || tags[i].equals("NNS")) || t.quoted(i)
        || !words.isFindingVerb(tags[i].equals("NNS") ? t.lower(i).replaceAll("s$", "") : t.lower(i))
        || !(tags[i - 1].startsWith("NN") || tags[i - 1].equals("CD")) || t.sentence(i + 1) != t.sentence(i)) {
      return false;
    }
    String next = tags[i + 1];
    boolean clause = next.equals("DT") || next.startsWith("NN") || next.equals("PRP") || next.equals("JJ")
        || next.equals("CD") || t.lower(i + 1).equals("that");
    int k = i - 1;
    boolean participle = false;
    while (k > 0 && t.sentence(k - 1) == t.sentence(i)) {
      k--;
      if (tags[k].equals("VBN") && k > 0 && tags[k - 1].startsWith("NN")) {
        participle = true;
      } else if (tags[k].startsWith("VB") || tags[k].equals("MD")) {
        return false;
      }
    }
    return clause && participle;
  }

  /** Whether the token after {@code v} ends a noun phrase there: a preposition, punctuation or the sentence's end. */
  private static boolean endsANounPhrase(Tokens t, String[] tags, int v) {
    return v + 1 >= t.size() || t.sentence(v + 1) != t.sentence(v) || tags[v + 1].equals("IN")
        || tags[v + 1].equals("TO") || !Character.isLetterOrDigit(t.word(v + 1).codePointAt(0));
  }

  /**
   * "general" joined by a hyphen to a title noun closes the title ("the UN secretary-general, Antonio
   * Guterres", "LASEMA's director-general"), where the tagger reads an adjective and the title ends at
   * "secretary".
   */
  private static boolean closesGeneralTitle(Tokens t, String[] tags, int i) {
    return i >= 2 && t.lower(i).equals("general") && tags[i].startsWith("JJ") && t.joinedByHyphen(i - 1)
        && tags[i - 2].startsWith("NN") && !tags[i - 2].endsWith("S");
  }

  /**
   * A lower-case plural noun right after a name and before a colon and a quote is a verb in the present
   * tense that introduces the quote ("the Centers for Disease Control and Prevention states: “…”"); "the
   * Baltic states: Estonia, …" stays a noun.
   */
  private static boolean introducesAQuote(Tokens t, String[] tags, int i) {
    return i >= 1 && i + 2 < t.size() && tags[i].equals("NNS") && Character.isLowerCase(t.word(i).charAt(0))
        && tags[i - 1].startsWith("NNP") && t.word(i + 1).equals(":") && !t.quoted(i) && t.quoted(i + 2);
  }

  /**
   * A past form that needs a listener before its "to" infinitive in the active ({@code
   * listener-infinitive-verbs.txt}), right after a noun and before "to" and a verb, is a passive
   * participle whose auxiliary a headline drops: "Residents told to evacuate", "Firm ordered to pay
   * damages"; so is any past form so placed in an absolute phrase after "with". "Officials told
   * reporters to leave" has its listener, and "Judicial Watch asked to depose Clinton" is no such verb.
   */
  private boolean passiveBeforeAnInfinitive(Tokens t, String[] tags, int i) {
    return i >= 1 && i + 2 < t.size() && tags[i].equals("VBD") && tags[i - 1].startsWith("NN")
        && (words.isListenerInfinitiveVerb(t.lower(i)) || opensAnAbsolute(t, tags, i - 1))
        && t.lower(i + 1).equals("to") && tags[i + 2].equals("VB") && !t.quoted(i) && t.sentence(i + 2) == t.sentence(i);
  }

  /**
   * Whether the noun phrase ending at {@code last} follows "with", as the subject of an absolute
   * phrase does, whose past form is a participle ("with the Fitzroy River expected to peak", "with
   * prices forecast to rise").
   */
  private static boolean opensAnAbsolute(Tokens t, String[] tags, int last) {
    int p = last;
    while (p > 0 && t.sentence(p - 1) == t.sentence(last) && nounPhraseTag(tags[p - 1])) {
      p--;
    }
    return p > 0 && t.lower(p - 1).equals("with") && t.sentence(p - 1) == t.sentence(last);
  }

  private static boolean nounPhraseTag(String tag) {
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD");
  }

  /**
   * A reporting verb's third-person form that is also a plural noun ({@code plural-noun-cues.txt}),
   * read as a verb after a noun, is the noun a relative clause modifies when "that" and a finite verb
   * or modal follow it: "a set of Clean Air Act rules that could lead to the closing of power plants"
   * had the act ruling; "the judge rules that the law is void" has a subject after "that".
   */
  private boolean nounBeforeARelative(Tokens t, String[] tags, int i) {
    if (i < 1 || i + 2 >= t.size() || !tags[i].equals("VBZ") || !tags[i - 1].startsWith("NN")
        || !words.isPluralNounCue(t.lower(i)) || !t.lower(i + 1).equals("that") || t.sentence(i + 2) != t.sentence(i)) {
      return false;
    }
    String next = tags[i + 2];
    return next.equals("MD") || next.equals("VBD") || next.equals("VBZ") || next.equals("VBP");
  }

  /**
   * A past form read as an adjective or a participle right after an adverb set off by commas that
   * follows the subject, and before its object or "that", is the subject's verb: "England captain Ben
   * Stokes, however, informed reporters that his side would not change" had "informed" as an
   * adjective, and no report; "The plan, however, covered costs" is tagged right already, and "The
   * bill, however, amended in May, passed" has a comma after the participle.
   */
  private static boolean pastAfterAnAdverbAside(Tokens t, String[] tags, int i) {
    if (i < 4 || i + 1 >= t.size() || !(tags[i].equals("JJ") || tags[i].equals("VBN")) || !t.lower(i).endsWith("ed")
        || t.sentence(i - 4) != t.sentence(i + 1)) {
      return false;
    }
    boolean aside = t.word(i - 1).equals(",") && tags[i - 2].equals("RB") && t.word(i - 3).equals(",");
    String subject = tags[i - 4];
    boolean nominal = subject.startsWith("NN") || subject.equals("PRP");
    String next = tags[i + 1];
    boolean object = next.equals("NNS") || next.equals("NNP") || next.equals("PRP") || next.equals("DT")
        || t.lower(i + 1).equals("that");
    return aside && nominal && object;
  }

  /**
   * A reporting verb's third-person form that is also a plural noun ({@code plural-noun-cues.txt}),
   * read as a noun after a singular noun that no possessive opens, is a verb when "that" follows it,
   * and an adjective before it that a noun precedes is a noun: "the auditor general states that the
   * province overspent", "the report notes that …"; "the
   * government's claims that the economy grew", "these claims that" and a relative clause's antecedent
   * ("news reports that question his statements", a verb after "that") stay nouns.
   */
  private boolean reportsAClause(Tokens t, String[] tags, int i) {
    return i >= 2 && i + 2 < t.size() && tags[i].equals("NNS") && words.isPluralNounCue(t.word(i))
        && (tags[i - 1].equals("NN") || tags[i - 1].equals("NNP") || tags[i - 1].equals("JJ") && tags[i - 2].equals("NN"))
        && !tags[i - 2].equals("POS") && t.lower(i + 1).equals("that") && !tags[i + 2].startsWith("VB") && !tags[i + 2].equals("MD")
        && !t.quoted(i) && t.sentence(i + 1) == t.sentence(i);
  }

  /**
   * A reporting verb's third-person form that is also a plural noun ({@code plural-noun-cues.txt}), after
   * a determiner and a singular noun that a comma or a closing quote mark opens, and before the
   * sentence's end or a comma, is the verb of a report given after it: "He admitted that he “put his
   * hands on her neck,” the complaint states." ("the complaint states" had been a noun phrase, and the
   * quote ran on to it); "…, the Baltic states." has no singular noun before it.
   */
  private boolean closesAReport(Tokens t, String[] tags, int i) {
    if (i < 3 || i + 1 >= t.size() || !tags[i].equals("NNS") || !words.isPluralNounCue(t.word(i))
        || !tags[i - 1].equals("NN") || !(tags[i - 2].equals("DT") || tags[i - 2].equals("PRP$"))) {
      return false;
    }
    boolean opened = t.word(i - 3).equals(",") || tags[i - 3].equals("''");
    String next = t.word(i + 1);
    return opened && (next.equals(".") || next.equals(",")) && t.sentence(i - 3) == t.sentence(i);
  }

  /**
   * An "'s" read as "is" after a name is its possessive when a noun and then the clause's verb follow:
   * "the WHO's regional office for Europe said", where the tagger took "WHO" for "who". Conditions: a
   * proper noun before it; adjectives and at least one common noun after it, then a finite verb or a
   * modal, or a preposition and a proper name and then one.
   */
  private static boolean possessiveBeforeASubject(Tokens t, String[] tags, int i) {
    boolean is = t.lower(i).equals("'s") || t.lower(i).equals("’s");
    if (i < 1 || !is || !tags[i].equals("VBZ") || !tags[i - 1].startsWith("NNP")) {
      return false;
    }
    int k = i + 1;
    while (k < t.size() && tags[k].startsWith("JJ")) {
      k++;
    }
    int nouns = k;
    while (k < t.size() && (tags[k].equals("NN") || tags[k].equals("NNS"))) {
      k++;
    }
    if (k == nouns || k >= t.size()) {
      return false;
    }
    if (tags[k].equals("IN") && k + 1 < t.size() && tags[k + 1].startsWith("NNP")) {
      k += 2;
      while (k < t.size() && tags[k].startsWith("NNP")) {
        k++;
      }
    }
    return k < t.size() && (tags[k].equals("VBD") || tags[k].equals("VBZ") || tags[k].equals("MD"));
  }

  /**
   * A capitalised word read as a common noun after a body's noun or a trade in lower case, closing its
   * phrase, is the firm's name: "according to research firm Counterpoint.", "the data provider Kpler
   * said". Conditions: not opening its sentence, nor a title ("the union Chair, Ann Lee"); the noun
   * before it lower case, a body noun ({@code org-words.txt}) or a trade ({@code name-finder.trades},
   * {@code name-finder.firm-nouns}); punctuation or a verb after it.
   */
  private boolean nameAfterItsTrade(Tokens t, String[] tags, int i) {
    if (i < 1 || i + 1 >= t.size() || !(tags[i].equals("NN") || tags[i].equals("NNS")) || !t.capitalized(i)
        || t.opensSentence(i) || !tags[i - 1].equals("NN") || t.capitalized(i - 1) || words.isTitle(t.lower(i))) {
      return false;
    }
    String trade = t.lower(i - 1);
    boolean firms = words.isBodyNoun(trade) || TRADES.contains(trade) || FIRM_NOUNS.contains(trade);
    return firms && beforeVerbOrPunctuation(t, tags, i);
  }

  /**
   * A social network handle ("@nycsouthpaw") is a name, however the tagger reads it; not one in
   * parentheses after its owner's name, as an embedded post signs off ("— Lijian Zhao (@zlj517) March
   * 13, 2020"), which stays as the tagger reads it.
   */
  private static boolean isHandle(Tokens t, String[] tags, int i) {
    return !tags[i].startsWith("NNP") && t.handle(i) && (i == 0 || !t.word(i - 1).equals("("));
  }

  /**
   * A lower-case particle of names ({@code name-particles.txt}) between two capitalised proper nouns is
   * part of the name, whatever else it could be: "Rio Grande do Sul Governor Eduardo Leite", where the
   * tagger reads "do" as a verb.
   */
  private boolean particleInsideAName(Tokens t, String[] tags, int i) {
    return i >= 1 && i + 1 < t.size() && !tags[i].startsWith("NNP") && words.isNameParticle(t.word(i))
        && tags[i - 1].startsWith("NNP") && t.capitalized(i - 1)
        && tags[i + 1].startsWith("NNP") && t.capitalized(i + 1) && t.sentence(i - 1) == t.sentence(i + 1);
  }

  /**
   * "WHO" in capitals, in a sentence that is not all capitals, is the World Health Organization, not a
   * wh-pronoun ("WHO Director-General Tedros Adhanom Ghebreyesus said").
   */
  private static boolean isWorldHealthOrganization(Tokens t, String[] tags, int i) {
    return t.word(i).equals("WHO") && tags[i].startsWith("W");
  }

  /**
   * An acronym the tagger does not know, read as a common noun before a possessive and after no
   * determiner or modifier, is a name ("“It spread quickly,” LASEMA's director-general told journalists");
   * "the CEO's pay" and "a super PAC's ads" stay common nouns.
   */
  private static boolean isPossessedAcronym(Tokens t, String[] tags, int i) {
    return i + 1 < t.size() && tags[i + 1].equals("POS") && (tags[i].equals("NN") || tags[i].startsWith("JJ"))
        && t.inCapitals(i) && (t.opensSentence(i) || !modifies(tags[i - 1]));
  }

  /**
   * A listed given name read as a common noun between commas after a person's noun is a name ("Gagnon's
   * husband, Luc, works the counter", where the tagger reads "Luc" as a noun and the husband goes
   * unnamed); "the player, Will, …" too, but "the teacher, perhaps, …" is no name.
   */
  private boolean isApposedGivenName(Tokens t, String[] tags, int i) {
    return i >= 2 && i + 1 < t.size() && tags[i].equals("NN") && t.capitalized(i) && t.word(i - 1).equals(",")
        && t.word(i + 1).equals(",") && tags[i - 2].equals("NN") && words.isPersonNoun(t.lower(i - 2))
        && words.isFirstName(t.lower(i)) && t.sentence(i - 2) == t.sentence(i);
  }

  /**
   * A person's noun opening its sentence before a name, read as a verb ("Witness Sarah Bighetty, who
   * was leaving the mall, said"), is a noun: the person's role. Not a verb before a lower-case word
   * ("Witness the chaos").
   */
  private boolean personNounBeforeAName(Tokens t, String[] tags, int i) {
    return tags[i].startsWith("VB") && t.opensSentence(i) && t.capitalized(i) && i + 1 < t.size()
        && t.sentence(i + 1) == t.sentence(i) && tags[i + 1].startsWith("NNP") && t.capitalized(i + 1)
        && words.isPersonNoun(t.lower(i));
  }

  /**
   * A listed given name read as a common noun is a name where only a person's is: right after a
   * person's noun and before a verb or punctuation ("her older sister Grace went with her"), or opening
   * its sentence before an apposition with a person's noun ("Grace, a high school teacher, tested
   * negative"); "Hope, a rare commodity, …" and "the sister Grace Chen" stay as they are.
   */
  private boolean isGivenNameOfAPerson(Tokens t, String[] tags, int i) {
    if (!tags[i].equals("NN") || !t.capitalized(i) || !words.isFirstName(t.lower(i)) || i + 1 >= t.size()
        || t.sentence(i + 1) != t.sentence(i)) {
      return false;
    }
    boolean afterPersonNoun = i > 0 && t.sentence(i - 1) == t.sentence(i) && !t.capitalized(i - 1) && tags[i - 1].equals("NN")
        && (words.isPersonNoun(t.lower(i - 1)) || words.isTitle(t.lower(i - 1))) && (tags[i + 1].startsWith("VB") || t.word(i + 1).equals(","));
    return afterPersonNoun || t.opensSentence(i) && t.word(i + 1).equals(",") && apposedPerson(t, tags, i + 2);
  }

  /**
   * A capitalised common noun opening its sentence before a name and an apposition with a person's noun
   * is the given name, listed or not: "Rain Newton-Smith, the CBI's chief executive, wrote …", where the
   * tagger reads "Rain" as a noun and the woman was "Newton-Smith", a man named Newton. Not a title or
   * person's noun ("Officer Jane Doe, a veteran, …" keeps her title), nor a name of up to
   * {@value #MAX_NAME_RUN} words that ends in no comma.
   */
  private boolean opensANameBeforeAPersonsApposition(Tokens t, String[] tags, int i) {
    if (!tags[i].equals("NN") || !t.opensSentence(i) || !t.capitalized(i) || t.inCapitals(i)
        || words.isTitle(t.lower(i)) || words.isPersonNoun(t.lower(i)) || i + 1 >= t.size() || !tags[i + 1].equals("NNP")) {
      return false;
    }
    int j = i + 1;
    while (j < t.size() && j <= i + MAX_NAME_RUN && t.sentence(j) == t.sentence(i)
        && (tags[j].equals("NNP") && t.capitalized(j) || t.joinedByHyphen(j))) {
      j++;
    }
    return j < t.size() && t.word(j).equals(",") && apposedPerson(t, tags, j + 1);
  }

  /** Whether an apposition opening at {@code k} with "a", "an" or "the" is headed by a person's noun before its comma. */
  private boolean apposedPerson(Tokens t, String[] tags, int k) {
    if (k >= t.size() || !(t.lower(k).equals("a") || t.lower(k).equals("an") || t.lower(k).equals("the"))) {
      return false;
    }
    for (int j = k + 1; j < t.size() && t.sentence(j) == t.sentence(k) && j <= k + 6; j++) {
      if (t.word(j).equals(",")) {
        return tags[j - 1].equals("NN") && words.isPersonNoun(t.lower(j - 1));
      }
    }
    return false;
  }

  /**
   * A capitalised word inside a sentence that the tagger reads as a common noun or a verb, in a run of
   * capitalised words joined by "and", "of", "for" or "&" that ends in a body's word before a
   * lower-case word or punctuation, is part of the body's name: "The Food/NN and Drink/VB Federation
   * said". An adjective stays one ("a Democratic Senate"), and a sentence mostly in capitals (a
   * title-case headline) is left as it is.
   */
  private boolean isWordOfABodysName(Tokens t, String[] tags, int i) {
    if (!t.capitalized(i) || t.opensSentence(i) || t.inCapitals(i) || tags[i].startsWith("NNP")
        || !(tags[i].startsWith("NN") || tags[i].startsWith("VB")) || titleCase(t, i)) {
      return false;
    }
    for (int k = i + 1; k + 1 < t.size() && k <= i + MAX_NAME_RUN && t.sentence(k) == t.sentence(i); k++) {
      if (t.capitalized(k) && words.isOrgWord(t.lower(k))) {
        boolean ends = !t.capitalized(k + 1) || t.sentence(k + 1) != t.sentence(k);
        if (ends) {
          return true;
        }
      } else if (!t.capitalized(k) && !BODY_NAME_CONNECTORS.contains(t.lower(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether most words of the sentence of token {@code i} are capitalised, as in a title-case headline. */
  private static boolean titleCase(Tokens t, int i) {
    int words = 0;
    int capitalised = 0;
    for (int k = t.sentenceStart(i); k < t.size() && t.sentence(k) == t.sentence(i); k++) {
      if (Character.isLetter(t.word(k).charAt(0))) {
        words++;
        capitalised += t.capitalized(k) ? 1 : 0;
      }
    }
    return capitalised * 5 >= words * 3;
  }

  /**
   * A capitalised "foreign word" next to another capitalised word of its sentence is part of a name
   * ("Neera/FW Tanden/FW, a Clinton supporter, asked"): the tagger reads names it has never seen as
   * foreign words; a lower-case one ("per se", "ad hoc") stays one.
   */
  private static boolean isForeignLookingName(Tokens t, String[] tags, int i) {
    if (!tags[i].equals("FW") || !t.capitalized(i)) {
      return false;
    }
    boolean before = i > 0 && t.sentence(i - 1) == t.sentence(i) && t.capitalized(i - 1) && nameTag(tags[i - 1]);
    boolean after = i + 1 < t.size() && t.sentence(i + 1) == t.sentence(i) && t.capitalized(i + 1) && nameTag(tags[i + 1]);
    return before || after;
  }

  /**
   * A word of letters that opens with a capital and has another capital after a lower-case letter is
   * a name written in camel case ("OpenAI", "YouTube", "BlackRock", "AstraZeneca"), which the tagger,
   * never having seen it, reads as a common noun or adjective; not a word all in capitals ("NATO"), nor
   * one that opens with a lower-case letter ("iPhone").
   */
  private static boolean isCamelCaseName(Tokens t, String[] tags, int i) {
    String w = t.word(i);
    if (!(tags[i].startsWith("NN") && !tags[i].startsWith("NNP") || tags[i].startsWith("JJ")) || w.length() < 4
        || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean inner = false;
    for (int k = 1; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c)) {
        return false;
      }
      inner |= Character.isUpperCase(c) && Character.isLowerCase(w.charAt(k - 1));
    }
    return inner;
  }

  /**
   * A capital letter written without its full stop, inside a sentence, before a capitalised word of it,
   * is a name's initial ("Leader of the Opposition R Ashoka said", "T V Ramachandra"), where the
   * tagger reads a common noun, when a verb, a punctuation mark or another capitalised word follows
   * the name; not "A" or "I", nor a letter opening its sentence ("B vitamins"), nor "the famed E Award
   * in 1965" or "K Street for Roll Call".
   */
  private static boolean isBareInitial(Tokens t, String[] tags, int i) {
    return t.bareInitial(i) && !tags[i].equals("NNP") && !t.opensSentence(i) && t.sentence(i + 1) == t.sentence(i)
        && i + 2 < t.size() && (beforeVerbOrPunctuation(t, tags, i + 1) || tags[i + 2].equals("MD") || t.capitalized(i + 2));
  }

  /**
   * A capitalised word joined by a hyphen to a name's word, inside a sentence, closing the name before a
   * verb or punctuation, is the surname's second part: "resident Sarah Coon-Come, 34, said", where the
   * tagger reads "Come" as a verb; a word before a noun modifies it ("the Anglo-French treaty").
   */
  private static boolean closesAHyphenatedSurname(Tokens t, String[] tags, int i) {
    return i >= 2 && t.joinedByHyphen(i - 1) && t.capitalized(i) && !tags[i].equals("NNP") && !t.inCapitals(i)
        && tags[i - 2].equals("NNP") && t.capitalized(i - 2) && !t.opensSentence(i - 2) && t.sentence(i - 2) == t.sentence(i)
        && i + 1 < t.size() && beforeVerbOrPunctuation(t, tags, i) && !titleCase(t, i);
  }

  /**
   * A capitalised preposition inside a sentence, between a capitalised noun and a name's word, joins
   * them into one name: "Doctors Without Borders said", where the tagger reads "Doctors" and "Without"
   * as a plural noun and a preposition and the speaker is "Borders"; a title-case headline ("Senators
   * Without Masks Face Fines") is left as it is.
   */
  private static boolean joinsABodysName(Tokens t, String[] tags, int i) {
    return i >= 1 && i + 1 < t.size() && tags[i].equals("IN") && t.capitalized(i) && !t.inCapitals(i) && !t.opensSentence(i)
        && tags[i - 1].startsWith("NN") && t.capitalized(i - 1) && !t.inCapitals(i - 1) && tags[i + 1].startsWith("NNP")
        && t.capitalized(i + 1) && t.sentence(i - 1) == t.sentence(i) && t.sentence(i + 1) == t.sentence(i) && !titleCase(t, i);
  }

  /**
   * Two lower-case words joined by a hyphen before a noun modify it: "said long-time resident Jane Doe",
   * "said well-known critic Jane Doe", where the tagger reads "long" as an adverb or "known" as a verb and
   * the grammar finds no speaker after the cue (the quote was lost); both words become adjectives, a
   * number staying one ("10-day trip"). Not a compound that is itself the noun ("a follow-up.").
   */
  private static boolean closesAHyphenedModifier(Tokens t, String[] tags, int i) {
    return i >= 2 && i + 1 < t.size() && t.joinedByHyphen(i - 1) && Character.isLowerCase(t.word(i).charAt(0))
        && (Character.isLowerCase(t.word(i - 2).charAt(0)) || tags[i - 2].equals("CD")) && !tags[i].startsWith("JJ")
        && tags[i + 1].startsWith("NN") && t.sentence(i + 1) == t.sentence(i) && t.sentence(i - 2) == t.sentence(i);
  }

  /**
   * A capitalised gerund inside a sentence, right before a name's word, opens a body's name: "according
   * to the charity Feeding America", where the tagger reads "Feeding" as a verb and the source is
   * "America", a place. Not after a colon or a quote mark ("one message: Keeping Canada safe"), nor in a
   * title-case headline ("Feeding America Gets Harder").
   */
  private static boolean opensABodysName(Tokens t, String[] tags, int i) {
    return i >= 1 && i + 1 < t.size() && tags[i].equals("VBG") && t.capitalized(i) && !t.inCapitals(i) && !t.opensSentence(i)
        && !t.word(i - 1).equals(":") && !tags[i - 1].equals("``") && tags[i + 1].startsWith("NNP") && t.capitalized(i + 1)
        && t.sentence(i + 1) == t.sentence(i) && !titleCase(t, i);
  }

  private static boolean nameTag(String tag) {
    return tag.equals("FW") || tag.equals("NNP");
  }

  /**
   * A capitalised common noun inside a sentence, right after a capitalised name word and before a verb,
   * punctuation or a lower-case word, closes the name: "Elon Musk said" and "Elon Musk on Monday
   * attacked", where the tagger reads the surname as the noun "musk"; "the Trump campaign said", a word
   * that opens its sentence and a title-case headline's noun before another capitalised word stay as
   * they are.
   */
  private static boolean isCommonWordSurname(Tokens t, String[] tags, int i) {
    boolean closesTheName = i + 1 < t.size() && (beforeVerbOrPunctuation(t, tags, i) || tags[i + 1].equals("MD")
        || t.sentence(i + 1) == t.sentence(i) && Character.isLowerCase(t.word(i + 1).charAt(0)));
    return i >= 1 && tags[i].equals("NN") && t.capitalized(i) && !t.opensSentence(i) && tags[i - 1].equals("NNP")
        && t.capitalized(i - 1) && !t.inCapitals(i - 1) && t.sentence(i - 1) == t.sentence(i) && closesTheName;
  }

  /** Whether a verb or a one-character punctuation mark follows token {@code i}, which is not the last. */
  private static boolean beforeVerbOrPunctuation(Tokens t, String[] tags, int i) {
    return tags[i + 1].startsWith("VB") || t.word(i + 1).length() == 1 && !Character.isLetterOrDigit(t.word(i + 1).charAt(0));
  }

  private static boolean modifies(String tag) {
    return tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD")
        || tag.equals("POS");
  }

  /** For each sentence, whether it has no lowercase letter: a headline in capitals. */
  private static boolean[] shoutedSentences(Tokens t) {
    int count = 0;
    for (int j = 0; j < t.size(); j++) {
      count = Math.max(count, t.sentence(j) + 1);
    }
    boolean[] shouted = new boolean[count];
    java.util.Arrays.fill(shouted, true);
    for (int j = 0; j < t.size(); j++) {
      if (t.word(j).chars().anyMatch(Character::isLowerCase)) {
        shouted[t.sentence(j)] = false;
      }
    }
    return shouted;
  }

  /**
   * The first word of a listed compound noun ({@code compound-nouns.txt}) read as a verb is the noun's
   * first word: "The Resolution Foundation think tank estimates that …"; not after a subject pronoun,
   * "I think tanks are obsolete".
   */
  private boolean opensACompoundNoun(Tokens t, String[] tags, int i) {
    return i > 0 && i + 1 < t.size() && tags[i].startsWith("VB") && !tags[i - 1].equals("PRP")
        && words.isCompoundNoun(t.lower(i), t.lower(i + 1));
  }

  /**
   * A title word read as a verb before another title word and a name modifies that title ("Leafs
   * head coach Craig Berube said", where the tagger reads "head" as a verb and makes "coach" what
   * was headed); not before a title and a common noun ("Women head coach searches less often").
   */
  private boolean titleWordBeforeATitle(Tokens t, String[] tags, int i) {
    return i + 2 < t.size() && tags[i].startsWith("VB") && words.isTitle(t.lower(i)) && words.isTitle(t.lower(i + 1))
        && tags[i + 2].startsWith("NNP") && t.sentence(i) == t.sentence(i + 2);
  }

  /**
   * "like" before "to" and a verb is the verb of the clause, not a preposition: "Ministers like to say
   * they are …", where the tagger reads "like" as a preposition and the speaker was "Ministers like
   * to". Not "like" before a noun ("a plan like to-do lists" has no verb after "to").
   */
  private static boolean likeBeforeAnInfinitive(Tokens t, String[] tags, int i) {
    return i >= 1 && i + 2 < t.size() && t.lower(i).equals("like") && tags[i].equals("IN") && t.lower(i + 1).equals("to")
        && tags[i + 2].equals("VB") && tags[i - 1].startsWith("NN") && t.sentence(i + 2) == t.sentence(i);
  }

  /**
   * A "bare verb" right after a closing quote mark, before a noun and a name, modifies a title as after
   * a finite verb: "“…,” lead author Mingyang Song, an associate professor at Harvard, said", where the
   * tagger reads "lead" as a verb and the grammar found no subject before "said". Not before a common
   * noun alone ("“…” lead investors to sell").
   */
  private static boolean modifiesTitleAfterAQuote(Tokens t, String[] tags, int i) {
    boolean closing = i >= 2 && Set.of("\"", "”", "''").contains(t.word(i - 1)) && t.quoted(i - 2) && !t.quoted(i);
    return closing && i + 2 < t.size() && (tags[i].equals("VB") || tags[i].equals("VBP")) && beforeATitleAndAName(t, tags, i);
  }

  /**
   * A "bare verb" right after a finite verb and before a noun and a name modifies a title ("said lead
   * author Ingrid Hansen", where the tagger reads "lead" as a verb and the speaker is lost).
   */
  private static boolean modifiesTitle(Tokens t, String[] tags, int i) {
    return tags[i].equals("VB") && (tags[i - 1].equals("VBD") || tags[i - 1].equals("VBZ")) && beforeATitleAndAName(t, tags, i);
  }

  /** Whether a noun and a name follow token {@code i}, in the sentence of the token before it. */
  private static boolean beforeATitleAndAName(Tokens t, String[] tags, int i) {
    return (tags[i + 1].equals("NN") || tags[i + 1].equals("NNS")) && tags[i + 2].equals("NNP")
        && t.sentence(i - 1) == t.sentence(i + 2);
  }
}
