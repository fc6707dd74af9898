package org.securevote.audit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Which page of the audit trail to read, newest first: entries recorded from {@code from}
 * (inclusive) until {@code to} (exclusive), by {@code actor}, of {@code action}, on {@code subject}
 * (each exact; any when null), the {@code size} just older than entry {@code olderThan}, or the
 * {@code size} just newer than {@code newerThan}, or the newest {@code size}.
 */
public record TrailQuery(
    Instant from,
    Instant to,
    @Size(max = 254, message = "{audit.actorTooLong}") String actor,
    @Size(max = 64, message = "{audit.actionTooLong}") String action,
    @Size(max = 64, message = "{audit.subjectTooLong}") String subject,
    Long olderThan,
    Long newerThan,
    @Min(1) @Max(500) int size) {

  public TrailQuery {
    actor = anyWhenBlank(actor);
    action = anyWhenBlank(action);
    subject = anyWhenBlank(subject);
  }

  static String anyWhenBlank(String filter) {
    return filter == null || filter.isBlank() ? null : filter.strip();
  }

  boolean newer() {
    return olderThan == null && newerThan != null;
  }

  /** The newest page matching the filters. */
  public static TrailQuery newest(
      Instant from, Instant to, String actor, String action, String subject, int size) {
    return new TrailQuery(from, to, actor, action, subject, null, null, size);
  }
}
