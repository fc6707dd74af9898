package org.securevote.election.control;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A voter asked to vote from a network the election does not allow. */
public class OutsideAllowedNetwork extends Refusal {
  public OutsideAllowedNetwork(Text text) {
    super(Kind.NOT_ALLOWED, text);
  }
}
