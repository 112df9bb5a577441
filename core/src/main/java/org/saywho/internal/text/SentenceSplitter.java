package org.saywho.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.saywho.Span;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.WordSets;

/**
 * Splits paragraphs into sentences with OpenNLP's sentence detector, snaps the boundaries to tokens,
 * rejoins splits after a title abbreviation ("Sen. Warren"), between two legal forms ("Corp. Ltd."),
 * or an abbreviation that ends a parenthesis before a lower-case word ("Lynch (D-Mass.) said") and,
 * unless asked for the splits the attribution tagger was trained on, splits after a comma ("Mitch
 * McConnell, R-Ky., said"), a person's initials ("J.P. Nadda") or an acronym before a lower-case word
 * ("F.B.I. officials"), and cuts any sentence longer than the work bound into pieces, so no later
 * step sees an unbounded sentence. Thread-safe.
 */
public final class SentenceSplitter {

  private static final Set<String> TITLE_ABBREVIATIONS = WordSets.named("sentence-splitter.title-abbreviations");
  private static final Set<String> SENTENCE_OPENERS = WordSets.named("sentence-splitter.sentence-openers");
  private static final Set<String> PLACE_INITIALS = WordSets.named("sentence-splitter.place-initials");
  /** The most letters of an acronym written with full stops ("N.A.A.C.P."). */
  private static final int MAX_ACRONYM = 8;

  private final SentenceModel model;
  private final int maxTokens;
  private final Predicate<String> legalForm;
  private final Predicate<String> titleAbbreviation;

  /**
   * Creates a splitter.
   *
   * @param model OpenNLP's English sentence model
   * @param maxTokens the longest sentence kept whole
   * @param legalForm whether a word, as written, closes a company's legal name ("Ltd.")
   * @param titleAbbreviation whether a lower-case word with its full stop abbreviates a title ("coun.")
   */
  public SentenceSplitter(SentenceModel model, int maxTokens, Predicate<String> legalForm,
      Predicate<String> titleAbbreviation) {
    this.model = model;
    this.maxTokens = maxTokens;
    this.legalForm = legalForm;
    this.titleAbbreviation = titleAbbreviation;
  }

  /**
   * Returns the sentences of every paragraph, with or without the splits after a comma or a person's
   * initials rejoined (the attribution tagger was trained without that rejoining).
   *
   * @param text the article
   * @param paragraphs its paragraphs
   * @param tokens its tokens
   * @param repaired whether to rejoin the splits the tagger was trained on after a comma or a person's
   *     initials
   * @return sentences in text order, covering every token
   */
  public List<Sentence> split(String text, List<Span> paragraphs, Tokens tokens, boolean repaired) {
    SentenceDetectorME detector = new SentenceDetectorME(model);
    List<Sentence> out = new ArrayList<>();
    int t = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int paraEnd = tokens.firstAtOrAfter(para.end());
      if (t >= paraEnd) {
        continue;
      }
      List<Integer> cuts = cuts(detector, text, para, tokens, t, paraEnd, repaired);
      int first = t;
      for (int cut : cuts) {
        addPieces(tokens, first, cut, p, out);
        first = cut;
      }
      addPieces(tokens, first, paraEnd, p, out);
      t = paraEnd;
    }
    return out;
  }

  /** Returns the token indices at which new sentences start inside the paragraph. */
  private List<Integer> cuts(SentenceDetectorME detector, String text, Span para, Tokens tokens, int first, int end,
      boolean repaired) {
    List<Integer> cuts = new ArrayList<>();
    opennlp.tools.util.Span[] found = detector.sentPosDetect(para.in(text));
    for (int k = 1; k < found.length; k++) {
      int offset = para.start() + found[k].getStart();
      int cut = tokens.firstAtOrAfter(offset);
      int last = cuts.isEmpty() ? first : cuts.get(cuts.size() - 1);
      if (cut <= last || cut >= end || afterTitle(tokens, cut) || betweenLegalForms(tokens, cut)
          || repaired && (tokens.word(cut - 1).equals(",") || initialsBeforeAName(tokens, cut)
              || acronymBeforeALowerCaseWord(tokens, cut))) {
        continue;
      }
      cuts.add(cut);
    }
    return cuts;
  }

  private boolean afterTitle(Tokens tokens, int cut) {
    String before = tokens.lower(cut - 1);
    if ((TITLE_ABBREVIATIONS.contains(before) || titleAbbreviation.test(before)) && tokens.capitalized(cut)) {
      return true;
    }
    if (initials(tokens.word(cut - 1)) && cut >= 2 && tokens.capitalized(cut)
        && (TITLE_ABBREVIATIONS.contains(tokens.lower(cut - 2)) || tokens.capitalized(cut - 2) && !tokens.word(cut - 2).endsWith("."))) {
      return true; // "Rep. G.K. Butterfield", "George W. Bush"; not "in the U.S. He said"
    }
    // "Jan. 7", "the U.S. government": an abbreviation followed by a number or a lower-case word;
    // "Rep. Stephen Lynch (D-Mass.) said": a parenthesis ending in one, then a lower-case word
    if (before.equals(")") && cut >= 2 && tokens.word(cut - 2).endsWith(".")
        && Character.isLowerCase(tokens.word(cut).charAt(0))) {
      return true;
    }
    return before.length() <= 5 && before.endsWith(".") && before.length() > 1 && lowerCaseOrNumber(tokens, cut);
  }

  /**
   * Whether a cut falls after a person's initials and before a capitalized word that does not open
   * sentences ("The BJP's president, J.P. Nadda, struck a cautious note"): not after the initials of a
   * place or body ("in the U.S. Officials said"), nor before a word that opens sentences ("in the
   * U.S. He said") or a title ("Mr.").
   */
  private static boolean initialsBeforeAName(Tokens tokens, int cut) {
    String next = tokens.lower(cut);
    return initials(tokens.word(cut - 1)) && !PLACE_INITIALS.contains(tokens.lower(cut - 1)) && tokens.capitalized(cut)
        && Character.isLetter(next.charAt(0)) && !SENTENCE_OPENERS.contains(next) && !TITLE_ABBREVIATIONS.contains(next);
  }

  /**
   * Whether a cut falls after an acronym written with full stops and before a lower-case word or a
   * number ("according to F.B.I. records", "F.A.A. officials said"): the short abbreviations {@link
   * #afterTitle} rejoins are no longer than five characters, and "F.B.I." is six.
   */
  private static boolean acronymBeforeALowerCaseWord(Tokens tokens, int cut) {
    return Tokens.dottedInitials(tokens.word(cut - 1), MAX_ACRONYM) && lowerCaseOrNumber(tokens, cut);
  }

  /** Whether the word of token {@code i} opens with a lower-case letter or a digit ("records", "7"). */
  private static boolean lowerCaseOrNumber(Tokens tokens, int i) {
    char first = tokens.word(i).charAt(0);
    return Character.isLowerCase(first) || Character.isDigit(first);
  }

  /** Whether a cut falls inside a company's legal name, between two legal forms ("Co. Ltd."). */
  private boolean betweenLegalForms(Tokens tokens, int cut) {
    return tokens.word(cut - 1).endsWith(".") && legalForm.test(tokens.word(cut - 1)) && legalForm.test(tokens.word(cut));
  }

  private static boolean initials(String w) {
    return Tokens.dottedInitials(w, 2);
  }

  private void addPieces(Tokens tokens, int first, int end, int paragraph, List<Sentence> out) {
    for (int s = first; s < end; s += maxTokens) {
      int e = Math.min(end, s + maxTokens);
      out.add(new Sentence(Span.of(tokens.start(s), tokens.end(e - 1)), s, e, paragraph));
    }
  }
}
