package org.securevote.election.entity;

import org.securevote.platform.Refusal;

/** A request the election's rules do not allow; the message says why, in words for the admin. */
public class ElectionRuleViolation extends Refusal {
  public ElectionRuleViolation(String message) {
    super(Kind.CONFLICT, message);
  }
}
