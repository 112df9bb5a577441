/** Word lists and the cue lexicon, read from saywho-models. Internal. */
@NullMarked
package org.saywho.internal.lexicon;

import org.jspecify.annotations.NullMarked;
