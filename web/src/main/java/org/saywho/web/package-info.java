/** Reading news web pages: {@link org.saywho.web.WebPage} gives a page's article and metadata. */
@NullMarked
package org.saywho.web;

import org.jspecify.annotations.NullMarked;
