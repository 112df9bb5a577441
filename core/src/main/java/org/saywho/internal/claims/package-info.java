/** The claims stage: claim sentences, their types and hedges, the check-worthiness model and its trainer. Internal. */
@NullMarked
package org.saywho.internal.claims;

import org.jspecify.annotations.NullMarked;
