package org.securevote.voter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A single mail to a voter that could not be handed to the mail server. */
@Entity
@Table(name = "mail_failure")
@NamedQuery(
    name = MailFailure.RECENT,
    query = "select f from MailFailure f order by f.failedAt desc, f.id desc")
public class MailFailure {
  public static final String RECENT = "MailFailure.recent";
  public static final int REASON_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Enumerated(EnumType.STRING)
  private LetterKind kind;

  @Column(name = "failed_at")
  private OffsetDateTime failedAt;

  private String reason;

  protected MailFailure() {}

  public MailFailure(long accountId, LetterKind kind, Instant failedAt, String reason) {
    this.accountId = accountId;
    this.kind = kind;
    this.failedAt = failedAt.atOffset(ZoneOffset.UTC);
    String text = reason == null || reason.isBlank() ? "refused" : reason.strip();
    this.reason = text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
  }

  public long accountId() {
    return accountId;
  }

  public LetterKind kind() {
    return kind;
  }

  public Instant failedAt() {
    return failedAt.toInstant();
  }

  public String reason() {
    return reason;
  }
}
