package org.securevote.election.control;

import jakarta.ejb.ApplicationException;

/** A voter asked to vote from a network the election does not allow. */
@ApplicationException(rollback = true)
public class OutsideAllowedNetwork extends RuntimeException {
  public OutsideAllowedNetwork(String message) {
    super(message);
  }
}
