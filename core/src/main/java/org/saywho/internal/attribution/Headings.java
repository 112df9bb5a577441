package org.saywho.internal.attribution;

import java.util.List;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;

/**
 * Headings are not attributions. A colon attribution ("X: …") whose content is not in quote marks and
 * whose speaker, in title case and not a short noun phrase ("Poll:", "Sanders:" stay) nor a name after
 * its title ("Health Minister Holland:"), opens a heading line — the article's first line, a line with no
 * sentence-final punctuation, a line in title case after the colon too, or a run-in heading that opens
 * with an adjective ("Little Relief for Refugees: The refugee crisis is …") — is a headline or section
 * title ("The Latest: Trump urges supporters…", "Stealth Over Health: Hillary Clinton Was Headed to
 * ER"), not someone speaking. Nor is a subhead in capitals that holds both a speaker and a cue, nor a
 * quoted subhead that is its whole paragraph, in title case ('All Bets Are Off.') or with no punctuation
 * closing it (BBC's 'Exhausted and undervalued'), which no one said there.
 */
final class Headings {

  /** The most words a quoted subhead has. */
  private static final int MAX_SUBHEAD_WORDS = 8;
  /** The most words of a title and a name before a headline's colon ("Former Health Minister Jane Doe"). */
  private static final int MAX_TITLED_NAME = 5;

  private Headings() {}

  /** Returns the drafts without those that are headings; {@code words} knows the titles. */
  static List<Draft> without(Article doc, List<Draft> drafts, Words words) {
    return drafts.stream().filter(d -> !heading(doc, d, words)).toList();
  }

  /** Returns the quotes without a cue of their own, without the quoted subheads among them. */
  static List<Draft> withoutSubheads(Article doc, List<Draft> continuations) {
    return continuations.stream().filter(d -> !quotedSubhead(doc, d)).toList();
  }

  private static boolean quotedSubhead(Article doc, Draft d) {
    String text = doc.text();
    String line = lineAt(text, lineStart(text, d.content().start())).strip();
    String words = d.content().in(text).strip();
    String bare = line.replaceAll("^[\"“‘']+|[\"”’']+$", "").strip();
    return d.type() == Quote.Type.DIRECT && bare.equals(words) && words.split("\\s+").length <= MAX_SUBHEAD_WORDS
        && (titleCase(words) || !words.isEmpty() && Character.isLetterOrDigit(words.codePointBefore(words.length())));
  }

  private static boolean heading(Article doc, Draft d, Words words) {
    if (capitalsLeadIn(doc, d)) {
      return true;
    }
    boolean byColon = d.origin() == Attribution.Origin.COLON || d.cue().filter(c -> c.lemma().equals(":")).isPresent();
    if (!byColon || d.type() == Quote.Type.DIRECT || d.speaker().isEmpty()) {
      return false;
    }
    Tokens t = doc.tokens();
    String text = doc.text();
    int speakerStart = t.start(d.speaker().get().first());
    int lineStart = lineStart(text, speakerStart);
    String line = lineAt(text, lineStart).strip();
    int colon = line.indexOf(':');
    if (!text.substring(lineStart, speakerStart).isBlank() || colon < 0 || line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    boolean headingLine = text.substring(0, lineStart).isBlank() || ".!?\"”’'".indexOf(last) < 0
        || titleCase(line.substring(colon + 1)) || runInHeading(t, d.speaker().get().first(), d.speaker().get().last());
    int from = d.speaker().get().first();
    int to = d.speaker().get().last();
    return headingLine && titleCase(line.substring(0, colon)) && !nounPhrase(t, from, to)
        && !titledName(t, from, to, words);
  }

  /**
   * Whether the words before the colon are a name after its title, as headlines sign a claim: "Health
   * Minister Holland:", "OK Gov Fallin:" (the title written with or without its stop); a proper noun
   * that is no title ends them, after a title among the {@value #MAX_TITLED_NAME} words. "The Latest:"
   * and "Stealth Over Health:" hold no title.
   */
  private static boolean titledName(Tokens t, int first, int last, Words words) {
    if (last - first >= MAX_TITLED_NAME || !t.tag(last).startsWith("NNP") || title(t.lower(last), words)) {
      return false;
    }
    for (int i = first; i < last; i++) {
      if (title(t.lower(i), words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean title(String lower, Words words) {
    return words.isTitle(lower) || words.isTitle(lower + ".");
  }

  /**
   * Whether the words before a paragraph's colon are a run-in heading, not a name: three words or
   * more opening with an adjective, a lower-case preposition or conjunction among them, and no two
   * name words in a row ("Little Relief for Refugees: The refugee crisis is …"; not "Former President
   * Donald Trump:", whose name runs on, nor "Bank of America:", which opens with a name).
   */
  private static boolean runInHeading(Tokens t, int first, int last) {
    if (last - first < 2 || !t.tag(first).startsWith("JJ")) {
      return false;
    }
    boolean joined = false;
    for (int i = first + 1; i <= last; i++) {
      boolean lower = Character.isLowerCase(t.word(i).charAt(0));
      joined |= lower && (t.tag(i).equals("IN") || t.tag(i).equals("CC") || t.tag(i).equals("TO"));
      if (t.tag(i).startsWith("NNP") && t.tag(i - 1).startsWith("NNP")) {
        return false;
      }
    }
    return joined;
  }

  /** The offset where the line holding {@code offset} starts. */
  private static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The line starting at {@code lineStart}, without its line break. */
  private static String lineAt(String text, int lineStart) {
    int lineEnd = text.indexOf('\n', lineStart);
    return text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
  }

  /**
   * Whether the speaker and the cue both stand in a run of three or more words in capitals ("HE'S BEEN
   * CALLED OUT BY FELLOW DOCTORS — He's been dragged …"): a subhead leading into a paragraph, not a
   * report; a transcript's "SEN. BERNIE SANDERS:" has its cue, the colon, outside the run.
   */
  private static boolean capitalsLeadIn(Article doc, Draft d) {
    if (d.speaker().isEmpty() || d.cue().isEmpty()) {
      return false;
    }
    Tokens t = doc.tokens();
    int first = Math.min(d.speaker().get().first(), d.cue().get().tokens().first());
    int last = Math.max(d.speaker().get().last(), d.cue().get().tokens().last());
    int words = 0;
    for (int i = first; i <= last; i++) {
      String w = t.word(i);
      if (w.chars().anyMatch(Character::isLowerCase)) {
        return false;
      }
      words += w.chars().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return words >= 3;
  }

  /**
   * Whether the words before the colon read as a name or noun phrase that can speak ("Poll", "Pence",
   * "Sanders") rather than a title ("The Latest", "Stealth Over Health", "A Curious Plan to Fight …"):
   * one word, or nouns with determiners only, no more than two.
   */
  private static boolean nounPhrase(Tokens t, int first, int last) {
    if (first == last) {
      return true;
    }
    for (int i = first; i <= last; i++) {
      if (!t.tag(i).startsWith("NN") && !t.tag(i).equals("DT") && !t.tag(i).equals("POS")) {
        return false;
      }
    }
    return last - first < 2;
  }

  /** Every word of four letters or more is capitalised, and there is one at least ("The Latest"). */
  private static boolean titleCase(String words) {
    int long4 = 0;
    for (String w : words.split("\\s+")) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        long4++;
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
    }
    return long4 > 0;
  }
}
