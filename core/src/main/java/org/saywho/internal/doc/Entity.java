package org.saywho.internal.doc;

import java.util.List;
import org.saywho.Span;
import org.saywho.Speaker;

/**
 * A person, organisation or group the article mentions, its mentions merged.
 *
 * @param id its index in the article's entity list
 * @param name its canonical (fullest) name
 * @param type its type
 * @param named whether the article names it (not only describes it: "officials")
 * @param gender its gender, as the article shows it
 * @param genderEvidence what decided the gender
 * @param roles its roles in the order first seen ("Kremlin spokesperson")
 * @param mentions where the article mentions it, in text order
 */
public record Entity(int id, String name, Speaker.Type type, boolean named, Speaker.Gender gender, Speaker.GenderEvidence genderEvidence,
    List<String> roles, List<Span> mentions) {

  /** Copies the lists. */
  public Entity {
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
