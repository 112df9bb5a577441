package org.saywho.internal.doc;

import java.util.List;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.lexicon.Gender;

/**
 * A person, organisation or group the article mentions, its mentions merged.
 *
 * @param id its index in the article's entity list
 * @param name its canonical (fullest) name
 * @param type its type
 * @param gender its gender, as the article shows it
 * @param roles its roles in the order first seen ("Kremlin spokesperson")
 * @param mentions where the article mentions it, in text order
 */
public record Entity(int id, String name, Speaker.Type type, Gender gender, List<String> roles, List<Span> mentions) {

  /** Copies the lists. */
  public Entity {
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
