package org.securevote.voter.boundary;

import jakarta.ejb.ApplicationException;

/** A voter or roll change that is not allowed; the message says why. */
@ApplicationException(rollback = true)
public class VoterRegistryRuleViolation extends RuntimeException {
  public VoterRegistryRuleViolation(String message) {
    super(message);
  }
}
