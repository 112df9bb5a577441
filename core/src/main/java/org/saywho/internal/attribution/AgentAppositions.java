package org.saywho.internal.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * "A spokeswoman for the Treasurer, Jim Chalmers, said …" is the spokeswoman's report: the name
 * between commas stands in apposition to the office right before it, not to the agent who speaks for
 * its holder, and had been taken for the speaker, with "spokeswoman" for a role that made Jim Chalmers
 * a woman. Conditions: the speaker is a name with a role before it and a comma between; the role holds
 * an agent's noun ({@code agent-nouns.txt}: spokeswoman, lawyer, aide) before "for" or "to", and ends in
 * an office or title ("the Treasurer", "the former president", "the mayor"). The speaker becomes the
 * role's phrase, headed by the agent's noun. "A spokeswoman for the company, Jane Doe, said" stays Jane
 * Doe's, a company being no office. Read after the tagger.
 */
final class AgentAppositions {

  /** Prepositions joining an agent to the one they act for ("a spokeswoman for", "an aide to"). */
  private static final Set<String> FOR = WordSets.named("agent-appositions.prepositions");

  private AgentAppositions() {}

  /** Returns the drafts, each name apposed to the office an agent speaks for replaced by the agent. */
  static List<Draft> mended(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> d.speaker().flatMap(sp -> agent(t, sp, words)).map(d::withSpeaker).orElse(d)).toList();
  }

  private static Optional<SpeakerMention> agent(Tokens t, SpeakerMention sp, Words words) {
    if (sp.role().isEmpty()) {
      return Optional.empty();
    }
    TokenRange role = sp.role().get();
    String office = t.lower(role.last());
    if (role.last() + 2 != sp.first() || !Grammar.comma(t, role.last() + 1)
        || !(words.isOffice(office) || words.isTitle(office))) {
      return Optional.empty();
    }
    for (int k = role.first(); k + 1 < role.last(); k++) {
      if (words.isAgentNoun(t.lower(k)) && FOR.contains(t.lower(k + 1))) {
        return Optional.of(new SpeakerMention(role, k, Optional.empty()));
      }
    }
    return Optional.empty();
  }
}
