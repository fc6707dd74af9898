package org.securevote.trustee.boundary;

import org.securevote.audit.control.AuditSubject;

/** What a ceremony step did, for the page and the audit trail (never a secret). */
public record CeremonyStep(String electionId, String did, boolean completed)
    implements AuditSubject {
  @Override
  public String auditName() {
    return "election:" + electionId;
  }

  @Override
  public String auditDetail() {
    return completed ? did + "; ceremony complete, election key adopted" : did;
  }
}
