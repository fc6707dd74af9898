package org.securevote.ballot.boundary;

import jakarta.ejb.ApplicationException;

/** A ballot that cannot be accepted (already voted, not on the roll, not a valid choice). */
@ApplicationException(rollback = true)
public class BallotRefused extends RuntimeException {
  public BallotRefused(String message) {
    super(message);
  }
}
