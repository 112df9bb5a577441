package org.saywho.internal.entity;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.saywho.Speaker;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;

/**
 * A sports or profile writer's epithet for the person just quoted: "Mohammed Shami said he had worked
 * hard. “I always believed …,” the fast bowler said." Conditions: the mention is "the", then only
 * lower-case adjectives and nouns, then a singular noun for one person ("bowler", "neurosurgeon",
 * "striker") that is no office, group or noun for an unnamed source ("the man", "the witness", "the
 * veteran": {@code person-nouns.txt}), and no title unless it names a walk of life ("the billionaire",
 * "the real estate mogul"); the article has not introduced someone with it before ("a
 * nurse … the nurse"); the speaker quoted just before is a named person, in the same paragraph or the
 * one before; no other person is named between the two; and a gendered noun agrees with that person's
 * gender. With no one quoted in the paragraph before, an age is the one person named in its
 * paragraph and the two before ("Fatima Adam walked for four days … “…,” the 34-year-old told Al
 * Jazeera"). A nationality ("the Spaniard"), an age ("the 27-year-old", "the 34-year-old nurse") or a
 * player's rank ("the world number 12") is such an epithet too. A nationality no quoted speaker
 * accounts for is the one person its own paragraph names before it outside quotation marks ("Brentford
 * manager Thomas Frank was delighted. “…,” the Dane told Sky Sports", after Arteta was quoted), or, when
 * its paragraph names no one before it, the one person the paragraph before names so ("Zverev, who lost
 * his third final, was gracious in defeat. / “You're simply too good,” the German told Sinner"). An
 * office or role the article gave someone is resolved elsewhere ({@link Nominals}).
 */
final class Epithets {

  /** An age standing for the person ("the 27-year-old"). */
  private static final Pattern AGE = Pattern.compile("\\d+-year-old");

  private final Article doc;
  private final Tokens t;
  private final Words words;
  private final Nominals nominals;

  Epithets(Article doc, Words words, Nominals nominals) {
    this.doc = doc;
    this.t = doc.tokens();
    this.words = words;
    this.nominals = nominals;
  }

  /**
   * The person the mention describes, or null.
   *
   * @param sp the speaker mention
   * @param previous the speaker quoted just before, or null
   * @param previousLast the last token of that speaker's mention
   */
  @Nullable EntityDraft describing(SpeakerMention sp, @Nullable EntityDraft previous, int previousLast) {
    if (!epithet(sp)) {
      return null;
    }
    EntityDraft quoted = quotedJustBefore(sp, previous, previousLast);
    if (quoted != null || !nationality(sp.head())) {
      return quoted;
    }
    EntityDraft named = onlyPersonNamedInItsParagraph(sp.first());
    if (named == null && !personNamedInItsParagraph(sp.first())) {
      named = onlyPersonNamed(sp.first(), doc.paragraphOf(sp.first()) - 1, true);
    }
    return named == null || disagrees(sp, named) ? null : named;
  }

  /** The speaker quoted just before, when the epithet may describe them; or, for an age, the person named just before. */
  private @Nullable EntityDraft quotedJustBefore(SpeakerMention sp, @Nullable EntityDraft previous, int previousLast) {
    int paragraphs = previous == null ? Integer.MAX_VALUE : doc.paragraphOf(sp.first()) - doc.paragraphOf(previousLast);
    if (previous == null || paragraphs > 1) {
      return age(sp) ? onlyPersonNamedJustBefore(sp.first()) : null;
    }
    if (!previous.named() || previous.type() != Speaker.Type.PERSON || paragraphs < 0) {
      return null;
    }
    for (int i = previousLast + 1; i < sp.first(); i++) {
      NameMention m = nominals.nameAt(i);
      if (m != null && m.type() == Speaker.Type.PERSON && nominals.entityOf(m) != previous) {
        return null;
      }
    }
    return disagrees(sp, previous) ? null : previous;
  }

  /** Whether the epithet's gendered noun ("the Frenchwoman", "the actor") says another gender than the person's. */
  private boolean disagrees(SpeakerMention sp, EntityDraft person) {
    Gender g = words.genderOfWord(t.lower(sp.head()));
    return g != Gender.UNKNOWN && person.gender() != Gender.UNKNOWN && g != person.gender();
  }

  /**
   * The one person named in a nationality's own paragraph before it, outside quotation marks: the
   * writer's "the Dane" for the player the paragraph is about ("Brentford manager Thomas Frank was
   * delighted. “…,” the Dane told Sky Sports"), though someone else was quoted the paragraph before;
   * null when none or several are named there.
   */
  private @Nullable EntityDraft onlyPersonNamedInItsParagraph(int first) {
    return onlyPersonNamed(first, doc.paragraphOf(first), true);
  }

  /** Whether a person is named in the paragraph of token {@code first} before it, outside quotation marks. */
  private boolean personNamedInItsParagraph(int first) {
    for (int i = first - 1; i >= 0 && doc.paragraphOf(i) == doc.paragraphOf(first); i--) {
      NameMention m = nominals.nameAt(i);
      if (m != null && m.type() == Speaker.Type.PERSON && !t.quoted(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one named person mentioned before token {@code first} from paragraph {@code fromParagraph} on,
   * outside quotation marks if {@code unquoted}, leaving out names mentioned on the side ("Olena
   * Kovalenko has not heard from her son, Andriy, … “…,” the 52-year-old said" is Kovalenko); null when
   * none or several are.
   */
  private @Nullable EntityDraft onlyPersonNamed(int first, int fromParagraph, boolean unquoted) {
    EntityDraft only = null;
    for (int i = first - 1; i >= 0 && doc.paragraphOf(i) >= fromParagraph; i--) {
      NameMention m = nominals.nameAt(i);
      if (m != null && m.type() == Speaker.Type.PERSON && !(unquoted && t.quoted(i)) && !sideMention(m)) {
        EntityDraft e = nominals.entityOf(m);
        if (e == null || only != null && e != only) {
          return null;
        }
        only = e;
      }
    }
    return only != null && only.named() ? only : null;
  }

  /**
   * Whether a name is mentioned on the side, not as someone the paragraph is about: a preposition's
   * object ("has not heard from Andriy") or in apposition to a common noun ("her son, Andriy"), as
   * relatives and companions are named.
   */
  private boolean sideMention(NameMention m) {
    int before = m.first() - 1;
    boolean apposed = before >= 1 && t.word(before).equals(",") && t.tag(before - 1).startsWith("NN")
        && !t.capitalized(before - 1);
    return apposed || t.afterPreposition(m.first());
  }

  /**
   * With no one quoted in the paragraph before, the one named person of an age's paragraph, up
   * to it, and the two before ("Fatima Adam walked for four days … “We ate leaves on the
   * road,” the 34-year-old told Al Jazeera"); null when none or several are named there (a photo
   * credit's name between the person and the age leaves it unresolved).
   */
  private @Nullable EntityDraft onlyPersonNamedJustBefore(int first) {
    return onlyPersonNamed(first, doc.paragraphOf(first) - 2, false);
  }

  private boolean epithet(SpeakerMention sp) {
    int head = sp.head();
    String w = t.lower(head);
    if (rank(sp)) {
      return true;
    }
    if (!t.lower(sp.first()).equals("the") || head != sp.last() || head == sp.first() || introducedBefore(sp.first(), w)) {
      return false;
    }
    if (age(sp)) {
      return true;
    }
    boolean describes = nationality(head) || personalNoun(t, head, words)
        && !words.isPeopleNoun(w) && !words.isOffice(w) && !words.isPersonNoun(w); // titles left name a walk of life
    if (!describes) {
      return false;
    }
    for (int i = sp.first() + 1; i < head; i++) {
      boolean modifier = t.tagIs(i, "JJ") || t.tag(i).equals("NN") || t.tag(i).equals("VBN");
      if (!modifier || t.capitalized(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} is a lower-case singular noun for one person that no unnamed source goes
   * by ("bowler", "neurosurgeon", "boss"; not "source", nor a body's noun the tagger reads as singular:
   * "The police had accused him" is no epithet for the lawyer quoted before): the stuff of epithets and
   * of the roles before a name ("Chelsea boss Enzo Maresca").
   */
  static boolean personalNoun(Tokens t, int i, Words words) {
    String w = t.lower(i);
    return t.tag(i).equals("NN") && !t.capitalized(i) && words.isAnimate(w) && !words.isAnonymous(w) && !words.isBodyNoun(w);
  }

  /**
   * Whether the epithet is a player's rank: "the", lower-case or national adjectives, "number" and the
   * rank ("the world number 12", "the British number one").
   */
  private boolean rank(SpeakerMention sp) {
    int last = sp.last();
    if (!t.lower(sp.first()).equals("the") || last < sp.first() + 2 || !t.lower(last - 1).equals("number")
        || !(t.tag(last).equals("CD") || t.lower(last).equals("one"))) {
      return false;
    }
    for (int i = sp.first() + 1; i < last - 1; i++) {
      if (!(t.tagIs(i, "JJ") || t.tag(i).equals("NN") || t.tag(i).startsWith("NNP") && words.isDemonym(t.lower(i) + "s"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the epithet is an age ("the 53-year-old", which the tokenizer splits into five tokens). */
  private boolean age(SpeakerMention sp) {
    return sp.head() > sp.first() && (ageUpTo(sp.first(), sp.head()) || agedNoun(sp));
  }

  /** Whether the words after "the" at {@code first} up to token {@code last} are an age ("27-year-old"). */
  private boolean ageUpTo(int first, int last) {
    return AGE.matcher(t.text().substring(t.start(first + 1), t.end(last))).matches();
  }

  /**
   * Whether an age modifies a lower-case singular noun for one person: "the 34-year-old nurse", "the
   * 52-year-old mother" reads as "the 34-year-old" does, whatever the noun ("the nurse" alone may be
   * someone else).
   */
  private boolean agedNoun(SpeakerMention sp) {
    int head = sp.head();
    return head - 1 > sp.first() && ageUpTo(sp.first(), head - 1) && t.tag(head).equals("NN") && !t.capitalized(head)
        && words.isAnimate(t.lower(head)) && !words.isBodyNoun(t.lower(head));
  }

  /**
   * A capitalised noun for one person of a nationality ("the Spaniard", "the Australian", "the
   * Frenchman"): its plural is a demonym, or it is one ending in "man"; not the adjectives that name a
   * people ("the British", "the Chinese").
   */
  private boolean nationality(int head) {
    String w = t.lower(head);
    return t.capitalized(head) && (words.isDemonym(w + "s") || (w.endsWith("man") || w.endsWith("woman")) && words.isDemonym(w));
  }

  /** Whether "a" or "an", perhaps with modifiers, introduces the noun before {@code before}. */
  private boolean introducedBefore(int before, String noun) {
    for (int i = 1; i < before; i++) {
      if (!t.lower(i).equals(noun)) {
        continue;
      }
      int d = i - 1;
      while (d > 0 && (t.tagIs(d, "JJ") || t.tag(d).equals("NN"))) {
        d--;
      }
      String det = t.lower(d);
      if (det.equals("a") || det.equals("an") || det.equals("another")) {
        return true;
      }
    }
    return false;
  }
}
