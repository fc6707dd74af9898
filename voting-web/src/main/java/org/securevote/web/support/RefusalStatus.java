package org.securevote.web.support;

import org.securevote.platform.Refusal;

/** The HTTP status of each kind of refusal: the one place pages and the API take it from. */
public final class RefusalStatus {
  private RefusalStatus() {}

  /** No default: a new kind does not compile until it has a status here. */
  public static int of(Refusal.Kind kind) {
    return switch (kind) {
      case INVALID -> 422;
      case NOT_ALLOWED -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
    };
  }
}
