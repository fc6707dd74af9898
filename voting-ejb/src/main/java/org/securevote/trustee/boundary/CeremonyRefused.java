package org.securevote.trustee.boundary;

import org.securevote.platform.Refusal;

/** A ceremony step the rules or the files refuse; the message says why (for a file, the tool's). */
public class CeremonyRefused extends Refusal {
  public CeremonyRefused(Kind kind, String message) {
    super(kind, message);
  }

  static CeremonyRefused invalid(String message) {
    return new CeremonyRefused(Kind.INVALID, message);
  }

  static CeremonyRefused conflict(String message) {
    return new CeremonyRefused(Kind.CONFLICT, message);
  }

  /** Not one of the caller's elections: the same answer whether it exists or not. */
  static CeremonyRefused notYours() {
    return new CeremonyRefused(Kind.NOT_FOUND, "You are not a trustee of such an election.");
  }
}
