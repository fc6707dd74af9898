package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That a voter has voted in an election; never which ballot is theirs. */
@Entity
@Table(name = "participation")
@IdClass(Participation.Key.class)
@NamedQuery(
    name = Participation.COUNT,
    query = "select count(p) from Participation p where p.electionId = :election")
public class Participation {
  public static final String COUNT = "Participation.count";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  private boolean shuffled;

  protected Participation() {}

  public Participation(String electionId, Long accountId) {
    this.electionId = electionId;
    this.accountId = accountId;
  }

  /** Composite key: one participation per voter and election. */
  public static class Key implements Serializable {
    private String electionId;
    private Long accountId;

    public Key() {}

    public Key(String electionId, Long accountId) {
      this.electionId = electionId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(electionId, k.electionId)
          && Objects.equals(accountId, k.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(electionId, accountId);
    }
  }
}
