package org.saywho.internal.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * A state or country written after its city is no one's name: in "Jane Doe, a nurse from Austin, Texas,
 * said …" and "Duane Mellor, a dietitian at Aston University in Birmingham, England, said …", the
 * grammar reads the place after the city's comma as the name of the description before it. The speaker
 * is the subject before the first comma of the clause ("Jane Doe", the description its role), or, with
 * no comma there, the noun phrase before the city's preposition ("A retiree in Carthage, Illinois,
 * said" is the retiree's, "Stacy Baker of Columbia, South Carolina" Stacy Baker's), when no preposition
 * is inside it. Conditions: the speaker mention is a listed state, province or country (a
 * trailing full stop aside), a comma and a capitalised city stand before it (no listed country itself:
 * "… to Eritrea, Ethiopia continues" names two countries), and a preposition before the city. Read
 * after the tagger. A campus after its university is read the same way ("Michael Manga, a geophysicist at
 * the University of California, Berkeley, said" is Manga's).
 */
final class PlaceAppositions {

  /** Nouns that open a body's name a campus may follow ("University of California, Berkeley"). */
  private static final Set<String> CAMPUS_BODIES = WordSets.named("place-appositions.campus-bodies");
  /** Prepositions of place or membership after a person's description ("a nurse from Austin, who"). */
  private static final Set<String> WHO_PREPOSITIONS = WordSets.named("place-appositions.who-prepositions");
  /** The most words of a campus's name, and of the body's name before its comma. */
  private static final int MAX_CAMPUS = 4;

  private PlaceAppositions() {}

  /** Returns the drafts, a place after its city replaced as speaker by the subject it describes. */
  static List<Draft> mended(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream()
        .map(d -> d.speaker().flatMap(sp -> subject(t, sp, words).or(() -> antecedentOfWho(t, sp, words)))
            .map(d::withSpeaker).orElse(d))
        .toList();
  }

  /**
   * The person a "who" clause after a place describes, when the grammar read the place as the
   * clause's antecedent: in "…,” said Alan Berger, a gynecologist from Englewood, New Jersey, who said he
   * is friendly with …" and "said Nicky Driscoll, 24, from Manchester, who said …" the report is the
   * named person's, the description or the age their role, and with no name before a description
   * ("…, said the mayor of Springfield, Illinois, who said …") the description's. Conditions: the
   * speaker mention is a listed place, or a proper name after an age, with a comma and "who" right
   * after it; a preposition of place or membership before it ({@code place-appositions.who-prepositions}),
   * or before a listed place's city and comma; before the preposition, an age between commas or (for a
   * listed place) a noun phrase, and before that a comma and a proper name, all in the sentence. Read
   * after the tagger.
   */
  private static Optional<SpeakerMention> antecedentOfWho(Tokens t, SpeakerMention sp, Words words) {
    String place = t.span(sp.first(), sp.last()).in(t.text()).toLowerCase(Locale.ROOT);
    boolean listed = listedPlace(place, words);
    int after = sp.last() + 1;
    if (!(listed || allProper(t, sp)) || after + 1 >= t.size() || !Grammar.comma(t, after)
        || !t.lower(after + 1).equals("who")) {
      return Optional.empty();
    }
    int sentence = t.sentence(sp.first());
    int k = sp.first() - 1;
    if (listed && k > 1 && Grammar.comma(t, k) && Grammar.proper(t, k - 1)) {
      k--;
      while (k - 1 >= 0 && Grammar.proper(t, k - 1) && t.sentence(k - 1) == sentence) {
        k--; // the city before the place's comma
      }
      k--;
    }
    if (k < 2 || !WHO_PREPOSITIONS.contains(t.lower(k)) || t.sentence(k) != sentence) {
      return Optional.empty();
    }
    int e = Grammar.comma(t, k - 1) ? k - 2 : k - 1;
    int described;
    if (t.tag(e).equals("CD") && e > 1 && Grammar.comma(t, e - 1)) {
      described = e; // "Nicky Driscoll, 24, from Manchester"
    } else if (!listed) {
      return Optional.empty(); // "an endorsement from a Senate colleague, from Mike Lee, who": a person's name
    } else {
      described = NounPhrases.startLeftOf(t, e, t.sentenceStart(e));
      if (described < 0 || !Grammar.noun(t, e)) {
        return Optional.empty();
      }
    }
    TokenRange role = new TokenRange(described, sp.last());
    int nameEnd = described - 2;
    boolean named = nameEnd >= 0 && Grammar.comma(t, described - 1) && Grammar.proper(t, nameEnd)
        && t.sentence(nameEnd) == sentence;
    int first = named ? NounPhrases.startLeftOf(t, nameEnd, t.sentenceStart(nameEnd)) : -1;
    if (first >= 0) {
      return Optional.of(mention(t, first, nameEnd, Optional.of(role)));
    }
    return t.tag(described).equals("CD") ? Optional.empty() : Optional.of(mention(t, described, e, Optional.empty()));
  }

  private static Optional<SpeakerMention> subject(Tokens t, SpeakerMention sp, Words words) {
    String place = t.span(sp.first(), sp.last()).in(t.text()).toLowerCase(Locale.ROOT);
    boolean listed = listedPlace(place, words);
    if (!(listed || campus(t, sp)) || sp.first() < 3 || !Grammar.comma(t, sp.first() - 1) || !Grammar.proper(t, sp.first() - 2)) {
      return Optional.empty();
    }
    int city = sp.first() - 2;
    while (city - 1 >= 0 && Grammar.proper(t, city - 1) && t.sentence(city - 1) == t.sentence(city)) {
      city--;
    }
    int preposition = city - 1;
    String cityName = t.span(city, sp.first() - 2).in(t.text()).toLowerCase(Locale.ROOT);
    if (preposition < 1 || !t.tag(preposition).equals("IN") || t.sentence(preposition) != t.sentence(sp.first())
        || words.isCountry(cityName)) {
      return Optional.empty();
    }
    int start = t.sentenceStart(preposition);
    int comma = -1;
    for (int i = start; i < preposition; i++) {
      if (Grammar.comma(t, i)) {
        comma = i;
        break;
      }
    }
    int end = comma >= 0 ? comma - 1 : preposition - 1;
    int first = NounPhrases.startLeftOf(t, end, start);
    if (first != start || end < first || !Grammar.noun(t, end) || comma < 0 && hasPreposition(t, first, end)) {
      return Optional.empty(); // "Tuesday at Baldwin Wallace University in Berea, OH, …, Gov. John Kasich said" is no one's
    }
    Optional<TokenRange> role = comma >= 0 ? Optional.of(new TokenRange(comma + 1, sp.last())) : Optional.empty();
    return Optional.of(new SpeakerMention(new TokenRange(first, end), NounPhrases.head(t, first, end), role));
  }

  /**
   * Whether the speaker mention is a campus after its university's comma: "a geophysicist at the
   * University of California, Berkeley, said" (one to {@value #MAX_CAMPUS} capitalised words; the name
   * before the comma opens with a campus body's noun, {@code place-appositions.campus-bodies}, at most
   * {@value #MAX_CAMPUS} words back, through "of" and capitalised words).
   */
  private static boolean campus(Tokens t, SpeakerMention sp) {
    if (sp.last() - sp.first() >= MAX_CAMPUS || sp.first() < 2 || !allProper(t, sp)) {
      return false;
    }
    for (int i = sp.first() - 2; i >= 0 && i >= sp.first() - 2 - MAX_CAMPUS && t.sentence(i) == t.sentence(sp.first()); i--) {
      if (CAMPUS_BODIES.contains(t.lower(i)) && t.capitalized(i)) {
        return true;
      }
      if (!Grammar.proper(t, i) && !t.lower(i).equals("of")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the lower-case name is a listed state, province or country, a trailing full stop aside ("Mo."). */
  private static boolean listedPlace(String place, Words words) {
    return words.isPlace(place) || place.endsWith(".") && words.isPlace(place.substring(0, place.length() - 1));
  }

  private static SpeakerMention mention(Tokens t, int first, int last, Optional<TokenRange> role) {
    return new SpeakerMention(new TokenRange(first, last), NounPhrases.head(t, first, last), role);
  }

  private static boolean allProper(Tokens t, SpeakerMention sp) {
    for (int i = sp.first(); i <= sp.last(); i++) {
      if (!Grammar.proper(t, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPreposition(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (t.tag(i).equals("IN")) {
        return true;
      }
    }
    return false;
  }
}
