package org.saywho;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.saywho.internal.claims.Topics;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.doc.Tokens;

/** Turns what the pipeline found into the public, immutable {@link Extraction}. */
final class Assembler {

  private Assembler() {}

  static Extraction assemble(Annotated found, ExtractorOptions options) {
    Article doc = found.article();
    List<Attribution> attributions = found.attributions();
    List<Integer> kept = new ArrayList<>();
    TreeSet<Integer> used = new TreeSet<>();
    for (int a = 0; a < attributions.size(); a++) {
      if (options.includes(attributions.get(a), found.speakers().speakerOf().get(a))) {
        kept.add(a);
        found.speakers().speakerOf().get(a).ifPresent(used::add);
      }
    }
    List<Entity> entities = new ArrayList<>();
    used.forEach(id -> entities.add(found.speakers().entities().get(id)));
    entities.sort(Comparator.comparing(e -> e.mentions().get(0)));
    Map<Integer, Speaker> speakers = new HashMap<>();
    List<Speaker> ordered = new ArrayList<>();
    for (Entity e : entities) {
      Speaker s = new Speaker(e.name(), e.type(), e.roles(), e.mentions(), e.gender(), e.genderEvidence());
      speakers.put(e.id(), s);
      ordered.add(s);
    }
    List<Speaker> people = new ArrayList<>();
    for (Entity e : found.speakers().entities()) {
      if (e.type() == Speaker.Type.PERSON && (e.named() || speakers.containsKey(e.id())) && !e.mentions().isEmpty()) {
        people.add(speakers.computeIfAbsent(e.id(), id -> new Speaker(e.name(), e.type(), e.roles(), e.mentions(), e.gender(), e.genderEvidence())));
      }
    }
    people.sort(Comparator.comparing(s -> s.mentions().get(0)));
    Map<Integer, Quote> quotes = new HashMap<>();
    List<Quote> list = new ArrayList<>();
    for (int a : kept) {
      OptionalInt entity = found.speakers().speakerOf().get(a);
      Quote q = quote(doc, attributions, a, entity.isPresent() ? Optional.of(Objects.requireNonNull(speakers.get(entity.getAsInt()), "speaker entity kept")) : Optional.empty());
      quotes.put(a, q);
      list.add(q);
    }
    List<Claim> claims = new ArrayList<>();
    for (ClaimCandidate c : found.claims()) {
      OptionalInt source = c.source();
      if (source.isPresent() && !quotes.containsKey(source.getAsInt())) {
        continue; // its attribution was left out, so is the claim
      }
      Optional<Quote> from = source.isPresent() ? Optional.of(Objects.requireNonNull(quotes.get(source.getAsInt()), "claim source kept")) : Optional.empty();
      claim(doc, c, from, options.claimTopics()).ifPresent(claims::add);
    }
    return new Extraction(doc.text(), Quotes.of(list), ordered, doc.byline(), Claims.of(claims, doc.byline()), Optional.empty(), people);
  }

  /** The public claim of a candidate, or empty when it makes no claim about the followed topics and states no opinion. */
  private static Optional<Claim> claim(Article doc, ClaimCandidate c, Optional<Quote> from, Topics topics) {
    double[] relevance = topics.relevance(doc, c.span());
    List<String> about = new ArrayList<>();
    double top = 0;
    for (int k = 0; k < relevance.length; k++) {
      if (relevance[k] > 0) {
        about.add(topics.terms().get(k));
        top = Math.max(top, relevance[k]);
      }
    }
    boolean topical = top >= Topics.SENTENCE;
    boolean claim = c.claim() || c.topical() && topical;
    if (!claim && !c.opinion()) {
      return Optional.empty();
    }
    boolean worthy = claim && (topics.isEmpty() ? c.checkWorthy() : topical);
    return Optional.of(new Claim(c.span().in(doc.text()), c.span(), from.flatMap(Quote::speaker), from,
        claim ? c.type() : Claim.Type.OPINION, claim ? Math.round(c.checkWorthiness() * 1000) / 1000.0 : 0, worthy, c.hedged(),
        about, top));
  }

  private static Quote quote(Article doc, List<Attribution> attributions, int index, Optional<Speaker> speaker) {
    Tokens t = doc.tokens();
    Attribution a = attributions.get(index);
    OptionalInt from = a.speakerFrom();
    Attribution named = from.isPresent() ? attributions.get(from.getAsInt()) : a;
    Optional<Span> mention = named.speaker().map(sp -> t.span(sp.first(), sp.last()));
    Optional<Cue> cue = a.cue().map(c -> {
      Span s = t.span(c.tokens().first(), c.tokens().last());
      return new Cue(s.in(doc.text()), c.lemma(), s, c.kind());
    });
    return new Quote(a.content().in(doc.text()), a.content(), a.type(), speaker, mention, cue, a.confidence());
  }
}
