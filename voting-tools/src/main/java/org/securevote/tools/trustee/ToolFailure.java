package org.securevote.tools.trustee;

/** Why a command could not do its job, in one line for the trustee: exit code 1. */
class ToolFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ToolFailure(String message) {
    super(message, null, false, false);
  }
}
