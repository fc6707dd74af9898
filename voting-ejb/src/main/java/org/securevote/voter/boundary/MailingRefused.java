package org.securevote.voter.boundary;

import org.securevote.platform.Refusal;

/** A mailing the election's state does not allow; the message says why. */
public class MailingRefused extends Refusal {
  public MailingRefused(String message) {
    super(Kind.CONFLICT, message);
  }
}
