package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.securevote.voter.entity.ElectionAccountKey;

/** That a voter has voted in an election; never which ballot is theirs. */
@Entity
@Table(name = "participation")
@IdClass(ElectionAccountKey.class)
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
}
