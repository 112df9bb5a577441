/** The immutable values the pipeline's stages hand on: layout, tokens, the tagged article, attributions, entities, claims. Internal. */
@NullMarked
package org.saywho.internal.doc;

import org.jspecify.annotations.NullMarked;
