package org.saywho.internal.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.saywho.Span;
import org.saywho.internal.doc.Tokens;

/**
 * Splits paragraphs into Penn Treebank tokens with CoreNLP's rule-based tokenizer ("Trump’s" is
 * "Trump" + "’s", "doesn’t" is "does" + "n’t", quote marks stand alone). Offsets stay those of the
 * original text. An abbreviation the tokenizer ends a sentence with keeps its full stop when a company's
 * legal form follows ("Canadian Tire Corp. Ltd.", "Samsung Electronics Co. Ltd."): the tokenizer
 * reads the capital as a new sentence. A title's abbreviation it does not know keeps its full stop
 * before a name ("Coun. Brad Bradford", "Ald. Brendan Reilly"). Thread-safe.
 */
public final class Tokenizer {

  private static final String OPTIONS = String.join(",",
      "invertible=false",
      "ptb3Escaping=false",
      "normalizeParentheses=false",
      "normalizeOtherBrackets=false",
      "splitHyphenated=true",
      "untokenizable=noneKeep",
      "tokenizeNLs=false");

  private final TokenizerFactory<CoreLabel> factory =
      PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);
  private final Predicate<String> legalForm;
  private final Predicate<String> titleAbbreviation;

  /**
   * Creates a tokenizer.
   *
   * @param legalForm whether a word, as written, closes a company's legal name ("Ltd.")
   * @param titleAbbreviation whether a lower-case word with its full stop abbreviates a title ("coun.")
   */
  public Tokenizer(Predicate<String> legalForm, Predicate<String> titleAbbreviation) {
    this.legalForm = legalForm;
    this.titleAbbreviation = titleAbbreviation;
  }

  /**
   * Tokenizes every paragraph of {@code text}.
   *
   * @param text the article
   * @param paragraphs its paragraphs, in order
   * @return the tokens in text order
   */
  public Tokens tokenize(String text, List<Span> paragraphs) {
    Tokens.Builder out = new Tokens.Builder(text);
    for (Span p : paragraphs) {
      var tokenizer = factory.getTokenizer(new StringReader(withoutLoneSurrogates(p.in(text))));
      ArrayDeque<CoreLabel> window = new ArrayDeque<>(3); // the tokenizer streams: a huge paragraph is never held whole
      while (tokenizer.hasNext() || !window.isEmpty()) {
        while (window.size() < 3 && tokenizer.hasNext()) {
          window.addLast(tokenizer.next());
        }
        CoreLabel c = window.removeFirst();
        int s = p.start() + c.beginPosition();
        int e = p.start() + c.endPosition();
        if (e > s && beforeALegalForm(c, window)) {
          out.add(s, e + 1, c.word());
          window.removeFirst();
        } else if (e > s && titleBeforeAName(c, window)) {
          out.add(s, e + 1, c.word() + ".");
          window.removeFirst();
        } else if (e > s) {
          out.add(s, e, c.word());
        }
      }
    }
    return out.build();
  }

  /**
   * Whether a token is an abbreviation whose full stop, the next token, the tokenizer split off as a
   * sentence's end, before a legal form, the one after ("Corp" "." "Ltd.").
   */
  private boolean beforeALegalForm(CoreLabel word, ArrayDeque<CoreLabel> next) {
    if (next.size() < 2) {
      return false;
    }
    return word.word().endsWith(".") && splitOffStop(word, next.getFirst())
        && legalForm.test(word.word()) && legalForm.test(next.getLast().word());
  }

  /** Whether {@code stop} is a full stop written right after {@code word}, which the tokenizer split off. */
  private static boolean splitOffStop(CoreLabel word, CoreLabel stop) {
    return stop.word().equals(".") && stop.beginPosition() == word.endPosition() && stop.endPosition() == word.endPosition() + 1;
  }

  /**
   * Whether a token is a capitalised title's abbreviation the tokenizer does not know, whose full stop
   * it split off as a sentence's end before the capitalised name after it ("Coun" "." "Brad Bradford").
   */
  private boolean titleBeforeAName(CoreLabel word, ArrayDeque<CoreLabel> next) {
    if (next.size() < 2) {
      return false;
    }
    String after = next.getLast().word();
    return splitOffStop(word, next.getFirst()) && !after.isEmpty() && Character.isUpperCase(after.charAt(0))
        && Character.isUpperCase(word.word().charAt(0)) && titleAbbreviation.test(word.word().toLowerCase(Locale.ROOT) + ".");
  }

  /**
   * Replaces each unpaired surrogate by U+FFFD, one char for one, so offsets stay those of the
   * original text: CoreNLP's tokenizer stops at an unpaired surrogate and would drop the rest.
   */
  static String withoutLoneSurrogates(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? s : new String(chars);
  }
}
