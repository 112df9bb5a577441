package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;

/**
 * The question in "Asked whether the province would add doctors, the minister said …" was put by
 * someone the article does not name, not by the minister, who answers it. Conditions: the cue is
 * "asked" opening its sentence, alone or after "When", "If" or "Once", and the speaker found for it
 * comes after the cue (the subject of the answer), not right after "by" (the asker: "When asked by a
 * reporter whether …"). The question stays reported speech, without a speaker, as PolNeAR marks it. When the
 * tagger gives the question the answer's cue instead ("Asked whether Cripps would return, Voss said:
 * …", "Asked about his form, Fernandes replied: …"), the question takes "Asked" for its cue: its
 * content starts right after a sentence-opening "Asked", or after a preposition that follows it, and
 * its cue comes after the content; so too when the answer's cue gave the question "Asked" itself ("Asked
 * on CNN whether the administration would back down, Lutnick said: …" reports "whether the
 * administration would back down", cued by "Asked on CNN"). And when "Asked" was given the answer ("Asked by
 * reporters, Voss said the team would improve"), the answer takes back its own cue and subject. Read
 * after the tagger.
 */
final class AskedQuestions {

  /** Words that may open a sentence right before its "asked" ("When asked about …, …"). */
  private static final Set<String> OPENERS = WordSets.named("asked-questions.openers");
  /** The most words a subject between the "Asked" clause and the answer's verb may have. */
  private static final int MAX_SUBJECT = 6;

  private AskedQuestions() {}

  /** Returns the drafts, a sentence-opening "Asked …" question without the answerer as its speaker. */
  static List<Draft> unattributed(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    Tokens t = doc.tokens();
    return drafts.stream().map(d -> questionOnly(t, mended(t, d, lexicon, morphology))).toList();
  }

  private static Draft mended(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    if (askedOfTheAnswerer(t, d)) {
      return d.withoutSpeaker();
    }
    if (askedOfTheSpeaker(t, d)) {
      return answered(t, d, lexicon, morphology).orElseGet(() -> withoutTheAnswerer(t, d));
    }
    int before = beforeContent(t, d);
    int asked = askedBefore(t, before);
    if (asked >= 0 && cuedByTheAnswer(t, d)) {
      return d.withCue(new CueMention(new TokenRange(asked, before), "ask", lexicon.kind("ask"))).withoutSpeaker();
    }
    int first = before + 1;
    if (openingAsked(t, first) && t.word(first).equals("Asked") && cuedByTheAnswer(t, d)) {
      int last = t.lastEndingBy(first, d.content().end());
      int question = questionAfter(t, first, last);
      return question > last ? d : d.withContent(t.span(question, last), d.type())
          .withCue(new CueMention(new TokenRange(first, question - 1), "ask", lexicon.kind("ask"))).withoutSpeaker();
    }
    return d;
  }

  /**
   * Where the question starts in a content the answer's cue gave the whole "Asked" clause ("Asked on
   * CNN whether the administration would back down, Lutnick said: …"): at its "whether", "if" or
   * question word, or after its "about", else right after "Asked".
   */
  private static int questionAfter(Tokens t, int asked, int last) {
    for (int i = asked + 1; i <= last; i++) {
      String w = t.lower(i);
      if (w.equals("whether") || w.equals("if") || t.tag(i).startsWith("W")) {
        return i;
      }
      if (w.equals("about")) {
        return i + 1;
      }
    }
    return asked + 1;
  }

  /**
   * The sentence-opening "Asked" right before a content, or before the preposition that opens it
   * ("Asked about his form, …"; not "Asked by reporters, …", whose object is who asked); else -1.
   */
  private static int askedBefore(Tokens t, int before) {
    if (before < 0) {
      return -1;
    }
    if (openingAsked(t, before)) {
      return before;
    }
    boolean preposition = t.tag(before).equals("IN") && !t.lower(before).equals("by");
    return preposition && before > 0 && openingAsked(t, before - 1) ? before - 1 : -1;
  }

  /** The token right before the draft's content, or -1. */
  private static int beforeContent(Tokens t, Draft d) {
    return t.firstAtOrAfter(d.content().start()) - 1;
  }

  /**
   * The answer, when "Asked" was given it ("Asked by reporters, Voss said the team would improve"):
   * it takes back its own cue, a lexicon verb right before the content, and that verb's subject, the
   * words between the comma closing the "Asked" clause and the verb.
   */
  private static Optional<Draft> answered(Tokens t, Draft d, CueLexicon lexicon, Morphology morphology) {
    int verb = beforeContent(t, d);
    if (verb <= d.speaker().get().last() + 1) {
      return Optional.empty();
    }
    int comma = verb - 1;
    while (comma > d.speaker().get().last() && !Grammar.comma(t, comma)) {
      comma--;
    }
    if (!t.tagIs(verb, "VB") || !Grammar.comma(t, comma) || comma + 1 >= verb || verb - comma > MAX_SUBJECT) {
      return Optional.empty();
    }
    String lemma = morphology.lemma(t.lower(verb), t.tag(verb));
    SpeakerMention subject = new SpeakerMention(new TokenRange(comma + 1, verb - 1), verb - 1, Optional.empty());
    return lexicon.single(lemma)
        .map(e -> d.withCue(new CueMention(new TokenRange(verb, verb), lemma, lexicon.kind(lemma))).withSpeaker(subject));
  }

  /**
   * The question alone, when its content runs on over the comma closing the "Asked" clause into the
   * answerer's sentence: "Asked about the title race, Arteta was cautious." had the content "the title
   * race, Arteta was cautious", and Arteta, inside it, was no subject for the next "he said". The
   * content ends before the first comma that a noun phrase and a finite verb follow, the verb inside
   * the content or right after it ("Asked whether the company would comply, a spokesperson declined to
   * comment" had "a spokesperson" in the question).
   */
  private static Draft questionOnly(Tokens t, Draft d) {
    if (!cuedByOpeningAsked(t, d)) {
      return d;
    }
    int first = t.firstAtOrAfter(d.content().start());
    int last = t.lastEndingBy(first, d.content().end());
    for (int c = first + 1; c < last; c++) {
      if (Grammar.comma(t, c)) {
        int end = NounPhrases.endRightOf(t, c + 1, Math.min(last, c + MAX_SUBJECT));
        if (end >= 0 && end <= last && end + 1 < t.size() && Grammar.finite(t, end + 1)) {
          return d.withContent(t.span(first, c - 1), d.type());
        }
      }
    }
    return d;
  }

  /** Whether the draft is reported speech with its cue after it, as an answer's is. */
  private static boolean cuedByTheAnswer(Tokens t, Draft d) {
    return d.cue().isPresent() && d.type() == Quote.Type.INDIRECT && t.start(d.cue().get().tokens().first()) >= d.content().end();
  }

  /**
   * "Asked" opening a sentence of its own, or after a "When", "If" or "Once" that opens it ("When asked
   * whether she would resign, the minister said no"): not right after a quote on its line,
   * where the sentence splitter also starts a sentence after a question mark ("“Who will pay my
   * rent?” asked Mary Atieno": she asks).
   */
  private static boolean openingAsked(Tokens t, int i) {
    boolean opening = t.opensSentence(i) && t.word(i).equals("Asked");
    boolean afterOpener = i > 0 && t.opensSentence(i - 1) && t.lower(i).equals("asked") && OPENERS.contains(t.lower(i - 1));
    int first = afterOpener ? i - 1 : i;
    return (opening || afterOpener) && !(first > 0 && Grammar.closingQuote(t, first - 1) && !t.lineBreakAfter(first - 1));
  }

  /**
   * Whether the draft is a question put to its speaker after the answer's cue: "“No,” he said, when asked
   * whether he would resign" and "Christie said when asked whether he would issue a quarantine" report a
   * question someone unnamed put to him. Conditions: an "asked" in the cue, or the cue itself, right
   * after "when", "if" or "once" ({@code asked-questions.openers}) that does not open the sentence; the
   * content right after "asked"; the speaker before the opener.
   */
  private static boolean askedOfTheAnswerer(Tokens t, Draft d) {
    if (d.cue().isEmpty() || d.speaker().isEmpty()) {
      return false;
    }
    TokenRange cue = d.cue().get().tokens();
    int first = t.firstAtOrAfter(d.content().start());
    int asked = first - 1;
    return asked > 1 && asked >= cue.first() && asked <= cue.last() && t.lower(asked).equals("asked")
        && OPENERS.contains(t.lower(asked - 1)) && !t.opensSentence(asked - 1) && d.speaker().get().last() < asked - 1;
  }

  private static boolean askedOfTheSpeaker(Tokens t, Draft d) {
    return cuedByOpeningAsked(t, d) && d.speaker().filter(s -> s.first() > d.cue().get().tokens().first()).isPresent();
  }

  /** The draft without its speaker, unless "by" names that speaker, who asks ("When asked by a reporter whether …"). */
  private static Draft withoutTheAnswerer(Tokens t, Draft d) {
    return t.lower(d.speaker().get().first() - 1).equals("by") ? d : d.withoutSpeaker();
  }

  /** Whether the draft's cue is "ask" at a sentence-opening "Asked" ({@link #openingAsked}). */
  private static boolean cuedByOpeningAsked(Tokens t, Draft d) {
    return d.cue().filter(c -> c.lemma().equals("ask") && openingAsked(t, c.tokens().first())).isPresent();
  }
}
