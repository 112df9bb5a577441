package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.lexicon.WordSets;

/**
 * A document its reader got, that a present participle cue follows, says what comes after it: in "she
 * received a letter saying she had no right to be in the UK" and "residents were sent a notice warning
 * that the water was unsafe", the letter and the notice say it, not the one who got them, and "the
 * letter telling her" is no part of what was said. Conditions: the draft's cue is one present
 * participle right after a document noun ({@code source-things.txt}) that ends a noun phrase outside
 * quote marks, with no comma between; that phrase is the object of a receiving or passive verb
 * ({@link #received}); the speaker becomes the phrase, and a content that holds the cue keeps only what
 * follows the cue and, after "telling" and the like, its listener. "His office released a statement
 * saying …" stays the office's. Read after the tagger.
 */
final class DocumentParticiples {

  /** Pronouns a telling cue takes for its listener ("telling her she had no right"). */
  private static final Set<String> LISTENERS = WordSets.named("grammar.object-pronouns");

  private DocumentParticiples() {}

  /**
   * Returns the drafts with each document participle's speaker the document.
   *
   * @param doc the tagged article
   * @param drafts the cued attributions
   * @param words the word lists
   * @return the drafts, changed
   */
  static List<Draft> mended(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> mended(t, d, words));
  }

  private static Optional<Draft> mended(Tokens t, Draft d, Words words) {
    if (d.oneWordCue().isEmpty()) {
      return Optional.empty();
    }
    int cue = d.oneWordCue().getAsInt();
    int noun = cue - 1;
    if (noun < 0 || !t.tag(cue).equals("VBG") || !Grammar.noun(t, noun) || Grammar.proper(t, noun) || t.quoted(noun)
        || !words.isThing(t.lower(noun)) || t.sentence(noun) != t.sentence(cue)) {
      return Optional.empty();
    }
    int first = NounPhrases.startLeftOf(t, noun, t.sentenceStart(noun));
    boolean already = d.speaker().filter(s -> s.first() == first && s.last() == noun).isPresent();
    if (first < 0 || already || !received(t, first, words)) {
      return Optional.empty();
    }
    SpeakerMention document = new SpeakerMention(new TokenRange(first, noun), noun, Optional.empty());
    Draft out = d.withSpeaker(document);
    if (d.content().start() < t.end(cue)) {
      int from = pastListener(t, cue + 1);
      if (from >= t.size() || t.start(from) >= d.content().end()) {
        return Optional.empty();
      }
      out = out.withContent(Span.of(t.start(from), d.content().end()), d.type());
    }
    return Optional.of(out);
  }

  /**
   * Whether the document phrase opening at {@code first} is what its clause's subject got from someone
   * else: the object of a receiving verb ({@code receiving-verbs.txt}: "received the letter"), or of a
   * passive verb ("was sent a letter", "were served with a notice"). A document the subject issued
   * ("His office released a statement saying …") is the subject's words.
   */
  private static boolean received(Tokens t, int first, Words words) {
    int v = first - 1;
    if (v >= 0 && t.lower(v).equals("with")) {
      v--;
    }
    if (v < 1 || t.sentence(v) != t.sentence(first)) {
      return false;
    }
    boolean passive = t.tag(v).equals("VBN") && CueFinder.BE.contains(t.lower(v - 1));
    return words.isReceivingVerb(t.lower(v)) || passive;
  }

  /** The first token after a pronoun listener and "that" ("telling her she had …", "saying that …"). */
  private static int pastListener(Tokens t, int p) {
    return Grammar.pastThat(t, p < t.size() && LISTENERS.contains(t.lower(p)) ? p + 1 : p);
  }
}
