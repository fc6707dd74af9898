package org.securevote.ballot.boundary;

import jakarta.ejb.ApplicationException;

/** A ballot that cannot be accepted (already voted, not on the roll, not a valid choice). */
@ApplicationException(rollback = true)
public class BallotRefused extends RuntimeException {
  /** Why, so each entry point can answer in its own terms (an HTTP status, say). */
  public enum Kind {
    NOT_A_VOTER,
    NOT_ON_ROLL,
    CODE_NEEDED,
    NO_SUCH_CANDIDATE,
    ALREADY_VOTED
  }

  private final Kind kind;

  public BallotRefused(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
