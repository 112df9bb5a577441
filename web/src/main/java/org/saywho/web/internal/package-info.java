/** How pages are read: cleaning, body finding, metadata, charsets. Internal. */
@NullMarked
package org.saywho.web.internal;

import org.jspecify.annotations.NullMarked;
