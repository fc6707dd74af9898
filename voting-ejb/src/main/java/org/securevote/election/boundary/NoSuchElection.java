package org.securevote.election.boundary;

import jakarta.ejb.ApplicationException;

/** An election id that names no election this caller may see. */
@ApplicationException(rollback = true)
public class NoSuchElection extends RuntimeException {
  public NoSuchElection() {
    super("There is no such election.");
  }
}
