package org.saywho.internal.attribution;

import java.util.List;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Declaring a state of affairs into being is an act, not a report: "The Cree Nation declared a state of
 * emergency", "Patriot declared bankruptcy", "Clinton declared her candidacy" do what they say; "Ryan
 * declared that he cannot support Trump" says that something is so. Conditions: reported speech
 * cued by a declaring verb ({@code declared-acts.verbs}); within its first {@value #MAX_BEFORE_ACT} words,
 * outside quote marks and before any finite verb, its content names an act ({@code declared-acts.nouns}:
 * "emergency", "bankruptcy", "war", "victory"). Read after the tagger.
 */
final class DeclaredActs {

  /** The most words before the act's noun ("a state of public health emergency"). */
  private static final int MAX_BEFORE_ACT = 5;
  private static final Set<String> VERBS = WordSets.named("declared-acts.verbs");
  private static final Set<String> NOUNS = WordSets.named("declared-acts.nouns");

  private DeclaredActs() {}

  /** Returns the drafts without the declared acts. */
  static List<Draft> without(Tokens t, List<Draft> drafts) {
    return withoutActs(t, drafts, VERBS, NOUNS, MAX_BEFORE_ACT);
  }

  /**
   * Returns the drafts without the reported speech cued by one of {@code verbs} that names one of
   * {@code nouns} within its first {@code maxBefore} words, outside quote marks and before any finite
   * verb or "that": the cue's object is a thing acted on, not words ("declared a state of emergency",
   * "is recalling 2 million vehicles"). The same list when none is.
   */
  static List<Draft> withoutActs(Tokens t, List<Draft> drafts, Set<String> verbs, Set<String> nouns, int maxBefore) {
    List<Draft> out = drafts.stream().filter(d -> !actNamed(t, d, verbs, nouns, maxBefore)).toList();
    return out.size() == drafts.size() ? drafts : out;
  }

  private static boolean actNamed(Tokens t, Draft d, Set<String> verbs, Set<String> nouns, int maxBefore) {
    if (d.type() == Quote.Type.DIRECT || d.cue().filter(c -> verbs.contains(c.lemma())).isEmpty()) {
      return false;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int i = first; i <= last && i < t.size() && i <= first + maxBefore; i++) {
      if (t.quoted(i) || t.finite(i) || t.lower(i).equals("that")) {
        return false;
      }
      if (nouns.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
