package org.securevote.tools.trustee;

/** A command line the tool does not understand: exit code 2, with the usage. */
final class UsageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageFailure(String message) {
    super(message, null, false, false);
  }
}
