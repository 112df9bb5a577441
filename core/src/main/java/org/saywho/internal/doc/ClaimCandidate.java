package org.saywho.internal.doc;

import java.util.OptionalInt;
import org.saywho.Claim;
import org.saywho.Span;

/**
 * A sentence's claim found in the article, before it becomes a public {@link Claim}.
 *
 * @param span the claim's characters
 * @param source the index of the attribution whose content holds it; empty when the article makes it
 * @param type the type of its claim, if it makes one (never OPINION)
 * @param checkWorthiness the check-worthiness probability
 * @param checkWorthy whether it reaches the check-worthiness threshold
 * @param hedged whether it is hedged
 * @param claim whether it makes a claim
 * @param topical whether it makes a claim when it is about a claim topic the user follows (a lower bar)
 * @param opinion whether, making no claim, it states an opinion
 */
public record ClaimCandidate(Span span, OptionalInt source, Claim.Type type, double checkWorthiness, boolean checkWorthy,
    boolean hedged, boolean claim, boolean topical, boolean opinion) {}
