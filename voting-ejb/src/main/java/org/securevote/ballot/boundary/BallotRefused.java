package org.securevote.ballot.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/**
 * A ballot that cannot be accepted: the caller may not vote here ({@link Kind#NOT_ALLOWED}: not a
 * voter, not on the roll, code not confirmed), the choice is not on the ballot ({@link
 * Kind#INVALID}), or the caller has already voted or the election has no key yet ({@link
 * Kind#CONFLICT}). An encrypted ballot that fails its checks is an {@link
 * org.securevote.ballot.control.InvalidBallot}.
 */
public class BallotRefused extends Refusal {
  public BallotRefused(Kind kind, Text text) {
    super(kind, text);
  }
}
