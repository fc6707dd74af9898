package org.securevote.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Something a person did that an operator should look at, such as a second ballot attempt. */
@Entity
@Table(name = "suspicious_event")
@NamedQuery(
    name = SuspiciousEvent.COUNT_BY_REASON,
    query = "select count(s) from SuspiciousEvent s where s.reason = :reason")
public class SuspiciousEvent {
  public static final String COUNT_BY_REASON = "SuspiciousEvent.countByReason";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  private String reason;
  private String account;
  private String detail;
  private String address;
  private String path;

  protected SuspiciousEvent() {}

  public SuspiciousEvent(
      String reason, String account, String detail, String address, String path) {
    this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.reason = reason;
    this.account = account;
    this.detail = clip(detail, 1000);
    this.address = address == null ? null : clip(address, 45);
    this.path = path == null ? null : clip(path, 300);
  }

  private static String clip(String text, int max) {
    String s = text == null ? "" : text;
    return s.length() <= max ? s : s.substring(0, max);
  }

  public long id() {
    return id;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String reason() {
    return reason;
  }

  public String account() {
    return account;
  }

  public String detail() {
    return detail;
  }

  public String address() {
    return address;
  }

  public String path() {
    return path;
  }
}
