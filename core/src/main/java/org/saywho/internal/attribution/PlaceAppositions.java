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
  /** The most words of a campus's name, and of the body's name before its comma. */
  private static final int MAX_CAMPUS = 4;

  private PlaceAppositions() {}

  /** Returns the drafts, a place after its city replaced as speaker by the subject it describes. */
  static List<Draft> mended(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().flatMap(sp -> subject(t, sp, words)).map(d::withSpeaker).orElse(d)).toList();
  }

  private static Optional<SpeakerMention> subject(Tokens t, SpeakerMention sp, Words words) {
    String place = t.span(sp.first(), sp.last()).in(t.text()).toLowerCase(Locale.ROOT);
    boolean listed = words.isPlace(place) || place.endsWith(".") && words.isPlace(place.substring(0, place.length() - 1));
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
    if (sp.last() - sp.first() >= MAX_CAMPUS || sp.first() < 2) {
      return false;
    }
    for (int i = sp.first(); i <= sp.last(); i++) {
      if (!Grammar.proper(t, i)) {
        return false;
      }
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

  private static boolean hasPreposition(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (t.tag(i).equals("IN")) {
        return true;
      }
    }
    return false;
  }
}
