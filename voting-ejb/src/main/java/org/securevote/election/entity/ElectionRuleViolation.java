package org.securevote.election.entity;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A request the election's rules do not allow; the text says why, in words for the admin. */
public class ElectionRuleViolation extends Refusal {
  public ElectionRuleViolation(Text text) {
    super(Kind.CONFLICT, text);
  }
}
