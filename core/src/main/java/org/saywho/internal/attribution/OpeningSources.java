package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saywho.Span;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.CueEntry;
import org.saywho.internal.lexicon.CueLexicon;
import org.saywho.internal.lexicon.Words;

/**
 * A sentence that opens by naming its source reports the rest of it: "According to the Canada
 * Mortgage and Housing Corporation, rents rose 8.1 per cent." and "According to a new report by
 * Politico, the campaign …". Conditions: the sentence opens with "according to" outside quote marks;
 * its source runs to the first comma, within {@link #MAX_SOURCE} tokens, holds a noun and no verb of
 * its own clause (one in a relative clause is the source's: "people who attended the meeting"); the
 * rest of the sentence holds a finite verb; and no attribution holds any of it already. A noun of the
 * source idioms alone names no one ("According to plan, …"): the sentence reports nothing. The tagger
 * finds the short cases ("According to police, …") and misses the long sources, which the grammar's
 * noun phrase ends early. Read after the tagger.
 */
final class OpeningSources {

  /** The longest source, in tokens. */
  static final int MAX_SOURCE = 20;

  private OpeningSources() {}

  /** Returns the drafts with the reported speech of each sentence that opens with its source. */
  static List<Draft> add(Article doc, List<Draft> drafts, CueLexicon lexicon, Words words) {
    Optional<CueEntry> entry = lexicon.multi("according").stream()
        .filter(e -> e.lemma().equals("according to")).findFirst();
    if (entry.isEmpty()) {
      return drafts;
    }
    Tokens t = doc.tokens();
    List<Draft> out = new ArrayList<>(drafts);
    for (int i = 0; i + 3 < t.size(); i++) {
      boolean opens = i == 0 || t.sentence(i - 1) != t.sentence(i);
      if (opens && t.lower(i).equals("according") && t.lower(i + 1).equals("to") && !t.quoted(i)) {
        opening(doc, i, entry.get(), lexicon, words, out);
      }
    }
    return out.equals(drafts) ? drafts : List.copyOf(out);
  }

  /** Replaces the drafts of the sentence opening at {@code cue} with its reading as an opening source. */
  private static void opening(Article doc, int cue, CueEntry entry, CueLexicon lexicon, Words words, List<Draft> out) {
    Tokens t = doc.tokens();
    int last = cue;
    while (last + 1 < t.size() && t.sentence(last + 1) == t.sentence(cue)) {
      last++;
    }
    while (last > cue && Grammar.sentenceEnd(t, last) && !t.quoted(last)) {
      last--;
    }
    int comma = commaAfterSource(t, cue, last);
    if (comma <= cue + 2 || comma >= last) {
      return;
    }
    Span head = t.span(cue, comma);
    boolean idiom = idiom(t, cue + 2, comma - 1, words);
    if (!idiom && out.stream().anyMatch(d -> cuedIn(d, cue, comma) && d.speaker().isPresent())) {
      return;
    }
    if (!idiom && (!source(t, cue + 2, comma - 1) || !hasFinite(t, comma + 1, last))) {
      return;
    }
    // A content holding the sentence's own source, or a cue inside the source, is a misreading.
    out.removeIf(d -> d.content().overlaps(head) || cuedIn(d, cue, comma));
    int rest = t.start(comma + 1);
    if (idiom || out.stream().anyMatch(d -> d.content().start() <= rest && d.content().end() > rest)) {
      return;
    }
    int first = cue + 2;
    Attribution.CueMention mention = new Attribution.CueMention(new TokenRange(cue, cue + 1), entry.lemma(),
        lexicon.kind(entry.lemma()));
    Attribution.SpeakerMention speaker = new Attribution.SpeakerMention(new TokenRange(first, comma - 1),
        NounPhrases.head(t, first, comma - 1), Optional.empty());
    out.add(Attributor.draft(doc, new Range(comma + 1, last), Attribution.Origin.CUE, mention, Optional.of(speaker),
        entry.weight()));
  }

  /** The first comma after the source, or -1 when a quote mark or {@link #MAX_SOURCE} tokens come first. */
  private static int commaAfterSource(Tokens t, int cue, int last) {
    for (int i = cue + 2; i <= Math.min(last, cue + 2 + MAX_SOURCE); i++) {
      if (t.quoted(i)) {
        return -1;
      }
      if (Grammar.comma(t, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the draft's cue lies within tokens {@code [first, last]}. */
  private static boolean cuedIn(Draft d, int first, int last) {
    return d.cue().map(c -> c.tokens().first() >= first && c.tokens().last() <= last).orElse(false);
  }

  /** A noun phrase: a noun, and no finite verb outside a relative clause. */
  private static boolean source(Tokens t, int first, int last) {
    boolean noun = false;
    for (int i = first; i <= last; i++) {
      if (Grammar.RELATIVE_PRONOUNS.contains(t.lower(i)) || t.tag(i).equals("WDT")) {
        return noun;
      }
      if (Grammar.finite(t, i)) {
        return false;
      }
      noun |= Grammar.noun(t, i);
    }
    return noun;
  }

  /** "According to plan": one noun of the source idioms. */
  private static boolean idiom(Tokens t, int first, int last, Words words) {
    return first == last && words.isSourceIdiom(t.lower(first));
  }

  private static boolean hasFinite(Tokens t, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!t.quoted(i) && Grammar.finite(t, i)) {
        return true;
      }
    }
    return false;
  }
}
