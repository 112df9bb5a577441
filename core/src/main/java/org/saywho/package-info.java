/** SayWho's API: {@link org.saywho.Extractor} finds the quotes, speakers, cues and claims of an article and returns them as immutable records. */
@NullMarked
package org.saywho;

import org.jspecify.annotations.NullMarked;
