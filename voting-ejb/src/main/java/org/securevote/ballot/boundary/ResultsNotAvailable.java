package org.securevote.ballot.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** Results asked for before they may be seen by this caller. */
public class ResultsNotAvailable extends Refusal {
  public ResultsNotAvailable(Text text) {
    super(Kind.CONFLICT, text);
  }
}
