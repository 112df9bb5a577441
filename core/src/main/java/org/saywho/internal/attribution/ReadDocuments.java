package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * A document someone read is the source, not its reader: "According to documents seen by the BBC, …"
 * and "Emails obtained by The Associated Press show …" report what the documents say; the tagger's
 * mention runs on to the reader and makes it the head, so the BBC spoke. Conditions: the speaker mention
 * holds a document or finding noun ({@code source-things.txt}) followed by a participle of reading
 * ({@code reader-participles}: "seen", "obtained", "reviewed") and "by". The mention then ends at the
 * document. Read after the tagger.
 */
final class ReadDocuments {

  private ReadDocuments() {}

  /** Returns the drafts, each speaker that runs from a document on to its reader cut at the document. */
  static List<Draft> cut(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return Draft.mendEach(drafts, d -> d.speaker().flatMap(sp -> cut(t, sp, words)).map(d::withSpeaker));
  }

  private static Optional<SpeakerMention> cut(Tokens t, SpeakerMention sp, Words words) {
    for (int i = sp.first(); i + 2 <= sp.last(); i++) {
      if (t.tag(i).startsWith("NN") && words.isThing(t.lower(i)) && Grammar.READERS.contains(t.lower(i + 1)) && t.lower(i + 2).equals("by")) {
        return Optional.of(new SpeakerMention(new TokenRange(sp.first(), i), i, sp.role()));
      }
    }
    return Optional.empty();
  }
}
