package org.securevote.ballot.control;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/**
 * An encrypted ballot the ballot box does not take: not a ballot in the protocol's shape, a proof
 * that fails, or a ciphertext that repeats one already cast. Rolled back, so nothing of the cast
 * stays (its participation included).
 */
public class InvalidBallot extends Refusal {
  public InvalidBallot(Text text) {
    super(Kind.INVALID, text);
  }
}
