package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A candidate's total in a counted election. */
@Entity
@Table(name = "result")
@IdClass(VoteCount.Key.class)
@NamedQuery(
    name = VoteCount.OF_ELECTION,
    query = "select c from VoteCount c where c.electionId = :election")
public class VoteCount {
  public static final String OF_ELECTION = "VoteCount.ofElection";

  @Id
  @Column(name = "election_id")
  private String electionId;

  @Id
  @Column(name = "candidate_id")
  private String candidateId;

  private int votes;

  protected VoteCount() {}

  public VoteCount(String electionId, String candidateId, int votes) {
    this.electionId = electionId;
    this.candidateId = candidateId;
    this.votes = votes;
  }

  public String candidateId() {
    return candidateId;
  }

  public int votes() {
    return votes;
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
