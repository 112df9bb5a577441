package org.saywho;

/**
 * Thrown when an {@link Extractor} cannot be built, for instance because a model resource is missing
 * from the classpath. Extraction itself never throws it: odd text yields a (possibly empty) result.
 */
public final class SayWhoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, may be null
   */
  public SayWhoException(String message, Throwable cause) {
    super(message, cause);
  }
}
