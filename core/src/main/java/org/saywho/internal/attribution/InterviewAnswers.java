package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;
import org.saywho.internal.lexicon.Words;

/**
 * The answers of an interview printed as questions and answers ("Q: What is the biggest challenge? /
 * A: Funding, without question.") are the interviewee's words. Conditions: at least two paragraphs
 * open with a question label ("Q:", "Q.", "Question:") and at least two with an answer label ("A:",
 * "A.", "Answer:", or the interviewee's name ending in their surname: "Farrar:", "Jeremy Farrar:"),
 * the first answer after the first question; the interviewee is the person the text
 * before the first question names most often by surname, the later one on a tie ("Q&A with Vice
 * President Joe Biden … Biden complained …" is Biden's, though Bernie Sanders is named after him),
 * given once at least in full (two words or more, after any honorific or title, opening with a first
 * name or after a title: "Economist Armine Yalnizyan"), and never introduced with a newsroom
 * title of {@code journalist-titles.txt} ("Economist Armine Yalnizyan spoke with reporter Sam Cooper"
 * is Yalnizyan's interview); and no attribution holds any of an answer already, but for a report the
 * answer holds, its cue and content inside it ("A: I think they'll wait." keeps its "think"). A
 * question's label speaks for no one: the label's colon is no cue ("Q: Your plan promises …"), and
 * what the grammar gives "Q" otherwise has no speaker. An
 * article naming no one before its questions gives its answers no speaker this way. Read after the
 * tagger.
 */
final class InterviewAnswers {

  private static final double CONFIDENCE = 0.8;
  /** The most tokens a question paragraph of an unlabelled interview has. */
  private static final int MAX_QUESTION = 40;
  private static final Set<String> NOTE_NOUNS = WordSets.named("interview-answers.note-nouns");
  private static final Set<String> NOTE_VERBS = WordSets.named("interview-answers.note-verbs");

  private InterviewAnswers() {}

  /** Returns the drafts with each answer of a question-and-answer interview added. */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon, Words words) {
    Tokens t = doc.tokens();
    List<int[]> questions = new ArrayList<>();
    List<int[]> answers = new ArrayList<>();
    List<int[]> named = new ArrayList<>();
    for (Span p : doc.paragraphs()) {
      int first = t.firstAtOrAfter(p.start());
      if (first >= t.size() || t.start(first) >= p.end()) {
        continue;
      }
      int last = t.lastEndingBy(first, p.end());
      int after = afterLabel(t, first, last, "q", "question");
      if (after > 0) {
        questions.add(new int[] {first, last});
      } else if ((after = afterLabel(t, first, last, "a", "answer")) > 0) {
        answers.add(new int[] {first, after, last});
      } else if ((after = afterNameLabel(t, first, last)) > 0) {
        named.add(new int[] {first, after, last});
      }
    }
    if (questions.size() < 2) {
      return unlabelled(doc, drafts, words);
    }
    Optional<SpeakerMention> interviewee = interviewee(t, questions.get(0)[0], words);
    if (interviewee.isEmpty()) {
      return drafts;
    }
    String surname = t.lower(interviewee.get().last());
    named.stream().filter(a -> t.lower(a[1] - 2).equals(surname)).forEach(answers::add);
    answers.sort(Comparator.comparingInt(a -> a[0]));
    if (answers.size() < 2 || answers.get(0)[0] < questions.get(0)[0]) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts);
    for (int[] q : questions) {
      out.removeIf(d -> d.cue().filter(c -> c.tokens().first() == q[0] + 1).isPresent()); // "Q: Your plan …"
      out.replaceAll(d -> d.speaker().filter(sp -> sp.first() == q[0]).isPresent() ? d.withoutSpeaker() : d);
    }
    for (int[] a : answers) {
      int last = a[2];
      while (last > a[1] && Grammar.punctuation(t, last) && !Grammar.closingQuote(t, last)) {
        last--;
      }
      if (last <= a[1]) {
        continue;
      }
      Span answer = t.span(a[1], last);
      int colon = a[1] - 1;
      out.removeIf(d -> d.cue().filter(c -> c.tokens().first() == colon).isPresent()); // the label's first sentence alone
      if (out.stream().anyMatch(d -> d.content().overlaps(answer) && !nestedIn(t, d, answer))) {
        continue;
      }
      CueMention cue = new CueMention(new TokenRange(a[0], a[1] - 1), ":", lexicon.kind(":"));
      out.add(Attributor.draft(doc, new Range(a[1], last), Attribution.Origin.COLON, cue, interviewee, CONFIDENCE));
    }
    return out.size() == drafts.size() ? drafts : List.copyOf(out);
  }

  /**
   * The answers of an interview printed without labels, each question a paragraph of its own: "When did
   * you decide to leave? / Last spring. I came home after a 14-hour shift …" after "Anita Sharma has
   * worked as an intensive care nurse … This interview has been edited for length and clarity." are
   * Sharma's words. Conditions: a paragraph notes the interview's editing, before the questions or after
   * them (a word of {@code interview-answers.note-nouns} and one of {@code interview-answers.note-verbs}:
   * "This interview has been edited", "The conversation was condensed"); at least two questions, each a
   * paragraph of at most {@value #MAX_QUESTION} tokens, outside quote marks, ending in "?"; the
   * interviewee named as for labelled answers; every other paragraph after the first question but the
   * note is an answer unless an attribution holds any of it that is not the interviewee's own "I" or "we" ("The
   * hospital said in a statement …" stays the hospital's).
   */
  private static List<Draft> unlabelled(Article doc, List<Draft> drafts, Words words) {
    Tokens t = doc.tokens();
    List<int[]> paragraphs = new ArrayList<>();
    for (Span p : doc.paragraphs()) {
      int first = t.firstAtOrAfter(p.start());
      if (first < t.size() && t.start(first) < p.end()) {
        paragraphs.add(new int[] {first, t.lastEndingBy(first, p.end())});
      }
    }
    int firstQuestion = -1;
    int questions = 0;
    boolean noted = false;
    for (int[] p : paragraphs) {
      if (question(t, p[0], p[1])) {
        firstQuestion = firstQuestion < 0 ? p[0] : firstQuestion;
        questions++;
      } else {
        noted |= editingNote(t, p[0], p[1]);
      }
    }
    if (questions < 2 || !noted) {
      return drafts;
    }
    Optional<SpeakerMention> interviewee = interviewee(t, firstQuestion, words);
    if (interviewee.isEmpty()) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts);
    for (int[] p : paragraphs) {
      if (p[0] <= firstQuestion || question(t, p[0], p[1]) || editingNote(t, p[0], p[1])) {
        continue;
      }
      Span answer = t.span(p[0], p[1]);
      if (out.stream().noneMatch(d -> d.content().overlaps(answer) && !(nestedIn(t, d, answer) && ownReport(t, d)))) {
        out.add(Draft.answer(answer, Attributor.typeOf(doc, new Range(p[0], p[1])), interviewee.get(), CONFIDENCE));
      }
    }
    return out.size() == drafts.size() ? drafts : List.copyOf(out);
  }

  /** Whether the report the answer holds is the interviewee's own ("I think …", "we decided …") or no one's. */
  private static boolean ownReport(Tokens t, Draft d) {
    return d.speaker().map(sp -> sp.first() == sp.last() && (t.lower(sp.first()).equals("i") || t.lower(sp.first()).equals("we")))
        .orElse(true);
  }

  /** Whether the paragraph is a question of its own: short, outside quote marks, ending in "?". */
  private static boolean question(Tokens t, int first, int last) {
    if (last - first + 1 > MAX_QUESTION || !t.word(last).equals("?")) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (t.quoted(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the paragraph notes that an interview was edited ("This interview has been edited for length"). */
  private static boolean editingNote(Tokens t, int first, int last) {
    boolean noun = false;
    boolean verb = false;
    for (int i = first; i <= last; i++) {
      noun |= NOTE_NOUNS.contains(t.lower(i));
      verb |= NOTE_VERBS.contains(t.lower(i));
    }
    return noun && verb;
  }

  /** Whether the draft is a report the answer holds: its cue and content lie inside it, after its start. */
  private static boolean nestedIn(Tokens t, Draft d, Span answer) {
    return d.content().start() > answer.start() && d.content().end() <= answer.end()
        && d.cue().filter(c -> answer.contains(t.span(c.tokens().first(), c.tokens().last()))).isPresent();
  }

  /**
   * The first token after a paragraph's label ("Q:", "Q.", "Question:"), or -1 when the paragraph
   * does not open with it.
   */
  private static int afterLabel(Tokens t, int first, int last, String letter, String word) {
    String capital = letter.toUpperCase(Locale.ROOT);
    if (t.word(first).equals(capital + ".") && first < last) {
      return first + 1;
    }
    boolean label = t.word(first).equals(capital) || t.lower(first).equals(word);
    return label && first + 1 < last && (t.word(first + 1).equals(":") || t.word(first + 1).equals(".")) ? first + 2 : -1;
  }

  /**
   * The first token after a paragraph's label of one to three capitalised words and a colon ("Farrar:",
   * "Jeremy Farrar:"), or -1 when the paragraph does not open with one.
   */
  private static int afterNameLabel(Tokens t, int first, int last) {
    for (int k = first; k < Math.min(last, first + 3); k++) {
      if (!Grammar.proper(t, k) || t.quoted(k)) {
        return -1;
      }
      if (t.word(k + 1).equals(":")) {
        return k + 2 <= last ? k + 2 : -1;
      }
    }
    return -1;
  }

  /**
   * The person the introduction before token {@code before} names most often by surname (the later one
   * on a tie), at that person's last full name: two capitalised words or more opening with a first
   * name, after any honorific or title.
   */
  private static Optional<SpeakerMention> interviewee(Tokens t, int before, Words words) {
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, SpeakerMention> lastFull = new HashMap<>();
    Set<String> asking = new HashSet<>();
    int i = 0;
    while (i < before) {
      if (!Grammar.proper(t, i) || t.quoted(i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < before && Grammar.proper(t, i) && !t.quoted(i)) {
        i++;
      }
      mentions.merge(t.lower(i - 1), 1, Integer::sum);
      int given = start;
      boolean interviewer = start > 0 && words.isJournalistTitle(t.lower(start - 1));
      while (given < i && (words.isHonorific(t.lower(given)) || words.isTitle(t.lower(given)))) {
        interviewer |= words.isJournalistTitle(t.lower(given));
        given++;
      }
      boolean titled = given > start || start > 0 && words.isTitle(t.lower(start - 1));
      if (interviewer) {
        asking.add(t.lower(i - 1));
      } else if (i - given >= 2 && (words.isFirstName(t.lower(given)) || titled)) {
        lastFull.put(t.lower(i - 1), new SpeakerMention(new TokenRange(given, i - 1), i - 1, Optional.empty()));
      }
    }
    lastFull.keySet().removeAll(asking);
    return lastFull.entrySet().stream()
        .max(Comparator.<Map.Entry<String, SpeakerMention>>comparingInt(e -> mentions.getOrDefault(e.getKey(), 0))
            .thenComparingInt(e -> e.getValue().first()))
        .map(Map.Entry::getValue);
  }
}
