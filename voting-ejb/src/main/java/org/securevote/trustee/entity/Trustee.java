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
public class Trustee {
  public static final String OF_ELECTION = "Trustee.ofElection";

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
  }

  public void complain(String why) {
    this.confirmed = false;
    this.complaint = why;
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
}
