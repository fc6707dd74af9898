package org.securevote.trustee.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * Trustee i of an election: the account that holds share i, the public file it published in the key
 * ceremony, and whether it confirmed (or complained about) the shares it received.
 */
@Entity
@Table(name = "trustee")
@IdClass(TrusteeSeat.class)
@NamedQuery(
    name = Trustee.OF_ELECTION,
    query = "select t from Trustee t where t.electionId = :election order by t.index")
@NamedQuery(
    name = Trustee.OF_ACCOUNT,
    query = "select t from Trustee t where t.accountId = :account order by t.electionId")
public class Trustee {
  public static final String OF_ELECTION = "Trustee.ofElection";
  public static final String OF_ACCOUNT = "Trustee.ofAccount";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "trustee_index")
  private Integer index;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "public_file")
  private String publicFile;

  private boolean confirmed;
  private String complaint;

  /** The trustee whose share the complaint is about. */
  private Integer accused;

  protected Trustee() {}

  public Trustee(String electionId, int index, long accountId) {
    this.electionId = electionId;
    this.index = index;
    this.accountId = accountId;
  }

  /** Keeps the trustee's public file, already checked against the ceremony by the caller. */
  public void publish(String checkedPublicFile) {
    this.publicFile = checkedPublicFile;
    this.confirmed = false;
    this.complaint = null;
  }

  public void confirm() {
    this.confirmed = true;
    this.complaint = null;
    this.accused = null;
  }

  /** The share from trustee {@code accused} failed this trustee's check; nothing is confirmed. */
  public void complain(int accused, String why) {
    this.confirmed = false;
    this.complaint = why;
    this.accused = accused;
  }

  /** A new share from the accused arrived: the complaint is answered, the check starts again. */
  public void withdrawComplaint() {
    this.confirmed = false;
    this.complaint = null;
    this.accused = null;
  }

  /** The ceremony starts again: nothing published, received or confirmed. */
  public void restart() {
    this.publicFile = null;
    withdrawComplaint();
  }

  public String electionId() {
    return electionId;
  }

  public int index() {
    return index;
  }

  public long accountId() {
    return accountId;
  }

  public Optional<String> publicFile() {
    return Optional.ofNullable(publicFile);
  }

  public boolean confirmed() {
    return confirmed;
  }

  public Optional<String> complaint() {
    return Optional.ofNullable(complaint);
  }

  public Optional<Integer> accused() {
    return Optional.ofNullable(accused);
  }
}
