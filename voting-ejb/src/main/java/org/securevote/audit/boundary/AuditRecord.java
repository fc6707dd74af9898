package org.securevote.audit.boundary;

import java.time.Instant;
import org.securevote.audit.entity.AuditEntry;

/** One audit entry as pages and exports show it. */
public record AuditRecord(
    long seq, Instant recordedAt, String actor, String action, String subject, String hash) {
  static AuditRecord of(AuditEntry e) {
    return new AuditRecord(
        e.seq(), e.recordedAt().toInstant(), e.actor(), e.action(), e.subject(), e.hash());
  }
}
