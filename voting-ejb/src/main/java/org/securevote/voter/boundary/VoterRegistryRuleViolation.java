package org.securevote.voter.boundary;

import org.securevote.platform.Refusal;

/** A voter or roll change that is not allowed; the message says why. */
public class VoterRegistryRuleViolation extends Refusal {
  public VoterRegistryRuleViolation(String message) {
    super(Kind.CONFLICT, message);
  }
}
