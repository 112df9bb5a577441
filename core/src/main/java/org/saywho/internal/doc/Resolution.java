package org.saywho.internal.doc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who speaks: the article's entities and the entity each attribution's speaker resolves to.
 *
 * @param entities every entity the article mentions, by id
 * @param speakerOf for each attribution (in the article's attribution order), the id of its speaker
 *     entity, when the speaker resolves to one
 */
public record Resolution(List<Entity> entities, List<OptionalInt> speakerOf) {

  /** Copies the lists. */
  public Resolution {
    entities = List.copyOf(entities);
    speakerOf = List.copyOf(speakerOf);
  }

  /** Returns the speaker entity of attribution {@code a}, when it resolves to one. */
  public Optional<Entity> speaker(int a) {
    OptionalInt id = speakerOf.get(a);
    return id.isPresent() ? Optional.of(entities.get(id.getAsInt())) : Optional.empty();
  }
}
