/** The attribution stages: units of sentences, cues, speakers and contents, continuations. Internal. */
@NullMarked
package org.saywho.internal.attribution;

import org.jspecify.annotations.NullMarked;
