package org.securevote.trustee.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * share-from-to.json: trustee `from`'s polynomial at `to`, sealed to `to`'s transport key. The
 * server passes it on and cannot open it.
 */
@Entity
@Table(name = "ceremony_share")
@IdClass(CeremonyShare.Key.class)
@NamedQuery(
    name = CeremonyShare.TO,
    query =
        "select s from CeremonyShare s where s.electionId = :election and s.to = :to"
            + " order by s.from")
@NamedQuery(
    name = CeremonyShare.OF_ELECTION,
    query = "select s from CeremonyShare s where s.electionId = :election")
public class CeremonyShare {
  public static final String TO = "CeremonyShare.to";
  public static final String OF_ELECTION = "CeremonyShare.ofElection";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "from_index")
  private Integer from;

  @Id
  @Column(name = "to_index")
  private Integer to;

  @Column(name = "share_file")
  private String shareFile;

  protected CeremonyShare() {}

  public CeremonyShare(String electionId, int from, int to, String shareFile) {
    this.electionId = electionId;
    this.from = from;
    this.to = to;
    this.shareFile = shareFile;
  }

  public int from() {
    return from;
  }

  public int to() {
    return to;
  }

  public String shareFile() {
    return shareFile;
  }

  /** Composite key: election, sender, receiver. */
  public static class Key implements Serializable {
    private String electionId;
    private Integer from;
    private Integer to;

    public Key() {}

    public Key(String electionId, int from, int to) {
      this.electionId = electionId;
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(electionId, k.electionId)
          && Objects.equals(from, k.from)
          && Objects.equals(to, k.to);
    }

    @Override
    public int hashCode() {
      return Objects.hash(electionId, from, to);
    }
  }
}
