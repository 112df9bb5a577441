package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Tokens;

/**
 * A speaker mention that ends with a parenthesis after a name has its head before the parenthesis:
 * "the Assam State Disaster Management Authority (ASDMA) said" is headed by "Authority", "Rep. Bobby
 * Scott (D-Va.) said" by "Scott", not by the closing bracket. Conditions: the mention's head is its
 * closing bracket, and the bracket opens inside the mention after a word. Read after the tagger, whose
 * features keep the grammar's heads.
 */
final class ParentheticalHeads {

  private ParentheticalHeads() {}

  /** Returns the drafts with each speaker mention headed before its closing parenthesis. */
  static List<Draft> mended(Tokens t, List<Draft> drafts) {
    return drafts.stream().map(d -> d.speaker().map(sp -> headed(t, sp)).filter(sp -> sp != d.speaker().get())
        .map(d::withSpeaker).orElse(d)).toList();
  }

  private static SpeakerMention headed(Tokens t, SpeakerMention sp) {
    if (!t.word(sp.head()).equals(")") || sp.head() != sp.last()) {
      return sp;
    }
    for (int i = sp.last() - 1; i > sp.first(); i--) {
      if (t.word(i).equals("(")) {
        return new SpeakerMention(sp.tokens(), i - 1, sp.role());
      }
      if (t.word(i).equals(")")) {
        return sp;
      }
    }
    return sp;
  }
}
