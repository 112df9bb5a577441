package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.List;
import org.saywho.internal.claims.ClaimWords.Category;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;

/**
 * Whose voice a sentence with reported content speaks in, read from its main verbs: each main
 * clause's first finite verb outside the reported contents, outside subordinate and relative clauses,
 * parentheses, dashes and an opening participle, its auxiliaries skipped.
 *
 * <p>When the main verb is the cue of the reported content ("Grassley said developers had …"), the
 * sentence is the speaker's. When it narrates something else ("Trump attacked Clinton …, saying …",
 * "Dean appeared on MSNBC and began by saying …", "… an architect who said he was stiffed"), the
 * sentence is also the article's own claim. A negated cue ("Lawmakers have not said when …") asserts
 * nothing.
 */
final class Voice {

  /** How many tokens an auxiliary may stand before its verb ("has not yet said"). */
  private static final int AUXILIARY_REACH = 3;

  private final ClaimWords words;

  Voice(ClaimWords words) {
    this.words = words;
  }

  /**
   * Whether the sentence {@code [first, end)} narrates in the article's voice although some of it is
   * reported: none of its main verbs is a cue of the reporting attributions, and no cue of theirs
   * closes it after their content ("…, the source added").
   *
   * @param t the article's tokens
   * @param first the sentence's first token
   * @param end one past its last token
   * @param reports the attributions whose content in the sentence is their speaker's claim
   * @param all every attribution touching the sentence, whose contents hold no main verb
   * @return true when the article narrates
   */
  boolean narrates(Tokens t, int first, int end, List<Attribution> reports, List<Attribution> all) {
    List<Integer> main = mainVerbs(t, first, end, all);
    if (main.isEmpty()) {
      return false;
    }
    for (Attribution a : reports) {
      if (a.cue().isEmpty()) {
        return false;
      }
      int cueFirst = a.cue().get().tokens().first();
      int cueLast = a.cue().get().tokens().last();
      boolean closing = cueFirst >= first && cueFirst < end && t.start(cueFirst) >= a.content().end();
      if (closing || main.stream().anyMatch(v -> v >= cueFirst && v <= cueLast)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the cue is negated ("have not said", "does not suggest", "never claimed"), so its content
   * is no claim of the speaker's.
   *
   * @param t the article's tokens
   * @param cue the cue's tokens
   * @return true for a negation in the cue or among its auxiliaries and adverbs before it
   */
  boolean negated(Tokens t, TokenRange cue) {
    for (int k = cue.first(); k <= cue.last(); k++) {
      if (negation(t.lower(k))) {
        return true;
      }
    }
    for (int k = cue.first() - 1; k >= Math.max(0, cue.first() - AUXILIARY_REACH); k--) {
      if (negation(t.lower(k))) {
        return true;
      }
      if (!t.tag(k).startsWith("RB") && !auxiliary(t, k)) {
        return false;
      }
    }
    return false;
  }

  private static boolean negation(String w) {
    return w.equals("not") || w.equals("n't") || w.equals("never");
  }

  /**
   * The main verbs' tokens outside the contents: each main clause's first finite verb ("agreed, but
   * also contended"), and a verb its infinitive continues ("continues to insist").
   */
  List<Integer> mainVerbs(Tokens t, int first, int end, List<Attribution> contents) {
    List<Integer> out = new ArrayList<>();
    boolean clause = false;
    boolean dash = false;
    boolean found = false;
    int parentheses = 0;
    boolean opening = true;
    for (int i = first; i < end; i++) {
      if (inside(t, i, contents)) {
        continue;
      }
      String w = t.word(i);
      String tag = t.tag(i);
      if (w.equals("(")) {
        parentheses++;
      } else if (w.equals(")")) {
        parentheses = Math.max(0, parentheses - 1);
      } else if (w.equals("--") || w.equals("—") || w.equals("–")) {
        dash = !dash;
      } else if (w.equals(",") || w.equals(";")) {
        clause = false;
        found = false;
      } else if (parentheses == 0 && !dash) {
        if (opening && Character.isLetter(w.charAt(0)) && (tag.equals("VBG") || tag.equals("VBN"))) {
          clause = true;
        } else if (words.is(Category.SUBORDINATOR, t.lower(i)) || tag.equals("WDT") || tag.startsWith("WP")) {
          clause = true;
        } else if (!clause && !found && finite(tag)) {
          int verb = head(t, i, end);
          out.add(verb);
          if (verb + 2 < end && t.lower(verb + 1).equals("to") && t.tag(verb + 2).equals("VB")) {
            out.add(verb + 2);
          }
          found = true;
          i = verb;
        }
      }
      opening &= !Character.isLetterOrDigit(w.charAt(0));
    }
    return out;
  }

  /** The verb an auxiliary at {@code i} serves ("has said" → "said"), or {@code i} itself. */
  private int head(Tokens t, int i, int end) {
    if (!auxiliary(t, i)) {
      return i;
    }
    for (int k = i + 1; k < Math.min(end, i + 1 + AUXILIARY_REACH); k++) {
      if (t.tag(k).startsWith("VB") && !auxiliary(t, k)) {
        return k;
      }
      if (!t.tag(k).startsWith("RB") && !auxiliary(t, k) && !t.lower(k).equals("n't")) {
        return i;
      }
    }
    return i;
  }

  private boolean auxiliary(Tokens t, int i) {
    String w = t.lower(i);
    return t.tag(i).equals("MD") || words.is(Category.BE, w) || w.equals("has") || w.equals("have") || w.equals("had")
        || w.equals("do") || w.equals("does") || w.equals("did");
  }

  private static boolean finite(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }

  private static boolean inside(Tokens t, int i, List<Attribution> contents) {
    for (Attribution a : contents) {
      if (a.content().start() <= t.start(i) && t.end(i) <= a.content().end()) {
        return true;
      }
    }
    return false;
  }
}
