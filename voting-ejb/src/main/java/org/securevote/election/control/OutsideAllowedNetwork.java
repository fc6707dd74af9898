package org.securevote.election.control;

import org.securevote.platform.Refusal;

/** A voter asked to vote from a network the election does not allow. */
public class OutsideAllowedNetwork extends Refusal {
  public OutsideAllowedNetwork(String message) {
    super(Kind.NOT_ALLOWED, message);
  }
}
