package org.securevote.voter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of an election's voter roll. */
@Entity
@Table(name = "eligibility")
@IdClass(ElectionAccountKey.class)
@NamedQuery(
    name = Eligibility.COUNT,
    query = "select count(e) from Eligibility e where e.electionId = :election")
@NamedQuery(
    name = Eligibility.ELECTIONS_OF,
    query = "select e.electionId from Eligibility e where e.accountId = :account")
@NamedQuery(
    name = Eligibility.ROLLS_IN_STATUS,
    query =
        "select count(e) from Eligibility e, Election el where e.accountId = :account"
            + " and el.id = e.electionId and el.status in :statuses")
public class Eligibility {
  public static final String COUNT = "Eligibility.count";
  public static final String ELECTIONS_OF = "Eligibility.electionsOf";
  public static final String ROLLS_IN_STATUS = "Eligibility.rollsInStatus";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  protected Eligibility() {}

  public Eligibility(String electionId, Long accountId) {
    this.electionId = electionId;
    this.accountId = accountId;
  }
}
