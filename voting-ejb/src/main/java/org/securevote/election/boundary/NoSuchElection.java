package org.securevote.election.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** An election id that names no election this caller may see. */
public class NoSuchElection extends Refusal {
  public NoSuchElection() {
    super(Kind.NOT_FOUND, Text.of("election.noSuch"));
  }
}
