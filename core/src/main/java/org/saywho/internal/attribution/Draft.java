package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.Origin;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Unit;

/**
 * An attribution while the attribution stage still links continuations to it; it becomes an
 * immutable {@link Attribution} when the stage ends. Confined to one run of the stage.
 */
final class Draft {

  private final Span content;
  private final Quote.Type type;
  private final Origin origin;
  private final Optional<CueMention> cue;
  private final Optional<SpeakerMention> speaker;
  private final double confidence;
  private final Optional<Draft> speakerSource;

  private Draft(Span content, Quote.Type type, Origin origin, Optional<CueMention> cue,
      Optional<SpeakerMention> speaker, double confidence, Optional<Draft> speakerSource) {
    this.content = content;
    this.type = type;
    this.origin = origin;
    this.cue = cue;
    this.speaker = speaker;
    this.confidence = confidence;
    this.speakerSource = speakerSource;
  }

  /** An attribution its own sentence gives a cue, and a speaker mention when it names one. */
  static Draft cued(Span content, Quote.Type type, Origin origin, CueMention cue, Optional<SpeakerMention> speaker,
      double confidence) {
    return new Draft(content, type, origin, Optional.of(cue), speaker, confidence, Optional.empty());
  }

  /** This attribution with another content, of the type given. */
  Draft withContent(Span other, Quote.Type otherType) {
    return new Draft(other, otherType, origin, cue, speaker, confidence, speakerSource);
  }

  /** This attribution with another speaker mention. */
  Draft withSpeaker(SpeakerMention other) {
    return new Draft(content, type, origin, cue, Optional.of(other), confidence, speakerSource);
  }

  /** This attribution with another cue. */
  Draft withCue(CueMention other) {
    return new Draft(content, type, origin, Optional.of(other), speaker, confidence, speakerSource);
  }

  /** This attribution with no speaker of its own. */
  Draft withoutSpeaker() {
    return new Draft(content, type, origin, cue, Optional.empty(), confidence, Optional.empty());
  }

  /** A quote with no cue of its own, taking its speaker from {@code source} when there is one. */
  static Draft continuation(Span content, Quote.Type type, Optional<Draft> source, double confidence) {
    return new Draft(content, type, Origin.CONTINUATION, Optional.empty(), Optional.empty(), confidence,
        source.map(Draft::named));
  }

  /** A quote with no cue of its own that answers a question put to {@code speaker} just before it. */
  static Draft answer(Span content, Quote.Type type, SpeakerMention speaker, double confidence) {
    return new Draft(content, type, Origin.CONTINUATION, Optional.empty(), Optional.of(speaker), confidence, Optional.empty());
  }

  /** The attribution whose mention names this one's speaker: itself, or the end of its source chain. */
  private Draft named() {
    return speakerSource.orElse(this);
  }

  Span content() {
    return content;
  }

  /**
   * The drafts, each replaced by its mended form where there is one; the same list when none is.
   *
   * @param drafts the drafts
   * @param mend a draft's mended form, or empty when it stays
   * @return the drafts, mended
   */
  static List<Draft> mendEach(List<Draft> drafts, Function<Draft, Optional<Draft>> mend) {
    boolean[] changed = {false};
    List<Draft> out = drafts.stream().map(d -> mend.apply(d).map(m -> {
      changed[0] = true;
      return m;
    }).orElse(d)).toList();
    return changed[0] ? out : drafts;
  }

  /**
   * The drafts with each unit's new draft added after them; the same list when no unit has one.
   *
   * @param drafts the drafts
   * @param units the units to read
   * @param found a unit's new draft, or empty
   * @return the drafts and the new ones
   */
  static List<Draft> addEach(List<Draft> drafts, List<Unit> units, Function<Unit, Optional<Draft>> found) {
    List<Draft> added = units.stream().map(found).flatMap(Optional::stream).toList();
    if (added.isEmpty()) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts);
    out.addAll(added);
    return List.copyOf(out);
  }

  /** Whether the content of any of the drafts overlaps the span: it is someone's report already. */
  static boolean anyHolds(List<Draft> drafts, Span span) {
    return drafts.stream().anyMatch(d -> d.content().overlaps(span));
  }

  Quote.Type type() {
    return type;
  }

  double confidence() {
    return confidence;
  }

  Origin origin() {
    return origin;
  }

  Optional<SpeakerMention> speaker() {
    return speaker;
  }

  Optional<CueMention> cue() {
    return cue;
  }

  /** The cue's token when the cue is one word ("saying", not "according to"), else empty. */
  OptionalInt oneWordCue() {
    return cue.filter(c -> c.tokens().first() == c.tokens().last()).map(c -> OptionalInt.of(c.tokens().first()))
        .orElse(OptionalInt.empty());
  }

  /** The attribution whose mention names this one's speaker, when it is another. */
  Optional<Draft> speakerSource() {
    return speakerSource;
  }

  /** Whether a speaker is known: its own mention or a source's. */
  boolean speaks() {
    return speaker.isPresent() || speakerSource.isPresent();
  }

  /**
   * Returns the immutable attribution.
   *
   * @param index where each draft stands in the final list
   */
  Attribution toAttribution(Map<Draft, Integer> index) {
    OptionalInt from = speakerSource.map(s -> OptionalInt.of(Objects.requireNonNull(index.get(s), "source is a draft of this stage"))).orElse(OptionalInt.empty());
    return new Attribution(content, type, origin, cue, speaker, confidence, from);
  }

  /** Returns the immutable attributions of {@code drafts}, in the same order. */
  static List<Attribution> toAttributions(List<Draft> drafts) {
    Map<Draft, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      index.put(drafts.get(i), i);
    }
    return drafts.stream().map(d -> d.toAttribution(index)).toList();
  }
}
