package org.securevote.account.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A password link or password that cannot be accepted; the text says why. */
public class ActivationRefused extends Refusal {
  public ActivationRefused(Text text) {
    super(Kind.INVALID, text);
  }
}
