package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;

/**
 * The head of a speaker's description that a common noun takes before "in", "on", "among", "across" or
 * "with": "Workers in Alberta say …" are workers, not Alberta. Read after the tagger, on mentions the
 * phrase rule headed, so what the tagger reads does not change.
 */
final class DescriptionHeads {

  private DescriptionHeads() {}

  /** Returns the drafts, each speaker mention headed as a description. */
  static List<Draft> with(Article doc, List<Draft> drafts) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> {
      if (d.speaker().isEmpty()) {
        return d;
      }
      SpeakerMention sp = d.speaker().get();
      if (sp.head() != NounPhrases.head(t, sp.first(), sp.last())) {
        return d;
      }
      int head = NounPhrases.descriptionHead(t, sp.first(), sp.last());
      return head == sp.head() ? d : d.withSpeaker(new SpeakerMention(sp.tokens(), head, sp.role()));
    }).toList();
  }
}
