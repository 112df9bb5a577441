package org.saywho;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An immutable list of claims in text order, with filters that chain:
 * {@code extraction.claims().checkWorthy().by("Trump").list()}.
 */
public final class Claims implements Iterable<Claim> {

  private final List<Claim> list;
  private final Optional<Byline> byline;

  private Claims(List<Claim> list, Optional<Byline> byline) {
    this.list = list;
    this.byline = byline;
  }

  /**
   * Returns claims holding a copy of {@code claims}.
   *
   * @param claims the claims, in text order
   * @param byline the article's byline, which names the claimant of the article's own claims
   * @return the immutable collection
   */
  public static Claims of(List<Claim> claims, Optional<Byline> byline) {
    return new Claims(List.copyOf(claims), Objects.requireNonNull(byline, "byline"));
  }

  /** Returns the claims as an immutable list. */
  public List<Claim> list() {
    return list;
  }

  /** Returns a sequential stream of the claims. */
  public Stream<Claim> stream() {
    return list.stream();
  }

  /** Returns the number of claims. */
  public int size() {
    return list.size();
  }

  /** Returns whether there are no claims. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Returns the claim at {@code index}.
   *
   * @param index position in text order
   * @return the claim
   */
  public Claim get(int index) {
    return list.get(index);
  }

  /** Returns the claims that reach the check-worthiness threshold. */
  public Claims checkWorthy() {
    return filter(Claim::checkWorthy);
  }

  /** Returns the claims the article makes itself. */
  public Claims byArticle() {
    return filter(Claim::byArticle);
  }

  /**
   * Returns the claims of a claimant: a speaker matching {@code name} (see
   * {@link Speaker#matches(String)}), or the article's own claims when its byline's author or outlet
   * matches. A claim from a quote whose speaker is unknown is nobody's: {@code by} never returns it.
   *
   * @param name a name or part of one
   * @return the matching claims
   */
  public Claims by(String name) {
    Objects.requireNonNull(name, "name");
    List<String> wanted = Speaker.words(name);
    boolean article = !wanted.isEmpty()
        && byline.map(b -> Speaker.words(String.join(" ", b.parts())).containsAll(wanted)).orElse(false);
    return filter(c -> c.byArticle() ? article : c.claimant().map(s -> s.matches(name)).orElse(false));
  }

  /**
   * Returns the claims of {@code type}.
   *
   * @param type the wanted type
   * @return the matching claims
   */
  public Claims ofType(Claim.Type type) {
    Objects.requireNonNull(type, "type");
    return filter(c -> c.type() == type);
  }

  /**
   * Returns the claims about any of the claim topics given to the extractor
   * ({@link Extractor.Builder#claimTopics}).
   *
   * @return the claims with at least one topic
   */
  public Claims about() {
    return filter(c -> !c.topics().isEmpty());
  }

  /**
   * Returns the claims about one of {@code topics}, each a term given to the extractor's
   * {@link Extractor.Builder#claimTopics} (compared ignoring case). Claims are matched to topics when
   * the article is read, so a term the extractor was not given matches nothing.
   *
   * @param topics topic terms
   * @return the claims about one of them
   */
  public Claims about(String... topics) {
    Objects.requireNonNull(topics, "topics");
    List<String> wanted = new ArrayList<>();
    for (String t : topics) {
      wanted.add(Objects.requireNonNull(t, "topic").strip().toLowerCase(Locale.ROOT));
    }
    return filter(c -> c.topics().stream().anyMatch(t -> wanted.contains(t.toLowerCase(Locale.ROOT))));
  }

  /**
   * Returns the claims ordered by check-worthiness, most check-worthy first (a fact-checker's
   * reading order); claims that score the same keep their text order.
   *
   * @return the ranked claims
   */
  public List<Claim> ranked() {
    return list.stream().sorted(Comparator.comparingDouble(Claim::checkWorthiness).reversed()).toList();
  }

  /**
   * Returns the claims that satisfy {@code predicate}.
   *
   * @param predicate the condition
   * @return the matching claims
   */
  public Claims filter(Predicate<? super Claim> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new Claims(list.stream().filter(predicate).toList(), byline);
  }

  @Override
  public Iterator<Claim> iterator() {
    return list.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claims other && list.equals(other.list) && byline.equals(other.byline);
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
