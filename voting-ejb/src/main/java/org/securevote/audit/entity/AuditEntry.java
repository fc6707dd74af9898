package org.securevote.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.securevote.tools.format.TrailRow;

/** One link of the audit chain; its hash covers its content and the previous link's hash. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.NEWEST_FIRST,
    query = "select a from AuditEntry a order by a.seq desc")
public class AuditEntry {
  public static final String NEWEST_FIRST = "AuditEntry.newestFirst";
  public static final String GENESIS = "0".repeat(64);

  @Id private long seq;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  private String actor;
  private String action;
  private String subject;
  private String detail;

  @Column(name = "prev_hash")
  private String prevHash;

  private String hash;

  protected AuditEntry() {}

  /** The entry after {@code previous} (null for the first one). */
  public AuditEntry(
      AuditEntry previous, String actor, String action, String subject, String detail) {
    this.seq = previous == null ? 1 : previous.seq + 1;
    this.prevHash = previous == null ? GENESIS : previous.hash;
    // Microseconds: what PostgreSQL stores, so the hash recomputes from the stored row.
    this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.actor = clip(actor, 254);
    this.action = clip(action, 64);
    this.subject = clip(subject, 128); // "voter:" and a voter ID of up to 64 characters
    this.detail = clip(detail, 2000);
    this.hash = computeHash();
  }

  /** What the hash must be for this entry's content; differs from {@link #hash()} if altered. */
  public String computeHash() {
    return TrailRow.hashOf(
        prevHash, seq, recordedAt.toInstant().toString(), actor, action, subject, detail);
  }

  private static String clip(String value, int max) {
    String text = value == null ? "" : value;
    return text.length() <= max ? text : text.substring(0, max);
  }

  public long seq() {
    return seq;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String detail() {
    return detail;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
