package org.saywho.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saywho.Claim;
import org.saywho.Cue;
import org.saywho.Claims;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Quotes;
import org.saywho.Speaker;

/**
 * What a request may ask of one extraction: leave out indirect speech, thought ("believes that…"), or
 * quotes below a confidence.
 * Applied to the result, so one extractor serves every request.
 *
 * @param indirect whether indirect speech is kept
 * @param speechOnly whether quotes whose cue reports a mental state are left out
 * @param minConfidence quotes below this confidence are left out
 */
record Options(boolean indirect, boolean speechOnly, double minConfidence) {

  /** Everything kept. */
  static final Options ALL = new Options(true, false, 0);

  /** Checks the confidence is in [0, 1]. */
  Options {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("options.minConfidence must be in [0, 1]: " + minConfidence);
    }
  }

  /**
   * Reads {@code {"indirect": bool, "speechOnly": bool, "minConfidence": number}}; absent fields keep their defaults.
   *
   * @param node the request's "options" object, or null
   * @return the options
   * @throws IllegalArgumentException when a field has the wrong type or range
   */
  static Options of(JsonNode node) {
    if (node == null || node.isNull()) {
      return ALL;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("\"options\" must be an object");
    }
    Set<String> known = Set.of("indirect", "speechOnly", "minConfidence");
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown option \"" + f + "\" (known: indirect, speechOnly, minConfidence)");
      }
    }
    JsonNode indirect = node.get("indirect");
    JsonNode speechOnly = node.get("speechOnly");
    JsonNode min = node.get("minConfidence");
    if (indirect != null && !indirect.isBoolean()) {
      throw new IllegalArgumentException("options.indirect must be true or false");
    }
    if (speechOnly != null && !speechOnly.isBoolean()) {
      throw new IllegalArgumentException("options.speechOnly must be true or false");
    }
    if (min != null && !min.isNumber()) {
      throw new IllegalArgumentException("options.minConfidence must be a number");
    }
    return new Options(indirect == null || indirect.asBoolean(), speechOnly != null && speechOnly.asBoolean(),
        min == null ? 0 : min.asDouble());
  }

  /** Returns {@code x} with the quotes these options leave out removed, and their claims and speakers. */
  Extraction apply(Extraction x) {
    if (equals(ALL) || x.failure().isPresent()) {
      return x;
    }
    List<Quote> kept = x.quotes().stream()
        .filter(q -> (indirect || q.type() != Quote.Type.INDIRECT) && q.confidence() >= minConfidence)
        .filter(q -> !speechOnly || q.cue().map(c -> c.kind() == Cue.Kind.SPEECH).orElse(true)).toList();
    Set<Quote> keptSet = Set.copyOf(kept);
    List<Claim> claims = x.claims().stream().filter(c -> c.quote().map(keptSet::contains).orElse(true)).toList();
    Set<Speaker> speaking = kept.stream().map(Quote::speaker).flatMap(Optional::stream).collect(Collectors.toSet());
    List<Speaker> speakers = x.speakers().stream().filter(speaking::contains).toList();
    return new Extraction(x.text(), Quotes.of(kept), speakers, x.byline(), Claims.of(claims, x.byline()), x.failure(),
        x.people());
  }
}
