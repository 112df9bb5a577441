package org.saywho;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An immutable list of quotes in text order, with filters that chain:
 * {@code extraction.quotes().by("Peskov").direct().size()}.
 */
public final class Quotes implements Iterable<Quote> {

  private static final Quotes EMPTY = new Quotes(List.of());

  private final List<Quote> list;

  private Quotes(List<Quote> list) {
    this.list = list;
  }

  /**
   * Returns quotes holding a copy of {@code quotes}, in the given order.
   *
   * @param quotes the quotes
   * @return the immutable collection
   */
  public static Quotes of(List<Quote> quotes) {
    return quotes.isEmpty() ? EMPTY : new Quotes(List.copyOf(quotes));
  }

  /** Returns the quotes as an immutable list. */
  public List<Quote> list() {
    return list;
  }

  /** Returns a sequential stream of the quotes. */
  public Stream<Quote> stream() {
    return list.stream();
  }

  /** Returns the number of quotes. */
  public int size() {
    return list.size();
  }

  /** Returns whether there are no quotes. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Returns the quote at {@code index}.
   *
   * @param index position in text order
   * @return the quote
   */
  public Quote get(int index) {
    return list.get(index);
  }

  /**
   * Returns the quotes whose speaker matches {@code name} (see {@link Speaker#matches(String)}).
   *
   * @param name a name or part of one, such as "Peskov"
   * @return the matching quotes
   */
  public Quotes by(String name) {
    Objects.requireNonNull(name, "name");
    return filter(q -> q.isBy(name));
  }

  /**
   * Returns the quotes attributed to {@code speaker}.
   *
   * @param speaker one of the extraction's speakers
   * @return the matching quotes
   */
  public Quotes by(Speaker speaker) {
    Objects.requireNonNull(speaker, "speaker");
    return filter(q -> q.speaker().map(speaker::equals).orElse(false));
  }

  /** Returns the direct quotes. */
  public Quotes direct() {
    return ofType(Quote.Type.DIRECT);
  }

  /** Returns the mixed quotes. */
  public Quotes mixed() {
    return ofType(Quote.Type.MIXED);
  }

  /** Returns the indirect (reported) quotes. */
  public Quotes indirect() {
    return ofType(Quote.Type.INDIRECT);
  }

  /**
   * Returns the quotes of {@code type}.
   *
   * @param type the wanted type
   * @return the matching quotes
   */
  public Quotes ofType(Quote.Type type) {
    Objects.requireNonNull(type, "type");
    return filter(q -> q.type() == type);
  }

  /**
   * Returns the quotes that report speech or writing: those whose cue is {@link Cue.Kind#SPEECH}, and
   * quotes with no cue of their own (a speaker's words in quote marks).
   */
  public Quotes speech() {
    return filter(q -> q.cue().map(c -> c.kind() == Cue.Kind.SPEECH).orElse(true));
  }

  /** Returns the quotes whose cue reports a belief, intention, perception or feeling. */
  public Quotes thought() {
    return filter(q -> q.cue().map(c -> c.kind() == Cue.Kind.THOUGHT).orElse(false));
  }

  /** Returns the quotes that have a speaker. */
  public Quotes attributed() {
    return filter(q -> q.speaker().isPresent());
  }

  /**
   * Returns the quotes that satisfy {@code predicate}.
   *
   * @param predicate the condition
   * @return the matching quotes
   */
  public Quotes filter(Predicate<? super Quote> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return of(list.stream().filter(predicate).toList());
  }

  @Override
  public Iterator<Quote> iterator() {
    return list.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quotes other && list.equals(other.list);
  }

  @Override
  public int hashCode() {
    return list.hashCode();
  }

  @Override
  public String toString() {
    return list.toString();
  }
}
