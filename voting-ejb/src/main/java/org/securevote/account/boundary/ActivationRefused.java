package org.securevote.account.boundary;

import org.securevote.platform.Refusal;

/** A password link or password that cannot be accepted; the message says why. */
public class ActivationRefused extends Refusal {
  public ActivationRefused(String message) {
    super(Kind.INVALID, message);
  }
}
