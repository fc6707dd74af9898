package org.securevote.audit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Which page of suspicious events to read, newest first: recorded from {@code from} (inclusive)
 * until {@code to} (exclusive), about {@code account}, for {@code reason} (each exact; any when
 * null), just older than event {@code olderThan}, just newer than {@code newerThan}, or the newest.
 */
public record SuspicionQuery(
    Instant from,
    Instant to,
    @Size(max = 254, message = "{audit.accountTooLong}") String account,
    @Size(max = 64, message = "{audit.reasonTooLong}") String reason,
    Long olderThan,
    Long newerThan,
    @Min(1) @Max(500) int size) {

  public SuspicionQuery {
    account = TrailQuery.anyWhenBlank(account);
    reason = TrailQuery.anyWhenBlank(reason);
  }

  boolean newer() {
    return olderThan == null && newerThan != null;
  }
}
