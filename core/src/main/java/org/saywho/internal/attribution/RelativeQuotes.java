package org.saywho.internal.attribution;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.QuoteSpan;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.WordSets;

/**
 * A quote a relative clause gives its speaker: "a decision that Mayor Lisa Chen called “long
 * overdue”", "what he called “a gift to the rich”". Conditions: a cue of the lexicon that takes a noun
 * phrase holding a quote ("called", "described as", "branded") stands right before the quote's opening
 * mark, or before "as" and the mark; its subject, a noun phrase of the same sentence, comes right
 * after a relative word ("that", "which", "what") that stands for the cue's object, or right after the
 * lower-case noun it stands for ({@link #zeroRelative}: "a decision the mayor described as “…”"); and
 * the quoted words are not a name in title case ("what critics called “Obamacare”"). The quote becomes
 * the subject's. An outer report whose content ends with that relative clause, after a comma, ends
 * before the comma: the council's vote is not the mayor's words. A pronoun subject inside an outer
 * report ("The council denounced what it called “…”") is that report's speaker, whose report already
 * holds the words.
 */
final class RelativeQuotes {

  private static final Set<String> RELATIVES = WordSets.named("relative-quotes.relatives");
  private static final double CONFIDENCE = 0.8;

  private RelativeQuotes() {}

  /**
   * Returns the drafts with each relative clause's quote added and the outer reports holding it cut.
   *
   * @param doc the tagged article
   * @param drafts the cued attributions
   * @param lexicon the cue lexicon
   * @param morphology a lemmatizer confined to the caller
   * @return the drafts, changed
   */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon, Morphology morphology) {
    List<Draft> out = new ArrayList<>(drafts);
    Tokens t = doc.tokens();
    for (QuoteSpan q : doc.quotes()) {
      int open = t.firstAtOrAfter(q.outer().start());
      int cue = open - 1;
      if (cue >= 0 && t.lower(cue).equals("as")) {
        cue--;
      }
      if (cue < 2 || !t.tagIs(cue, "VB") || t.sentence(cue) != t.sentence(open) || titleCase(t, q.inner())) {
        continue;
      }
      String lemma = morphology.lemma(t.lower(cue), t.tag(cue));
      if (!lexicon.single(lemma).map(e -> e.takes(CueEntry.Frame.NOUN_PHRASE)).orElse(false)) {
        continue;
      }
      int subject = NounPhrases.startLeftOf(t, cue - 1, doc.sentences().get(t.sentence(cue)).firstToken());
      if (subject < 1 || !RELATIVES.contains(t.lower(subject - 1)) && !zeroRelative(t, subject) || t.quoted(subject)) {
        continue;
      }
      Span content = q.inner();
      boolean pronoun = subject == cue - 1 && t.tag(subject).equals("PRP");
      int verb = cue;
      if (content.isEmpty() || out.stream().anyMatch(d -> d.content().overlaps(content)
          && (pronoun || d.cue().filter(c -> c.tokens().first() <= verb && verb <= c.tokens().last()).isPresent()))) {
        continue; // this cue's own report, or "The council denounced what it called “…”", the council's
      }
      SpeakerMention speaker = new SpeakerMention(new TokenRange(subject, cue - 1), NounPhrases.head(t, subject, cue - 1),
          Optional.empty());
      CueMention cm = new CueMention(new TokenRange(cue, cue), lemma, lexicon.kind(lemma));
      cutOuter(doc, out, content, subject - 1);
      out.add(Draft.cued(content, Quote.Type.DIRECT, Attribution.Origin.CUE, cm, Optional.of(speaker), CONFIDENCE));
    }
    return out;
  }

  /**
   * Whether the subject at {@code subject} opens a relative clause with no relative word, right after
   * the lower-case noun it stands for: "a decision the mayor described as “painful but necessary”",
   * "a move Mayor Lisa Chen called “long overdue”". The subject opens with a determiner, a possessive
   * or a proper name.
   */
  private static boolean zeroRelative(Tokens t, int subject) {
    int noun = subject - 1;
    boolean antecedent = (t.tag(noun).equals("NN") || t.tag(noun).equals("NNS")) && !t.capitalized(noun);
    String tag = t.tag(subject);
    return antecedent && (tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("NNP"));
  }

  /**
   * Ends before the comma any report whose content holds the quote and ends with the relative clause;
   * drops one whose content is only the clause's antecedent and the clause.
   */
  private static void cutOuter(Article doc, List<Draft> drafts, Span quote, int relative) {
    Tokens t = doc.tokens();
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      Span c = d.content();
      if (!c.contains(quote) || c.equals(quote) || wordsBetween(t, quote.end(), c.end())) {
        continue;
      }
      int first = t.firstAtOrAfter(c.start());
      boolean cut = false;
      for (int i = relative - 1; i > first; i--) {
        if (Grammar.comma(t, i)) {
          Range kept = new Range(first, i - 1);
          drafts.set(k, d.withContent(t.span(first, i - 1), Attributor.typeOf(doc, kept)));
          cut = true;
          break;
        }
      }
      if (!cut && first == NounPhrases.startLeftOf(t, relative, first)) {
        drafts.remove(k--); // ", a decision the mayor described as “…”": an apposition, no report of the cue
      }
    }
  }

  private static boolean wordsBetween(Tokens t, int from, int to) {
    for (int i = t.firstAtOrAfter(from); i < t.size() && t.start(i) < to; i++) {
      if (Character.isLetterOrDigit(t.word(i).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean titleCase(Tokens t, Span inner) {
    boolean any = false;
    for (int i = t.firstAtOrAfter(inner.start()); i < t.size() && t.end(i) <= inner.end(); i++) {
      if (Character.isLetter(t.word(i).charAt(0))) {
        if (!t.capitalized(i)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
