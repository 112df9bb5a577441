package org.saywho.internal.entity;

import org.saywho.Speaker;
import org.saywho.internal.lexicon.Gender;

/**
 * A proper name in the text: the name tokens {@code [first, last]}, the role words written before it
 * ({@code [roleFirst, roleLast]}, -1 when none: "Kremlin spokesperson" in "Kremlin spokesperson Dmitry
 * Peskov"), its likely type and gender, and whether it stands as a clause's subject.
 *
 * @param first first token of the name
 * @param last last token of the name
 * @param roleFirst first role token or -1
 * @param roleLast last role token or -1
 * @param type PERSON or ORGANIZATION (places count as organisations when they speak)
 * @param gender gender from a first name, honorific or title
 * @param evidence what the gender comes from; NONE when UNKNOWN
 * @param subject whether a finite verb follows
 * @param surname the token of a surname the name shares with the next one ("Trump" for "Donald" in
 *     "Donald and Ivana Trump"), or -1 when the name holds its own
 */
record NameMention(int first, int last, int roleFirst, int roleLast, Speaker.Type type, Gender gender,
    Speaker.GenderEvidence evidence, boolean subject, int surname) {

  NameMention(int first, int last, int roleFirst, int roleLast, Speaker.Type type, Gender gender,
      Speaker.GenderEvidence evidence, boolean subject) {
    this(first, last, roleFirst, roleLast, type, gender, evidence, subject, -1);
  }

  /** The first token of the name with the role words written before it ("Kremlin spokesperson Dmitry Peskov"). */
  int start() {
    return roleFirst >= 0 ? Math.min(roleFirst, first) : first;
  }

  boolean covers(int token) {
    return token >= first && token <= last;
  }
}
