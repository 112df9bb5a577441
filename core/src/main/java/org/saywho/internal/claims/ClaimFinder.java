package org.saywho.internal.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.saywho.Claim;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.doc.Sentence;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.text.Asides;

/**
 * Finds the claims of an article: each sentence of a quote's or reported speech's content is a claim
 * by its speaker; each sentence with no attribution is a claim by the article. The news claim model
 * decides, sentence by sentence, whether a sentence makes a claim, states an opinion (kept, typed
 * OPINION, never check-worthy) or neither, types its claims and scores their check-worthiness. It reads
 * the whole sentence that reports a claim: "Trump said on Tuesday that NATO should…" is a checkable
 * report even where "NATO should…" alone is a position. A reported noun phrase is no clause but an act
 * the article narrates, so the sentence is the article's claim ("Alberta has confirmed 1,100 cases of
 * measles"). Questions and fragments with
 * neither a verb nor a number are never claims; a hedge anywhere in the sentence or the attribution's cue marks its
 * claims hedged. A sentence in a photo caption or a prompt to the reader ({@link Asides#pageMatter})
 * makes no claim; a publisher's note does ("Correction: … It was first declared by President Richard
 * Nixon in the 1970s.").
 */
public final class ClaimFinder {

  private static final int MIN_WORDS = 3;
  /** How many tokens either side of a cue its hedges may stand ("officials reportedly said"). */
  private static final int CUE_REACH = 3;
  private static final int NEIGHBOURS = SentenceFeatures.NEIGHBOURS;
  /** Words are counted in Latin script only: SayWho reads English. */
  private static final char LATIN_END = '\u0250';

  private final CheckWorthinessModel debate;
  private final NewsClaimModel news;
  private final ClaimWords words;
  private final ClaimTypes types;
  private final SentenceFeatures features;
  private final Voice voice;
  private final Words lexicon;

  /**
   * Creates a finder.
   *
   * @param debate the check-worthiness classifier trained on debate sentences
   * @param news the news claim model
   * @param words the claim stage's word lists
   * @param lexicon SayWho's word lists
   */
  public ClaimFinder(CheckWorthinessModel debate, NewsClaimModel news, ClaimWords words, Words lexicon) {
    this.debate = debate;
    this.news = news;
    this.words = words;
    this.types = new ClaimTypes(words, lexicon);
    this.features = new SentenceFeatures(debate, words, lexicon);
    this.voice = new Voice(words);
    this.lexicon = lexicon;
  }

  /**
   * Finds the claims of an article.
   *
   * @param doc the tagged article
   * @param attributions its attributions, sorted by content (as the attribution stage returns them)
   * @return the claims, in text order
   */
  public List<ClaimCandidate> find(Article doc, List<Attribution> attributions) {
    List<ClaimCandidate> out = new ArrayList<>();
    int next = 0;
    List<Sentence> sentences = doc.sentences();
    boolean[] pageMatter = doc.paragraphsWhere(p -> Asides.pageMatter(p, lexicon));
    for (int n = 0; n < sentences.size(); n++) {
      Sentence s = sentences.get(n);
      while (next < attributions.size() && attributions.get(next).content().end() <= s.span().start()) {
        next++;
      }
      if (doc.paragraphHolding(s.span().start()).stream().anyMatch(i -> pageMatter[i])) {
        continue; // a photo caption or a prompt to the reader
      }
      List<Integer> sources = new ArrayList<>();
      List<Attribution> overlapping = new ArrayList<>();
      for (int k = next; k < attributions.size() && attributions.get(k).content().start() < s.span().end(); k++) {
        if (attributions.get(k).content().overlaps(s.span()) && !nested(attributions, k)) {
          overlapping.add(attributions.get(k));
          if (asserts(doc.tokens(), attributions.get(k))) {
            sources.add(k);
          }
        }
      }
      boolean reported = !overlapping.isEmpty();
      if (!reported && speakerOnly(doc, s, attributions, next)) {
        continue;
      }
      Verdict v = verdict(doc, s.firstToken(), s.endToken(), n, attributions, next);
      if (!v.topical() && !v.opinion()) {
        continue;
      }
      List<Attribution> reports = sources.stream().map(attributions::get).toList();
      boolean own = sources.isEmpty() || voice.narrates(doc.tokens(), s.firstToken(), s.endToken(), reports, overlapping);
      int before = out.size();
      if (own) {
        add(doc, v, OptionalInt.empty(), s.span().start(), s.span().end(), out);
      }
      for (int i = 0; i < sources.size(); i++) {
        int k = sources.get(i);
        Attribution a = attributions.get(k);
        int end = a.content().end();
        while (i + 1 < sources.size() && splitByItsCue(a, attributions.get(sources.get(i + 1)))) {
          end = attributions.get(sources.get(++i)).content().end();
        }
        int claimant = reporterOf(doc.tokens(), attributions, k);
        int start = Math.max(a.content().start(), s.span().start());
        end = Math.min(end, s.span().end());
        if (!holdsAVerb(doc.tokens(), start, end)) {
          continue; // "Alberta has confirmed 1,100 cases of measles": a narrated act, the article's claim
        }
        add(doc, v, OptionalInt.of(claimant), start, end, out);
      }
      if (!own && out.size() == before) {
        // what is reported is no statement ("does not recommend its use"): the sentence is the article's
        add(doc, v, OptionalInt.empty(), s.span().start(), s.span().end(), out);
      }
    }
    return out;
  }

  /**
   * Whether two reports are the parts of one content its own attribution interrupts ("The latest
   * test, North Korea said, was its biggest yet"): the same cue, the second part after it. They make
   * one claim, whose subject the first part holds, not a fragment without one.
   */
  static boolean splitByItsCue(Attribution first, Attribution second) {
    return first.cue().isPresent() && second.cue().isPresent()
        && first.cue().get().tokens().equals(second.cue().get().tokens())
        && first.content().end() <= second.content().start();
  }

  /**
   * What the news claim model says of a sentence.
   *
   * @param outcome the model's outcome
   * @param checkWorthiness the check-worthiness probability of the model that judges it
   * @param worthy whether that model finds it check-worthy
   * @param claim whether it makes a claim
   * @param topical whether it makes a claim if it is about a followed topic
   * @param opinion whether, making no claim, it states an opinion
   * @param hedged whether the sentence or its attribution hedges
   */
  record Verdict(NewsClaimModel.Outcome outcome, double checkWorthiness, boolean worthy, boolean claim, boolean topical,
      boolean opinion, boolean hedged) {}

  private Verdict verdict(Article doc, int first, int end, int ordinal, List<Attribution> attributions, int from) {
    SentenceFeatures.Input in = features.input(doc, first, end, ordinal, attributions, from);
    NewsClaimModel.Outcome o = news.evaluate(features.of(in));
    boolean hedged = types.hedged(doc.tokens(), first, end);
    for (Attribution a : in.attributions()) {
      if (a.cue().isPresent()) {
        TokenRange cue = a.cue().get().tokens();
        hedged |= types.hedged(doc.tokens(), Math.max(0, cue.first() - CUE_REACH), Math.min(doc.tokens().size(), cue.last() + CUE_REACH));
      }
      hedged |= contentHedged(doc.tokens(), a.content(), first, end);
    }
    boolean claim = o.claim() >= news.claimThreshold();
    boolean opinion = o.opinion() > 1 - o.claim() - o.opinion();
    if (!SentenceFeatures.isArticle(doc)) {
      // A lone sentence or snippet has no article around it: the debate model, trained on lone sentences, judges it.
      boolean worthy = !(opinion && o.opinion() > o.claim()) && in.checkWorthiness() >= debate.threshold();
      return new Verdict(o, in.checkWorthiness(), worthy, claim || worthy, claim || worthy, opinion && !worthy, hedged);
    }
    return new Verdict(o, o.checkWorthiness(), o.checkWorthiness() >= news.threshold(), claim,
        claim || o.claim() >= news.topicClaimThreshold(), opinion, hedged);
  }

  /**
   * Whether a reported content hedges what it says, read from its own first word: "concern that
   * changing the policy could lead to fraud" reports a hedged claim, though the "that" before it would
   * make the modal a subordinate clause's when the whole sentence is read.
   */
  private boolean contentHedged(Tokens t, Span content, int first, int end) {
    int from = Math.max(first, t.firstAtOrAfter(content.start()));
    int to = Math.min(end, t.lastEndingBy(from - 1, content.end()) + 1);
    return from >= 0 && from < to && types.hedged(t, from, to);
  }

  /**
   * Whether another attribution's content holds this one's (nested reports make one claim). The list
   * is sorted by content, so a holder starts at or before it; only a few neighbours are looked at.
   */
  private static boolean nested(List<Attribution> sorted, int k) {
    Attribution a = sorted.get(k);
    for (int j = Math.max(0, k - NEIGHBOURS); j < Math.min(sorted.size(), k + NEIGHBOURS); j++) {
      Attribution o = sorted.get(j);
      if (j != k && o.content().contains(a.content()) && !o.content().equals(a.content())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attribution whose words hold this one's speaker, or this one: in "The campaign says evidence
   * shows vitamin C can halt the disease", the evidence is no one, and what it shows is the
   * campaign's claim. Conditions: another attribution's content is this one's speaker mention and
   * nothing more, and asserts (its cue one of saying).
   */
  private int reporterOf(Tokens t, List<Attribution> sorted, int k) {
    Attribution a = sorted.get(k);
    if (a.speaker().isEmpty()) {
      return k;
    }
    Span speaker = t.span(a.speaker().get().first(), a.speaker().get().last());
    for (int j = Math.max(0, k - NEIGHBOURS); j < Math.min(sorted.size(), k + NEIGHBOURS); j++) {
      Attribution o = sorted.get(j);
      if (j != k && o.content().equals(speaker) && o.type() != Quote.Type.DIRECT && asserts(t, o)) {
        return j;
      }
    }
    return k;
  }

  /**
   * Whether the attribution's content is its speaker's own claim: a direct quote, or content under a
   * cue of saying, finding, accusing, denying… ({@link ClaimWords.Category#ASSERTION}). Under other cues
   * ("called for", "urged", "refused") the sentence narrates an act, and the article makes the claim;
   * a negated cue ("have not said when") asserts nothing.
   */
  private boolean asserts(Tokens t, Attribution a) {
    if (a.type() == Quote.Type.DIRECT || a.cue().isEmpty()) {
      return true;
    }
    return words.is(ClaimWords.Category.ASSERTION, a.cue().get().lemma()) && !voice.negated(t, a.cue().get().tokens());
  }

  /** Whether the sentence only names a speaker for a neighbouring quote ("Trump said Friday."). */
  private static boolean speakerOnly(Article doc, Sentence s, List<Attribution> attributions, int from) {
    for (int k = Math.max(0, from - 2); k < Math.min(attributions.size(), from + 3); k++) {
      boolean names = attributions.get(k).speaker()
          .filter(sp -> doc.tokens().span(sp.first(), sp.last()).overlaps(s.span())).isPresent();
      if (names) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text {@code [start, end)} holds a verb: a reported noun phrase ("confirmed 1,100 cases
   * of measles") is no clause but an act the article narrates, so its sentence is the article's claim.
   */
  private static boolean holdsAVerb(Tokens t, int start, int end) {
    int first = t.firstAtOrAfter(start);
    return first < t.size() && t.end(first) <= end && t.holdsVerb(first, t.lastEndingBy(first, end));
  }

  /** Adds the claim of {@code [start, end)} with the sentence's verdict. */
  private void add(Article doc, Verdict v, OptionalInt source, int start, int end, List<ClaimCandidate> out) {
    Tokens t = doc.tokens();
    int first = t.firstAtOrAfter(start);
    int last = t.lastEndingBy(first - 1, end);
    while (first <= last && trimmable(t, first)) {
      first++;
    }
    while (last >= first && trimmable(t, last) && !(t.tag(last).equals("''") && opensInside(t, first, last))) {
      last--;
    }
    if (last < first || !claimLike(t, first, last)) {
      return;
    }
    NewsClaimModel.Outcome o = v.outcome();
    out.add(new ClaimCandidate(Span.of(t.start(first), t.end(last)), source, o.type(), v.checkWorthiness(),
        v.worthy(), v.hedged(), v.claim(), v.topical(), v.opinion()));
  }

  /** Whether a quote opens inside {@code [first, last)}, so the closing mark at {@code last} belongs. */
  private static boolean opensInside(Tokens t, int first, int last) {
    for (int i = first; i < last; i++) {
      if (t.tag(i).equals("``")) {
        return true;
      }
    }
    return false;
  }

  private static boolean trimmable(Tokens t, int i) {
    String w = t.word(i);
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("-") || t.tag(i).equals("``")
        || t.tag(i).equals("''") || w.equals("(") || w.equals(")");
  }

  /**
   * Whether tokens {@code [first, last]} read as a statement: mostly words, a verb or a number, no
   * question.
   */
  private boolean claimLike(Tokens t, int first, int last) {
    int count = 0;
    boolean verb = false;
    boolean number = false;
    for (int i = first; i <= last; i++) {
      char c = t.word(i).charAt(0);
      if (c < LATIN_END && Character.isLetterOrDigit(c)) {
        count++;
      }
      verb |= t.verb(i);
      number |= t.tag(i).equals("CD");
    }
    if (count < MIN_WORDS || count * 2 < last - first + 1 || t.word(last).equals("?") || !(verb || number)) {
      return false;
    }
    return !(words.is(ClaimWords.Category.GREETING, t.lower(first)) && count <= 6);
  }
}
