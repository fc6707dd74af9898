package org.securevote.staff.boundary;

import org.securevote.audit.control.AuditSubject;

/** What an administrator did to a staff account, as the audit trail records it; no secrets. */
public record StaffChange(String email, String change) implements AuditSubject {
  @Override
  public String auditName() {
    return "account:" + email;
  }

  @Override
  public String auditDetail() {
    return email + ": " + change;
  }
}
