package org.securevote.voter.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A voter or roll change that is not allowed; the text says why. */
public class VoterRegistryRuleViolation extends Refusal {
  public VoterRegistryRuleViolation(Text text) {
    super(Kind.CONFLICT, text);
  }
}
