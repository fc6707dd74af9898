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
import org.securevote.election.control.ElectionKeys;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.Sealing;
import org.securevote.voter.entity.Eligibility;

/**
 * Counts a closed election: opens each stored ballot (checking its signature and tracker), hands
 * the opened ballots to {@link Count}, and stores the totals, the report and the digest.
 */
@Dependent
public class Tally {
  @PersistenceContext EntityManager em;
  @Inject BallotSealer sealer;
  @Inject ElectionKeys electionKeys;
  @Inject KeyRing keys;
  @Inject Clock clock;

  public TallyReport count(Election election) {
    Instant started = clock.instant();
    byte[] ballotKey = electionKeys.ballotKey(election);
    byte[] publicKey = keys.signing().publicKey();
    List<Count.OpenedBallot> opened =
        em.createNamedQuery(Ballot.OF_ELECTION, Ballot.class)
            .setParameter("election", election.id().value())
            .getResultStream()
            .map(b -> new Count.OpenedBallot(b.id(), b.tracker(), open(ballotKey, publicKey, b)))
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

  /** The candidate ids a ballot names, or empty when it fails its signature or tracker check. */
  private Optional<List<String>> open(byte[] ballotKey, byte[] publicKey, Ballot ballot) {
    try {
      return Optional.of(sealer.open(ballotKey, publicKey, ballot).candidateIds());
    } catch (Sealing.TamperedException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
