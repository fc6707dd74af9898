package org.securevote.audit.control;

/** An argument that names what an audited action acted on. */
public interface AuditSubject {
  String auditName();
}
