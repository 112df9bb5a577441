package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.saywho.Speaker;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.jspecify.annotations.Nullable;

/**
 * The entity mentions seen so far, in text order, for resolving pronouns: "he" and "she" go to the
 * latest compatible person that was a clause's subject (a speaker counts), "they" to the latest group
 * or organisation, "it" to the latest organisation or unnamed document ("the report said … It
 * accused …", the caller's choice). Mentions inside reported content are not
 * candidates: in "Peskov said Trump heard it. He added…", "He" is Peskov.
 */
final class Salience {

  /**
   * A mention: its last token, paragraph, entity, whether it is a subject outside reported content, and
   * the gender of the unnamed individual it describes ("a woman"; UNKNOWN for "one nurse"), if it is one.
   */
  private record Seen(int token, int paragraph, EntityDraft entity, boolean subject, boolean inContent,
      Optional<Gender> individual) {}

  /** How many paragraphs back a pronoun may reach. */
  private static final int PARAGRAPHS_BACK = 2;

  private final List<Seen> seen = new ArrayList<>();
  private final Tokens tokens;
  /** Each paragraph's distance from the first, not counting paragraphs that are all quotation. */
  private final int[] narrative;

  /**
   * Salience over an article's tokens.
   *
   * @param tokens the tokens
   * @param quoteOnly which paragraphs hold nothing but quotation: a quote running over several
   *     paragraphs ("“For too long …" / "“That ends today …" / "“And we will …,” she said") puts no
   *     distance between a pronoun and the person named before it (for persons; "it" reaches as far as
   *     ever)
   */
  Salience(Tokens tokens, boolean[] quoteOnly) {
    this.tokens = tokens;
    this.narrative = new int[quoteOnly.length];
    for (int p = 1; p < quoteOnly.length; p++) {
      narrative[p] = narrative[p - 1] + (quoteOnly[p] ? 0 : 1);
    }
  }

  /** How many paragraphs back {@code from} lies from {@code paragraph}, quotation-only ones not counted. */
  private int back(int paragraph, int from) {
    return paragraph >= 0 && paragraph < narrative.length && from >= 0 && from < narrative.length
        ? narrative[paragraph] - narrative[from]
        : paragraph - from;
  }

  void add(int token, int paragraph, EntityDraft e, boolean subject, boolean inContent, Optional<Gender> individual) {
    seen.add(new Seen(token, paragraph, e, subject, inContent, individual));
  }

  /**
   * Resolves a personal pronoun.
   *
   * @param paragraph the pronoun's paragraph
   * @param gender MALE for "he", FEMALE for "she", UNKNOWN for "they" and "it"
   * @param wanted the entity types the pronoun can refer to
   * @return the antecedent, or null when none fits
   */
  @Nullable EntityDraft resolve(int paragraph, Gender gender, List<Speaker.Type> wanted) {
    return resolve(paragraph, gender, wanted, e -> true);
  }

  /**
   * Resolves "he" or "she". When the latest subject in reach is a person whose gender is not known and
   * the pronoun opens a subordinate clause, a person of the pronoun's gender named before it in its
   * own sentence comes first, even inside reported content: in "Christie described Hillary Clinton as
   * a disgrace after she attacked …", "she" is Clinton; in "…, but he said" the subject stays. When no
   * person of the pronoun's gender is in reach, a pronoun that continues the subject of the sentence
   * before it is that subject's even if the first name said the other gender, as only a first name did
   * ("Mayor Tory Whanau said …" and then "“…,” she told reporters": the lists give "Tory" to men), and
   * so is it when the person of its gender in reach was not seen in the pronoun's paragraph
   * ("Associate Professor Tama Leaver said … “…,” he said" is Leaver's, not a man quoted before).
   *
   * @param pronoun the pronoun's token
   * @param paragraph its paragraph
   * @param gender MALE for "he", FEMALE for "she"
   * @return the antecedent, or null when none fits
   */
  @Nullable EntityDraft resolvePerson(int pronoun, int paragraph, Gender gender) {
    EntityDraft found = resolve(paragraph, gender, List.of(Speaker.Type.PERSON));
    if (found == null) {
      return subjectGenderedByNameOnly(pronoun, paragraph);
    }
    if (!seenIn(found, paragraph)) {
      EntityDraft subject = subjectGenderedByNameOnly(pronoun, paragraph);
      if (subject != null) {
        return subject; // "Associate Professor Tama Leaver said … “…,” he said", not a man of the paragraph before
      }
      EntityDraft introduced = introducedJustBefore(pronoun, paragraph, gender);
      if (introduced != null) {
        return introduced;
      }
      EntityDraft individual = found.gender() == gender ? null : individualSubjectIn(pronoun, paragraph, gender);
      if (individual != null) {
        return individual; // "A student who was in the building told …. “…,” she said", not a minister before
      }
    }
    if (found.gender() == gender || pronoun == 0 || !tokens.tag(pronoun - 1).equals("IN")) {
      return found;
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.token() < pronoun && tokens.sentence(s.token()) != tokens.sentence(pronoun)) {
        break;
      }
      EntityDraft e = s.entity();
      if (s.token() < pronoun && e.type() == Speaker.Type.PERSON && e.gender() == gender) {
        return e;
      }
    }
    return found;
  }

  /**
   * The one person the sentence before a pronoun's names, in the pronoun's paragraph and not as a
   * subject, when the pronoun opens its sentence or follows only a quote: "That view is shared by the
   * county's planning director, Luis Romero. “We have lost a third of our farmland,” he said." Null
   * when that sentence names no person of the pronoun's gender, or more than one person, or names the
   * person as a verb's object ("…: forcing Sanders to reverse his opposition. “…,” he said"), or
   * when that sentence has a pronoun of its own ("He stood near the figure of Abraham Lincoln.").
   */
  private @Nullable EntityDraft introducedJustBefore(int pronoun, int paragraph, Gender gender) {
    int start = tokens.sentenceStart(pronoun);
    if (tokens.sentence(pronoun) == 0 || !onlyQuoted(start, pronoun - 1)) {
      return null;
    }
    int last = start - 1;
    while (last >= 0 && quoteOnly(last)) {
      last = tokens.sentenceStart(last) - 1;
    }
    if (last < 0) {
      return null;
    }
    int before = tokens.sentence(last);
    String own = subjectPronoun(gender);
    for (int i = tokens.sentenceStart(last); i <= last; i++) {
      if (tokens.lower(i).equals(own) && !tokens.quoted(i)) {
        return null;
      }
    }
    EntityDraft only = null;
    for (Seen s : seen) {
      if (s.token() >= pronoun || tokens.sentence(s.token()) < before || s.entity().type() != Speaker.Type.PERSON) {
        continue;
      }
      if (s.paragraph() != paragraph || s.inContent() || only != null && only != s.entity() || afterAVerb(s.token())) {
        return null;
      }
      only = s.entity();
    }
    return only != null && gender.compatible(only.gender()) ? only : null;
  }

  /** Whether the name ending at token {@code last} follows a verb, as its object. */
  private boolean afterAVerb(int last) {
    int first = last;
    while (first > 0 && tokens.tag(first - 1).startsWith("NNP") && tokens.sentence(first - 1) == tokens.sentence(last)) {
      first--;
    }
    return first > 0 && tokens.tag(first - 1).startsWith("VB");
  }

  /** The subject pronoun of a person of the gender: "he" for MALE, else "she". */
  private static String subjectPronoun(Gender gender) {
    return gender == Gender.MALE ? "he" : "she";
  }

  /** Whether the entity was seen in the paragraph. */
  private boolean seenIn(EntityDraft e, int paragraph) {
    for (Seen s : seen) {
      if (s.entity() == e && s.paragraph() == paragraph) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unnamed individual who is the latest subject before a "he" or "she" in its paragraph, whose
   * noun does not gainsay the pronoun ("A student who was in the building told Czech Television …"),
   * or null. Taken over a person of unknown gender the paragraph does not mention, whom a pronoun
   * would otherwise reach back to.
   */
  private @Nullable EntityDraft individualSubjectIn(int pronoun, int paragraph, Gender gender) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.paragraph() != paragraph) {
        return null;
      }
      if (s.token() < pronoun && s.subject() && !s.inContent()) {
        Gender described = s.individual().orElse(null);
        return described == Gender.UNKNOWN || described == gender ? s.entity() : null;
      }
    }
    return null;
  }

  private @Nullable EntityDraft subjectGenderedByNameOnly(int pronoun, int paragraph) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.token() < pronoun && s.subject() && !s.inContent() && s.entity().type() == Speaker.Type.PERSON) {
        EntityDraft e = s.entity();
        return e.genderOnlyByFirstName() && opensItsSentence(s.token()) && continuesTheSubject(pronoun, paragraph, e) ? e : null;
      }
    }
    return null;
  }

  /**
   * Whether only a title or role comes before the mention ending at {@code last} in its sentence ("Mayor
   * Tory Whanau"), its affiliation included ("Associate Professor Tama Leaver of Curtin University").
   */
  private boolean opensItsSentence(int last) {
    for (int i = tokens.sentenceStart(last); i < last; i++) {
      String tag = tokens.tag(i);
      boolean affiliation = tag.equals("IN") && (tokens.lower(i).equals("of") || tokens.lower(i).equals("at"));
      if (!tag.startsWith("NN") && !tag.startsWith("JJ") && !tag.equals("DT") && !tag.equals("HYPH") && !affiliation) {
        return false;
      }
    }
    return true;
  }

  /**
   * Resolves a description as a pronoun, among the entities it fits; an unnamed individual whose noun
   * has no gender ("one nurse", "a cashier") takes a "she" or "he" only when nothing else fits.
   *
   * @param paragraph the description's paragraph
   * @param gender the gender its noun carries
   * @param wanted the entity types it can refer to
   * @param fits which entities it can describe
   * @return the antecedent, or null when none fits
   */
  @Nullable EntityDraft resolve(int paragraph, Gender gender, List<Speaker.Type> wanted, Predicate<EntityDraft> fits) {
    EntityDraft fallback = null;
    EntityDraft someone = null;
    boolean chained = false;
    boolean person = wanted.equals(List.of(Speaker.Type.PERSON));
    boolean gendered = person && gender != Gender.UNKNOWN;
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if ((person ? back(paragraph, s.paragraph()) : paragraph - s.paragraph()) > PARAGRAPHS_BACK) {
        break;
      }
      EntityDraft e = s.entity();
      Gender described = s.individual().orElse(null);
      boolean individual = gendered && described == gender;
      if (!s.inContent() && gendered && s.subject() && someone == null && described == Gender.UNKNOWN && fits.test(e)) {
        someone = e; // "One nurse said …": her "she" when no one else fits
      }
      if (s.inContent() || !(wanted.contains(e.type()) && gender.compatible(e.gender()) || individual) || !fits.test(e)) {
        continue;
      }
      if (s.subject()) {
        return e;
      }
      chained |= gendered && afterItsSentencesPronoun(s.token(), gender);
      if (fallback == null && !chained) {
        fallback = e;
      }
    }
    return fallback != null ? fallback : someone;
  }

  /**
   * Whether the mention ending at token {@code last} follows a "he" or "she" of the gender that opens
   * its sentence, outside quote marks: "He was arrested for the call to the offices of Omar." The
   * pronoun is the sentence's subject and the name someone else, so a pronoun after it continues the
   * pronoun, not the name ("During the call, he asked …" is not Omar), nor a name before it that was
   * no subject either: only a subject in reach may still be its referent.
   */
  private boolean afterItsSentencesPronoun(int last, Gender gender) {
    int start = tokens.sentenceStart(last);
    String own = subjectPronoun(gender);
    return start < last && tokens.lower(start).equals(own) && !tokens.quoted(start);
  }

  /**
   * Returns whether {@code chosen} is the only person a gendered pronoun in {@code paragraph} could
   * refer to: only then does the pronoun tell the person's gender.
   */
  boolean onlyCandidate(int paragraph, Gender gender, EntityDraft chosen) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (back(paragraph, s.paragraph()) > PARAGRAPHS_BACK) {
        break;
      }
      EntityDraft e = s.entity();
      if (e != chosen && !s.inContent() && e.type() == Speaker.Type.PERSON && gender.compatible(e.gender())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code chosen} is the only person named in the paragraph before a pronoun: then the
   * pronoun that opens the person's own report ("Sandhu said she …") is the person.
   *
   * @param pronoun the pronoun's token
   * @param paragraph its paragraph
   * @param chosen the person it was resolved to
   * @return true when no other person comes before it in its paragraph
   */
  boolean onlyPersonOfItsParagraph(int pronoun, int paragraph, EntityDraft chosen) {
    boolean seenChosen = false;
    for (int i = seen.size() - 1; i >= 0 && seen.get(i).paragraph() >= paragraph; i--) {
      Seen s = seen.get(i);
      if (s.token() >= pronoun || s.paragraph() != paragraph) {
        continue;
      }
      if (s.entity() != chosen && s.entity().type() == Speaker.Type.PERSON) {
        return false;
      }
      seenChosen |= s.entity() == chosen;
    }
    return seenChosen;
  }

  /**
   * Returns whether a pronoun opening a sentence, or following the quote or the participle or
   * prepositional phrase that opens it ("Speaking in Kent, she said"), picks up the
   * subject of the sentence before it, in its paragraph or closing the paragraph before, with no other
   * person named in either before it: "Sam Patel said the policy was unfair. He added that …", "… said
   * demand was rising. “We need clinics,” she said.", "NDP critic Meara Conway disagreed." and then
   * "“The minister is out of touch,” she said." Then the pronoun tells the person's gender, whoever
   * else the article named earlier.
   *
   * @param pronoun the pronoun's token
   * @param paragraph its paragraph
   * @param chosen the person it was resolved to
   * @return true when the pronoun continues the previous sentence's subject
   */
  boolean continuesTheSubject(int pronoun, int paragraph, EntityDraft chosen) {
    int sentence = tokens.sentence(pronoun);
    if (sentence == 0) {
      return false;
    }
    int start = tokens.sentenceStart(pronoun);
    boolean adjunct = openingAdjunct(start, pronoun);
    if (!adjunct && !onlyQuoted(start, pronoun - 1)) {
      return false; // only a quote may come before it: "“…,” she said."
    }
    int before = sentence - 1;
    for (int last = start - 1; !adjunct && before > 0 && quoteOnly(last); last = tokens.sentenceStart(last) - 1) {
      before--; // "“It's a team game. The boys made it easy,” he said.", "“Why should Delhi suffer?” he asked."
    }
    boolean subject = false;
    for (Seen s : seen) {
      int at = tokens.sentence(s.token());
      if (s.token() >= pronoun || at < before) {
        continue;
      }
      if (s.paragraph() != paragraph && !(s.paragraph() == paragraph - 1 && at == before)) {
        return false;
      }
      if (s.entity() != chosen && s.entity().type() == Speaker.Type.PERSON) {
        return false;
      }
      subject |= s.entity() == chosen && at == before && s.subject() && !s.inContent();
    }
    return subject;
  }

  /** Whether the sentence ending at token {@code last} holds quoted words and nothing more. */
  private boolean quoteOnly(int last) {
    return last >= 0 && onlyQuoted(tokens.sentenceStart(last), last);
  }

  /** Whether every word among tokens {@code [first, last]} is quoted; punctuation may stand outside. */
  private boolean onlyQuoted(int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!tokens.quoted(i) && Character.isLetterOrDigit(tokens.word(i).codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the sentence opens with a participle or a preposition whose phrase ends in a comma right
   * before the pronoun ("Speaking during a visit to Kent, she said", "In a statement, he added"): the
   * phrase is about the pronoun's subject, as a quote before it would be.
   */
  private boolean openingAdjunct(int start, int pronoun) {
    String tag = tokens.tag(start);
    return pronoun > start + 1 && tokens.word(pronoun - 1).equals(",") && !tokens.quoted(start)
        && (tag.equals("VBG") || tag.equals("VBN") || tag.equals("IN") && !tokens.lower(start).equals("that"));
  }
}
