package org.saywho.internal.doc;

import java.util.OptionalInt;
import org.saywho.Claim;
import org.saywho.Span;

/**
 * A claim found in the article, before it becomes a public {@link Claim}.
 *
 * @param span the claim's characters
 * @param source the index of the attribution whose content holds it; empty when the article makes it
 * @param type its type
 * @param checkWorthiness the classifier's balanced probability
 * @param checkWorthy whether it reaches the threshold
 * @param hedged whether it is hedged
 */
public record ClaimCandidate(Span span, OptionalInt source, Claim.Type type, double checkWorthiness, boolean checkWorthy,
    boolean hedged) {}
