package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * A thing does not speak. An attribution whose speaker is headed by a common noun that names a thing
 * ("Health worries have dogged …", "Unsubtle tactics suggest …", "the push for Bobby Scott meant …")
 * is not someone's speech or thought: the cue is a verb of cause or effect. Nouns that can report
 * stay sources: documents and findings ("the report said", "a poll shows"), recordings, organisations
 * ("the campaign said", "unions said"), people and groups, titles that CoreNLP's animacy list calls things ("the head
 * of the delegation said", "the chair"), and sides ("Each side said", "the Clinton camp").
 */
final class ThingSources {

  private ThingSources() {}

  /**
   * Returns the drafts without the reported speech whose speaker is a thing; a quote in quote marks
   * stays, someone's words all the same, without that speaker.
   */
  static List<Draft> without(Article doc, List<Draft> drafts, Words words) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (!thing(doc.tokens(), d, words)) {
        out.add(d);
      } else if (d.type() != Quote.Type.INDIRECT) {
        out.add(d.withoutSpeaker());
      }
    }
    return out;
  }

  private static boolean thing(Tokens t, Draft d, Words words) {
    if (d.speaker().isEmpty()) {
      return false;
    }
    Attribution.SpeakerMention m = d.speaker().get();
    int head = firstHead(t, m.first(), m.last(), words);
    if (head < 0 || !t.tag(head).equals("NN") && !t.tag(head).equals("NNS") || !common(t, head, m.first(), m.last())) {
      return false;
    }
    String lower = t.lower(head);
    if (head > m.first() && words.isCompoundNoun(t.lower(head - 1), lower)) {
      return false; // "the think tank said": a body, though "tank" alone names a thing
    }
    return words.isInanimate(lower) && !words.isThing(lower) && !orgWord(lower, t.tag(head).equals("NNS"), words)
        && !words.isRecording(lower) && !words.isPersonNoun(lower) && !words.isPeopleNoun(lower)
        && !words.isOffice(lower) && !words.isQuantity(lower) && !words.isTitle(lower) && !words.isPartyNoun(lower);
  }

  /**
   * The head of the mention's first noun chunk: its last noun that owns nothing, before a preposition
   * other than "of" ("a series of online postings"), a comma, bracket, dash, relative pronoun or verb
   * ("Attorney General Roy Cooper (D), …") but a gerund that modifies the noun after it ("the music
   * streaming company"); nouns joined by "and" are one chunk ("oil and gas worker
   * Jane Doe"), and so are words joined by a hyphen ("labor-policy experts"). A document or finding,
   * a person or people head their chunk before "of" ("a Reuters survey of voter rolls", "residents of
   * the neighbourhood").
   */
  private static int firstHead(Tokens t, int first, int last, Words words) {
    int head = -1;
    for (int i = first; i <= last; i++) {
      String tag = t.tag(i);
      boolean of = t.lower(i).equals("of");
      boolean preposition = tag.equals("IN") && !of || tag.equals("TO");
      boolean punctuation = Grammar.punctuation(t, i) && !tag.equals("POS") && !joiningHyphen(t, i, first, last);
      boolean verb = tag.startsWith("VB") && !gerundModifier(t, i, first, last);
      if (preposition || tag.startsWith("W") || verb || punctuation || of && head >= 0 && heads(t.lower(head), words)) {
        break;
      }
      if (tag.startsWith("NN") && !(i + 1 <= last && t.tag(i + 1).equals("POS"))) {
        head = i;
      }
    }
    return head;
  }

  /**
   * Whether the gerund at {@code i} modifies the noun after it inside the chunk, after a lower-case
   * noun or an adjective: "the music streaming company", whose head is "company", not "music".
   */
  private static boolean gerundModifier(Tokens t, int i, int first, int last) {
    return t.tag(i).equals("VBG") && i > first && i < last && t.tagIs(i + 1, "NN") && !t.capitalized(i)
        && (t.tag(i - 1).equals("NN") || t.tag(i - 1).equals("JJ"));
  }

  /** Whether the noun, or a plural's singular ("unions", "agencies", "ministries"), names an organisation. */
  private static boolean orgWord(String lower, boolean plural, Words words) {
    if (words.isOrgWord(lower) || words.isPlaceBody(lower)) {
      return true;
    }
    return plural && (lower.endsWith("ies") && words.isOrgWord(lower.substring(0, lower.length() - 3) + "y")
        || lower.endsWith("s") && words.isOrgWord(lower.substring(0, lower.length() - 1)));
  }

  /** Whether a noun heads its chunk before "of": a document or finding, a person or people, a title. */
  private static boolean heads(String lower, Words words) {
    return words.isThing(lower) || words.isPersonNoun(lower) || words.isPeopleNoun(lower) || words.isTitle(lower);
  }

  /** A hyphen inside a word of the mention, touching the words on both sides ("labor-policy"). */
  private static boolean joiningHyphen(Tokens t, int i, int first, int last) {
    return i > first && i < last && Grammar.joiningHyphen(t, i);
  }

  /**
   * Written as a common noun: lower case, or capitalised only as the first of several words ("Health
   * worries"); a lone capitalised word is a name the tagger took for a noun ("Ditto said").
   */
  private static boolean common(Tokens t, int i, int first, int last) {
    String w = t.word(i);
    return !t.capitalized(i) || i == first && first < last && w.substring(1).chars().noneMatch(Character::isUpperCase);
  }
}
