package org.securevote.voter.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A mailing the election's state does not allow; the text says why. */
public class MailingRefused extends Refusal {
  public MailingRefused(Text text) {
    super(Kind.CONFLICT, text);
  }
}
