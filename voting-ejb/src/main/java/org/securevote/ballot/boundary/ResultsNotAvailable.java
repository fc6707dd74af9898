package org.securevote.ballot.boundary;

import org.securevote.platform.Refusal;

/** Results asked for before they may be seen by this caller. */
public class ResultsNotAvailable extends Refusal {
  public ResultsNotAvailable(String message) {
    super(Kind.CONFLICT, message);
  }
}
