package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A cast ballot: a random id, the encrypted ballot (ciphertexts under the trustees' election key,
 * with their proofs), its tracker, who encrypted it and the server's signed receipt. Deliberately
 * nothing else: no voter, no time, no sequence. No key of the server opens it.
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
        "select b.shortTracker from Ballot b where b.electionId = :election"
            + " and b.shuffled = true order by b.shortTracker")
public class Ballot {
  public static final String OF_ELECTION = "Ballot.ofElection";
  public static final String COUNT = "Ballot.count";
  public static final String PUBLISHED_TRACKERS = "Ballot.publishedTrackers";

  @Id private String id;

  @Column(name = "election_id")
  private String electionId;

  private String tracker;
  private boolean shuffled;

  private String content;

  @Column(name = "short_tracker")
  private String shortTracker;

  private String receipt;

  @Column(name = "encrypted_by")
  private String encryptedBy;

  protected Ballot() {}

  /**
   * An encrypted ballot as cast: its JSON (ciphertexts and proofs), tracker digest (64 hex) and
   * short form, the server's receipt signature (128 hex) and who encrypted it ("voter" or
   * "server"). Each ciphertext's A goes into ballot_ciphertext, whose key refuses a repeat.
   */
  public static Ballot encrypted(
      String id,
      String electionId,
      String content,
      String tracker,
      String shortTracker,
      String receipt,
      String encryptedBy) {
    Ballot ballot = new Ballot();
    ballot.id = id;
    ballot.electionId = electionId;
    ballot.content = content;
    ballot.tracker = tracker;
    ballot.shortTracker = shortTracker;
    ballot.receipt = receipt;
    ballot.encryptedBy = encryptedBy;
    return ballot;
  }

  public String id() {
    return id;
  }

  public String electionId() {
    return electionId;
  }

  public String tracker() {
    return tracker;
  }

  /** The encrypted ballot's JSON (always present since V12; Optional for its callers). */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  public String shortTracker() {
    return shortTracker;
  }

  public String receipt() {
    return receipt;
  }

  public String encryptedBy() {
    return encryptedBy;
  }
}
