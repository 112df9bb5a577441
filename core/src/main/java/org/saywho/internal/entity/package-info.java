/** The entity stage: names, descriptions and pronouns resolved to one entity per speaker. Internal. */
@NullMarked
package org.saywho.internal.entity;

import org.jspecify.annotations.NullMarked;
