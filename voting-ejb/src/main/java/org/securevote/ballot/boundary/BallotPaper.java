package org.securevote.ballot.boundary;

import java.time.Instant;
import java.util.List;
import org.securevote.election.entity.BallotType;

/**
 * What the ballot page shows: the question and the candidates in ballot order, whether the voter
 * must confirm an emailed code before casting, and the election key K (66 hex, empty until the
 * trustees' ceremony is complete) that the voter's device encrypts to, in this candidate order.
 */
public record BallotPaper(
    String electionId,
    String title,
    String description,
    BallotType ballotType,
    Instant closesAt,
    boolean codeNeeded,
    String publicKey,
    List<Option> options)
    implements java.io.Serializable {
  /** One candidate on the ballot. */
  public record Option(String candidateId, String name, String description)
      implements java.io.Serializable {}
}
