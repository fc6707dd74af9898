package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.securevote.ballot.entity.TurnoutSample;
import org.securevote.election.entity.ElectionStatus;

/**
 * What the live dashboard shows: the election, its turnout now and over time, and its results once
 * the caller may see them ({@link ResultsRelease}); never anything of the count before that.
 */
public record ElectionDashboard(
    String electionId,
    String title,
    ElectionStatus status,
    String stage,
    Instant opensAt,
    Instant closesAt,
    long eligible,
    long ballotsCast,
    List<TurnoutSample> turnout,
    ResultSheet results)
    implements Serializable {

  /** Ballots in per eligible voter, in percent (0 with none eligible). */
  public double turnoutPercent() {
    return eligible == 0 ? 0 : 100.0 * ballotsCast / eligible;
  }
}
