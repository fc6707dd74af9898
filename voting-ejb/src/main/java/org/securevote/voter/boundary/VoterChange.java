package org.securevote.voter.boundary;

import org.securevote.audit.control.AuditSubject;

/**
 * What an admin action did to a voter, as the audit trail records it: the voter ID and the change
 * in words (never a password, token or code). {@code waitsForApproval} when only a request was
 * stored.
 */
public record VoterChange(String voterRef, String change, boolean waitsForApproval)
    implements AuditSubject {
  static VoterChange done(String voterRef, String change) {
    return new VoterChange(voterRef, change, false);
  }

  static VoterChange requested(String voterRef, String change) {
    return new VoterChange(voterRef, change, true);
  }

  @Override
  public String auditName() {
    return "voter:" + voterRef;
  }

  @Override
  public String auditDetail() {
    return "voter " + voterRef + ": " + change;
  }
}
