package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.doc.Unit;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;

/**
 * Finds the article's attributions unit by unit: each cue with its speaker and its content, typed
 * direct, mixed or indirect by the quote marks the content holds; then quotes with no cue of their
 * own, which continue an earlier (or later) speaker's quote in the paragraph or are left unattributed.
 * Quotes inside a sentence that no cue reports are scare quotes or titles and are dropped.
 */
public final class Attributor {

  private final CueLexicon lexicon;

  /**
   * Creates an attributor.
   *
   * @param lexicon the reporting-cue lexicon
   */
  public Attributor(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Finds the attributions of an article.
   *
   * @param doc the tagged article
   * @param units its attribution units
   * @return the attributions, sorted by content
   */
  public List<Attribution> attribute(Article doc, List<Unit> units) {
    CueFinder finder = new CueFinder(lexicon, new Morphology());
    Tokens t = doc.tokens();
    List<Draft> drafts = new ArrayList<>();
    for (Unit unit : units) {
      List<Candidate> candidates = new ArrayList<>();
      Colons.find(t, unit).ifPresent(candidates::add);
      List<CueMatch> cues = finder.find(t, unit);
      ContentFinder contents = new ContentFinder(doc, unit, cues);
      List<SpeakerMatch> speakers = new ArrayList<>();
      int boundary = unit.firstToken();
      for (CueMatch cue : cues) {
        Optional<SpeakerMatch> found = SpeakerFinder.find(t, unit, cue, speakers);
        if (found.isEmpty()) {
          continue;
        }
        SpeakerMatch sp = found.get();
        speakers.add(sp);
        double w = cue.entry().weight();
        Optional<Range> before = contents.before(cue, sp, boundary);
        before.ifPresent(r -> candidates.add(new Candidate(r, cue, sp, w)));
        Optional<Range> after = contents.after(cue, sp);
        after.ifPresent(r -> candidates.add(new Candidate(r, cue, sp, w * (before.isPresent() ? 0.9 : 1.0))));
        if (before.isPresent() || after.isPresent()) {
          boundary = Math.max(boundary, Math.max(cue.last(), Math.max(sp.last(), sp.roleLast())) + 1);
          if (after.isPresent()) {
            boundary = Math.max(boundary, after.get().last() + 1);
          }
        }
      }
      for (Candidate c : distinct(candidates)) {
        Draft a = toDraft(doc, c);
        if (a.type() != Quote.Type.DIRECT || !namesOnly(c.cue().entry())) {
          drafts.add(a);
        }
      }
    }
    drafts.addAll(Continuations.find(doc, units, drafts));
    drafts.sort(Comparator.comparing(Draft::content));
    return Draft.toAttributions(drafts);
  }

  /**
   * Whether a cue only names or characterizes ("called it “a disaster”", "dubbed “Lyin’ Ted”"): its
   * content is a phrase holding a quote, and a bare quoted phrase after it is a name, not speech.
   */
  private static boolean namesOnly(CueEntry e) {
    return e.takes(CueEntry.Frame.NOUN_PHRASE) && !e.takes(CueEntry.Frame.CLAUSE);
  }

  /** Keeps one candidate per content range: the one whose cue is nearest. */
  private static List<Candidate> distinct(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).content().equals(c.content())) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(c);
      } else if (c.distanceToCue() < out.get(same).distanceToCue()) {
        out.set(same, c);
      }
    }
    return out;
  }

  private static Draft toDraft(Article doc, Candidate c) {
    Tokens t = doc.tokens();
    Range r = c.content();
    int quote = -1;
    boolean other = false;
    boolean several = false;
    for (int i = r.first(); i <= r.last(); i++) {
      if (t.quoted(i) && doc.quotes().get(t.quote(i)).marked()) {
        several |= quote >= 0 && t.quote(i) != quote;
        quote = t.quote(i);
      } else if (!Grammar.punctuation(t, i)) {
        other = true;
      }
    }
    Quote.Type type;
    Span span;
    if (quote < 0) {
      type = Quote.Type.INDIRECT;
      span = t.span(r.first(), r.last());
    } else if (!other && !several) {
      type = Quote.Type.DIRECT;
      span = doc.quotes().get(quote).inner();
    } else {
      type = Quote.Type.MIXED;
      span = t.span(r.first(), r.last());
    }
    CueMatch cue = c.cue();
    boolean colon = cue.entry().lemma().equals(":") || cue.entry().lemma().equals("―");
    SpeakerMatch sp = c.speaker();
    Optional<TokenRange> role = sp.roleFirst() >= 0 ? Optional.of(new TokenRange(sp.roleFirst(), sp.roleLast())) : Optional.empty();
    return Draft.cued(span, type, colon ? Attribution.Origin.COLON : Attribution.Origin.CUE,
        new Attribution.CueMention(new TokenRange(cue.first(), cue.last()), cue.entry().lemma()),
        new Attribution.SpeakerMention(new TokenRange(sp.first(), sp.last()), sp.head(), role), confidence(c, type));
  }

  private static double confidence(Candidate c, Quote.Type type) {
    double base = c.confidence();
    if (type != Quote.Type.INDIRECT) {
      base = Math.min(1.0, base + 0.05);
    }
    if (c.cue().entry().takes(CueEntry.Frame.BELIEF)) {
      base *= 0.9;
    }
    return Math.round(base * 1000) / 1000.0;
  }
}
