package org.securevote.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.securevote.audit.entity.AuditEntry;

/** One link of the audit trail as an auditor reads it. */
public record TrailEntry(
    long seq,
    Instant recordedAt,
    String actor,
    String action,
    String subject,
    String detail,
    String hash)
    implements Serializable {

  static TrailEntry of(AuditEntry entry) {
    return new TrailEntry(
        entry.seq(),
        entry.recordedAt().toInstant(),
        entry.actor(),
        entry.action(),
        entry.subject(),
        entry.detail(),
        entry.hash());
  }
}
