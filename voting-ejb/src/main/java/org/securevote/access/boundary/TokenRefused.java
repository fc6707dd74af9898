package org.securevote.access.boundary;

import org.securevote.platform.Refusal;

/** An auditor token that cannot be issued or revoked as asked. */
public class TokenRefused extends Refusal {
  public TokenRefused(Kind kind, String message) {
    super(kind, message);
  }
}
