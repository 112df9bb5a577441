package org.saywho.cli;

/** The output was closed by its reader (as {@code | head -1} does): the run stops, no work continues. */
final class BrokenPipe extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The exit status a shell gives a process ended by SIGPIPE. */
  static final int STATUS = 141;

  BrokenPipe() {
    super("output closed", null, false, false);
  }

  /** Throws when {@code out}, or standard output under it, can no longer be written. */
  static void check(java.io.PrintWriter out) {
    if (out.checkError() || System.out.checkError()) {
      throw new BrokenPipe();
    }
  }
}
