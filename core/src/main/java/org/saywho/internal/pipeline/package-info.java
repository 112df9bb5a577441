/** The pipeline: the stages chained in order, the models they load and their work bounds. Internal. */
@NullMarked
package org.saywho.internal.pipeline;

import org.jspecify.annotations.NullMarked;
