package org.securevote.ballot.control;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A ballot arrived while its election was not open for voting. */
public class OutsideVotingWindow extends Refusal {
  public OutsideVotingWindow(Text text) {
    super(Kind.CONFLICT, text);
  }
}
