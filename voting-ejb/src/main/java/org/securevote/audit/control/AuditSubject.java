package org.securevote.audit.control;

/** An argument or result that names what an audited action acted on, and how. */
public interface AuditSubject {
  String auditName();

  /** What the action did to the subject, e.g. {@code email changed}; never a secret. */
  default String auditDetail() {
    return "";
  }
}
