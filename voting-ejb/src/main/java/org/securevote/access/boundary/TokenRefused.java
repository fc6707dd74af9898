package org.securevote.access.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** An auditor token that cannot be issued or revoked as asked. */
public class TokenRefused extends Refusal {
  public TokenRefused(Kind kind, Text text) {
    super(kind, text);
  }
}
