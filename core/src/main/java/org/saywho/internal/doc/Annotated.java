package org.saywho.internal.doc;

import java.util.List;

/**
 * Everything the pipeline found in one article.
 *
 * @param article the article read through part-of-speech tags
 * @param units its attribution units
 * @param attributions its attributions, sorted by content
 * @param speakers its entities and each attribution's speaker
 * @param claims its claims, in text order
 */
public record Annotated(Article article, List<Unit> units, List<Attribution> attributions, Resolution speakers,
    List<ClaimCandidate> claims) {

  /** Copies the lists and checks every attribution has its speaker slot. */
  public Annotated {
    units = List.copyOf(units);
    attributions = List.copyOf(attributions);
    claims = List.copyOf(claims);
    if (speakers.speakerOf().size() != attributions.size()) {
      throw new IllegalArgumentException("speakers resolved for " + speakers.speakerOf().size() + " of "
          + attributions.size() + " attributions");
    }
  }
}
