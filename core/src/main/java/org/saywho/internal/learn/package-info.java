/** Deterministic training of SayWho's statistical models. */
@NullMarked
package org.saywho.internal.learn;

import org.jspecify.annotations.NullMarked;
