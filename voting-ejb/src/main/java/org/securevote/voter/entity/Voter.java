package org.securevote.voter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.securevote.account.entity.Account;
import org.securevote.election.entity.Election;

/** A person on voter rolls: their account plus the voter ID the organisation gave them. */
@Entity
@Table(name = "voter")
@NamedQuery(name = Voter.ALL, query = "select v from Voter v order by v.voterRef")
@NamedQuery(name = Voter.BY_REF, query = "select v from Voter v where v.voterRef = :ref")
@NamedQuery(name = Voter.BY_EMAIL, query = "select v from Voter v where v.account.email = :email")
public class Voter {
  public static final String ALL = "Voter.all";
  public static final String BY_REF = "Voter.byRef";
  public static final String BY_EMAIL = "Voter.byEmail";

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @MapsId
  @OneToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "voter_ref")
  private String voterRef;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(name = "verification_method")
  private String verificationMethod;

  protected Voter() {}

  public Voter(Account account, String voterRef) {
    this.account = account;
    this.voterRef = normalizeRef(voterRef);
  }

  /** Voter IDs are compared as typed, without surrounding space; 1–64 visible characters. */
  public static String normalizeRef(String ref) {
    String value = ref == null ? "" : ref.strip();
    if (!value.matches("[\\p{Alnum}._/-]{1,64}")) {
      throw new IllegalArgumentException(
          "A voter ID has 1 to 64 letters, digits, '.', '_', '/' or '-'");
    }
    return value;
  }

  public void markVerified(Instant when, String method) {
    this.verifiedAt = when.atOffset(ZoneOffset.UTC);
    this.verificationMethod = method;
  }

  /** A changed address has not been confirmed: the next ballot needs a newly confirmed code. */
  public void forgetVerification() {
    this.verifiedAt = null;
    this.verificationMethod = null;
  }

  /**
   * Whether the voter's confirmed code lets them cast in this election: any confirmation, or one
   * from the last {@link OneTimeCode#FRESH} when the election asks for a fresh code.
   */
  public boolean codeConfirmedFor(Election election, Instant now) {
    return verifiedAt()
        .filter(at -> !election.freshCodeRequired() || !at.isBefore(now.minus(OneTimeCode.FRESH)))
        .isPresent();
  }

  public Long accountId() {
    return accountId;
  }

  public Account account() {
    return account;
  }

  public String voterRef() {
    return voterRef;
  }

  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt).map(OffsetDateTime::toInstant);
  }
}
