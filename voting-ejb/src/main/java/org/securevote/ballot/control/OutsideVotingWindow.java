package org.securevote.ballot.control;

import org.securevote.platform.Refusal;

/** A ballot arrived while its election was not open for voting. */
public class OutsideVotingWindow extends Refusal {
  public OutsideVotingWindow(String message) {
    super(Kind.CONFLICT, message);
  }
}
