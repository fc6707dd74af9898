package org.securevote.ballot.boundary;

import java.time.Instant;
import java.util.List;
import org.securevote.election.entity.BallotType;

/**
 * What the ballot page shows: the question and the candidates in ballot order, and whether the
 * voter must confirm an emailed code before casting.
 */
public record BallotPaper(
    String electionId,
    String title,
    String description,
    BallotType ballotType,
    Instant closesAt,
    boolean codeNeeded,
    List<Option> options)
    implements java.io.Serializable {
  /** One candidate on the ballot. */
  public record Option(String candidateId, String name, String description)
      implements java.io.Serializable {}
}
