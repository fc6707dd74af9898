package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A candidate's encrypted total: the sum of its ciphertext over every counted ballot, as two
 * compressed points in hex. Only trustees together can open it, and no one can open a ballot.
 */
@Entity
@Table(name = "encrypted_total")
@IdClass(EncryptedTotal.Key.class)
@NamedQuery(
    name = EncryptedTotal.OF_ELECTION,
    query = "select t from EncryptedTotal t where t.electionId = :election")
public class EncryptedTotal {
  public static final String OF_ELECTION = "EncryptedTotal.ofElection";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "candidate_id")
  private String candidateId;

  private String a;
  private String b;

  protected EncryptedTotal() {}

  public EncryptedTotal(String electionId, String candidateId, String a, String b) {
    this.electionId = electionId;
    this.candidateId = candidateId;
    this.a = a;
    this.b = b;
  }

  public String candidateId() {
    return candidateId;
  }

  public String a() {
    return a;
  }

  public String b() {
    return b;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private String electionId;
    private String candidateId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(electionId, k.electionId)
          && Objects.equals(candidateId, k.candidateId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(electionId, candidateId);
    }
  }
}
