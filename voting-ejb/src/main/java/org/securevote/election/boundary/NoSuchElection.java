package org.securevote.election.boundary;

import org.securevote.platform.Refusal;

/** An election id that names no election this caller may see. */
public class NoSuchElection extends Refusal {
  public NoSuchElection() {
    super(Kind.NOT_FOUND, "There is no such election.");
  }
}
