package org.securevote.election.entity;

import jakarta.ejb.ApplicationException;

/** A request the election's rules do not allow; the message says why, in words for the admin. */
@ApplicationException(rollback = true)
public class ElectionRuleViolation extends RuntimeException {
  public ElectionRuleViolation(String message) {
    super(message);
  }
}
