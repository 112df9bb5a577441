package org.saywho.server;

/** A request the server answers with an error status and a message, as JSON. */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final int retryAfterSeconds;

  ApiException(int status, String message) {
    this(status, message, 0);
  }

  ApiException(int status, String message, int retryAfterSeconds) {
    super(message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  int status() {
    return status;
  }

  /** Seconds a client should wait before retrying; 0 when it should not retry as is. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
