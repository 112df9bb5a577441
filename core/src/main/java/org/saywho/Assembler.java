package org.saywho;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.doc.Tokens;

/** Turns an annotated document into the public, immutable {@link Extraction}. */
final class Assembler {

  private Assembler() {}

  static Extraction assemble(Doc doc, ExtractorOptions options) {
    List<Attribution> kept = doc.attributions().stream().filter(options::includes).toList();
    TreeSet<Integer> used = new TreeSet<>();
    kept.forEach(a -> used.add(a.entity()));
    used.remove(-1);
    List<Entity> entities = new ArrayList<>();
    used.forEach(id -> entities.add(doc.entities().get(id)));
    entities.sort(Comparator.comparing(e -> e.mentions().get(0)));
    Map<Integer, Speaker> speakers = new HashMap<>();
    List<Speaker> ordered = new ArrayList<>();
    for (Entity e : entities) {
      Speaker s = new Speaker(e.name(), e.type(), e.roles(), e.mentions());
      speakers.put(e.id(), s);
      ordered.add(s);
    }
    Map<Attribution, Quote> quotes = new IdentityHashMap<>();
    List<Quote> list = new ArrayList<>();
    for (Attribution a : kept) {
      Quote q = quote(doc, a, speakers);
      quotes.put(a, q);
      list.add(q);
    }
    List<Claim> claims = new ArrayList<>();
    for (ClaimCandidate c : doc.claims()) {
      if (c.source() != null && !quotes.containsKey(c.source())) {
        continue; // its attribution was left out, so is the claim
      }
      Optional<Quote> from = c.source() == null ? Optional.empty() : Optional.of(quotes.get(c.source()));
      claims.add(new Claim(c.span().in(doc.text()), c.span(), from.flatMap(Quote::speaker), from, c.type(),
          Math.round(c.checkWorthiness() * 1000) / 1000.0, c.checkWorthy(), c.hedged()));
    }
    return new Extraction(doc.text(), Quotes.of(list), ordered, doc.byline(), Claims.of(claims, doc.byline()), Optional.empty());
  }

  private static Quote quote(Doc doc, Attribution a, Map<Integer, Speaker> speakers) {
    Tokens t = doc.tokens();
    Attribution named = a;
    for (int hops = 0; !named.hasSpeakerMention() && named.speakerSource() != null && hops < 1000; hops++) {
      named = named.speakerSource();
    }
    Optional<Span> mention = named.hasSpeakerMention()
        ? Optional.of(t.span(named.speakerFirst(), named.speakerLast()))
        : Optional.empty();
    Optional<Cue> cue = Optional.empty();
    if (a.hasCue()) {
      Span s = t.span(a.cueFirst(), a.cueLast());
      cue = Optional.of(new Cue(s.in(doc.text()), a.cueLemma(), s));
    }
    return new Quote(a.content().in(doc.text()), a.content(), a.type(), Optional.ofNullable(speakers.get(a.entity())),
        mention, cue, a.confidence());
  }
}
