package org.saywho.web;

import java.io.IOException;

/** A page could not be fetched: the message says why (refused host, timeout, size, status, type). */
public final class WebFetchException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the page could not be fetched
   */
  public WebFetchException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message why the page could not be fetched
   * @param cause the underlying failure
   */
  public WebFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
