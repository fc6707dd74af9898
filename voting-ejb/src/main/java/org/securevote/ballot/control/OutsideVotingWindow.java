package org.securevote.ballot.control;

import jakarta.ejb.ApplicationException;

/** A ballot arrived while its election was not open for voting. */
@ApplicationException(rollback = true)
public class OutsideVotingWindow extends RuntimeException {
  public OutsideVotingWindow(String message) {
    super(message);
  }
}
