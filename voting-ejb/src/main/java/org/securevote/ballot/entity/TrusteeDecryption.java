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
 * Trustee i's partial decryptions of an election's totals, the file its tool wrote, stored only
 * after every proof checked. Public once the results are: alone it reveals no count.
 */
@Entity
@Table(name = "partial_decryption")
@IdClass(TrusteeDecryption.Key.class)
@NamedQuery(
    name = TrusteeDecryption.OF_ELECTION,
    query =
        "select d from TrusteeDecryption d where d.electionId = :election order by d.trusteeIndex")
public class TrusteeDecryption {
  public static final String OF_ELECTION = "TrusteeDecryption.ofElection";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "trustee_index")
  private Integer trusteeIndex;

  @Column(name = "partials_file")
  private String partialsFile;

  protected TrusteeDecryption() {}

  public TrusteeDecryption(String electionId, int trusteeIndex, String partialsFile) {
    this.electionId = electionId;
    this.trusteeIndex = trusteeIndex;
    this.partialsFile = partialsFile;
  }

  public int trusteeIndex() {
    return trusteeIndex;
  }

  public String partialsFile() {
    return partialsFile;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private String electionId;
    private Integer trusteeIndex;

    public Key() {}

    public Key(String electionId, int trusteeIndex) {
      this.electionId = electionId;
      this.trusteeIndex = trusteeIndex;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(electionId, k.electionId)
          && Objects.equals(trusteeIndex, k.trusteeIndex);
    }

    @Override
    public int hashCode() {
      return Objects.hash(electionId, trusteeIndex);
    }
  }
}
