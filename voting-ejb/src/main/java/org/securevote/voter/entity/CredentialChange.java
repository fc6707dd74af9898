package org.securevote.voter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.securevote.integrity.RandomIds;

/**
 * A change to a voter's credentials that one staff member asked for and another must decide:
 * nothing of it applies until then, and the requester can never decide it.
 */
@Entity
@Table(name = "credential_change")
@NamedQuery(
    name = CredentialChange.PENDING,
    query = "select c from CredentialChange c where c.status = :pending order by c.requestedAt")
@NamedQuery(
    name = CredentialChange.PENDING_OF,
    query =
        "select c from CredentialChange c where c.voter = :voter and c.kind = :kind"
            + " and c.status = :pending")
public class CredentialChange {
  public static final String PENDING = "CredentialChange.pending";
  public static final String PENDING_OF = "CredentialChange.pendingOf";

  /** What is to change. */
  public enum Kind {
    EMAIL("email change"),
    PASSWORD_LINK("password link re-issue");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** Where the request stands. */
  public enum Status {
    PENDING,
    APPLIED,
    REFUSED
  }

  @Id private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Voter voter;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "new_email")
  private String newEmail;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private OffsetDateTime requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  protected CredentialChange() {}

  private CredentialChange(
      Voter voter, Kind kind, String newEmail, String requestedBy, Instant now) {
    this.id = RandomIds.next();
    this.voter = voter;
    this.kind = kind;
    this.newEmail = newEmail;
    this.status = Status.PENDING;
    this.requestedBy = requestedBy;
    this.requestedAt = now.atOffset(ZoneOffset.UTC);
  }

  public static CredentialChange newEmail(
      Voter voter, String normalizedEmail, String requestedBy, Instant now) {
    return new CredentialChange(voter, Kind.EMAIL, normalizedEmail, requestedBy, now);
  }

  public static CredentialChange passwordLink(Voter voter, String requestedBy, Instant now) {
    return new CredentialChange(voter, Kind.PASSWORD_LINK, null, requestedBy, now);
  }

  /** Whether this person may decide the request: anyone but the one who asked. */
  public boolean decidableBy(String staff) {
    return status == Status.PENDING && staff != null && !staff.equalsIgnoreCase(requestedBy);
  }

  /** Records the decision; refuses the requester and a second decision. */
  public void decide(boolean approved, String staff, Instant now) {
    if (status != Status.PENDING) {
      throw new IllegalStateException("This request was decided already");
    }
    if (!decidableBy(staff)) {
      throw new IllegalStateException("The requester cannot decide their own request");
    }
    this.status = approved ? Status.APPLIED : Status.REFUSED;
    this.decidedBy = staff;
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public Voter voter() {
    return voter;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> newEmail() {
    return Optional.ofNullable(newEmail);
  }

  public Status status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt.toInstant();
  }
}
