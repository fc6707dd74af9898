package org.securevote.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.securevote.audit.entity.SuspiciousEvent;

/** A suspicious event as an auditor reads it; address and path are null outside a request. */
public record SuspicionRow(
    long id,
    Instant recordedAt,
    String reason,
    String account,
    String detail,
    String address,
    String path)
    implements Serializable {

  static SuspicionRow of(SuspiciousEvent event) {
    return new SuspicionRow(
        event.id(),
        event.recordedAt().toInstant(),
        event.reason(),
        event.account(),
        event.detail(),
        event.address(),
        event.path());
  }
}
