/** The reading stages: layout and byline, quote marks, tokens, sentences, part-of-speech tags. Internal. */
@NullMarked
package org.saywho.internal.text;

import org.jspecify.annotations.NullMarked;
