package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.securevote.ballot.entity.Ballot;
import org.securevote.ballot.entity.Participation;
import org.securevote.ballot.entity.TallyReport;
import org.securevote.ballot.entity.VoteCount;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.voter.entity.Eligibility;

/**
 * Counts a closed election: opens each stored ballot (checking its signature and tracker), hands
 * the opened ballots to {@link Count}, and stores the totals, the report and the digest.
 */
@Dependent
public class Tally {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public TallyReport count(Election election) {
    Instant started = clock.instant();
    List<Count.OpenedBallot> opened =
        em.createNamedQuery(Ballot.OF_ELECTION, Ballot.class)
            .setParameter("election", election.id().value())
            .getResultStream()
            .map(b -> new Count.OpenedBallot(b.id(), b.tracker(), open(b)))
            .toList();
    Count.Result result =
        Count.of(election.candidates().stream().map(Candidate::id).toList(), opened);
    result
        .totals()
        .forEach((candidate, n) -> em.persist(new VoteCount(election.id().value(), candidate, n)));
    long eligible =
        em.createNamedQuery(Eligibility.COUNT, Long.class)
            .setParameter("election", election.id().value())
            .getSingleResult();
    long participations =
        em.createNamedQuery(Participation.COUNT, Long.class)
            .setParameter("election", election.id().value())
            .getSingleResult();
    election.recordTally(result.digest());
    TallyReport report =
        new TallyReport(
            election.id().value(),
            result.counted(),
            result.rejected(),
            (int) eligible,
            (int) participations,
            clock.instant(),
            clock.millis() - started.toEpochMilli());
    em.persist(report);
    return report;
  }

  /**
   * Nothing: ballots are encrypted to the trustees' key and no server key opens one. Until the
   * trustees' decryption replaces this count, every ballot counts as not opened.
   */
  private Optional<List<String>> open(Ballot ballot) {
    return Optional.empty();
  }
}
