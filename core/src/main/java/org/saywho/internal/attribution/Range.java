package org.saywho.internal.attribution;

/**
 * Tokens {@code [first, last]}, both included.
 *
 * @param first first token
 * @param last last token
 */
record Range(int first, int last) {

  boolean contains(int i) {
    return i >= first && i <= last;
  }

  boolean overlaps(Range o) {
    return first <= o.last && o.first <= last;
  }
}
