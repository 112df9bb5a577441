package org.saywho;

/**
 * A range of characters in the original article text: UTF-16 offsets, {@code start} inclusive and
 * {@code end} exclusive, so that {@code text.substring(span.start(), span.end())} is the spanned text.
 *
 * @param start offset of the first character, at least 0
 * @param end offset one past the last character, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates the offsets; throws {@link IllegalArgumentException} when they are not a range. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
    }
  }

  /**
   * Returns the span {@code [start, end)}.
   *
   * @param start inclusive start offset
   * @param end exclusive end offset
   * @return the span
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Returns the number of UTF-16 units covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether the span covers no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * Returns whether this span shares at least one character with {@code other}.
   *
   * @param other another span
   * @return true when they overlap
   */
  public boolean overlaps(Span other) {
    return Math.min(end, other.end) > Math.max(start, other.start);
  }

  /**
   * Returns whether {@code other} lies wholly inside this span.
   *
   * @param other another span
   * @return true when this span contains it
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Returns the characters of {@code text} this span covers.
   *
   * @param text the text the span points into
   * @return the covered substring
   * @throws IndexOutOfBoundsException when the span lies outside {@code text}
   */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders spans by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
