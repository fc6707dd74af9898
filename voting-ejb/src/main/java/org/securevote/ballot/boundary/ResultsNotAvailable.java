package org.securevote.ballot.boundary;

import jakarta.ejb.ApplicationException;

/** Results asked for before they may be seen by this caller. */
@ApplicationException(rollback = true)
public class ResultsNotAvailable extends RuntimeException {
  public ResultsNotAvailable(String message) {
    super(message);
  }
}
