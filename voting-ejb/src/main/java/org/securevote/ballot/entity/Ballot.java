package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A cast ballot: a random id, the choice sealed under the election's key, the server's signature
 * and the tracker. Deliberately nothing else: no voter, no time, no sequence.
 */
@Entity
@Table(name = "ballot")
@NamedQuery(
    name = Ballot.OF_ELECTION,
    query = "select b from Ballot b where b.electionId = :election order by b.id")
@NamedQuery(
    name = Ballot.COUNT,
    query = "select count(b) from Ballot b where b.electionId = :election")
@NamedQuery(
    name = Ballot.PUBLISHED_TRACKERS,
    query =
        "select b.tracker from Ballot b where b.electionId = :election and b.shuffled = true"
            + " order by b.tracker")
public class Ballot {
  public static final String OF_ELECTION = "Ballot.ofElection";
  public static final String COUNT = "Ballot.count";
  public static final String PUBLISHED_TRACKERS = "Ballot.publishedTrackers";

  @Id private String id;

  @Column(name = "election_id")
  private String electionId;

  private byte[] sealed;
  private byte[] signature;
  private String tracker;
  private boolean shuffled;

  protected Ballot() {}

  public Ballot(String id, String electionId, byte[] sealed, byte[] signature, String tracker) {
    this.id = id;
    this.electionId = electionId;
    this.sealed = sealed.clone();
    this.signature = signature.clone();
    this.tracker = tracker;
  }

  public String id() {
    return id;
  }

  public String electionId() {
    return electionId;
  }

  public byte[] sealed() {
    return sealed.clone();
  }

  public byte[] signature() {
    return signature.clone();
  }

  public String tracker() {
    return tracker;
  }
}
