package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.audit.control.HashChain;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;

/**
 * Erases what PostgreSQL itself recorded about when each ballot was written. A cast writes its
 * participation and its ballot in one transaction, so until shuffled the two rows share a
 * transaction id (xmin) and sit in write order (ctid). The shuffle rewrites every new ballot and
 * participation of an election in one statement each: all rows get the shuffle's transaction id,
 * ballots are laid down in random-id order and participations in account order. The accepted
 * ballots then enter the audit chain, in that random order, and appear on the bulletin board. A
 * shuffle only hides a ballot among the others shuffled with it, so while voting is open it waits
 * for a batch of at least {@code VOTING_SHUFFLE_BATCH} new ballots (default 25); at closing it
 * takes whatever is left. The versions the shuffle deletes still hold the cast's transaction id and
 * order; {@link org.securevote.ballot.boundary.BallotSweep} clears them once it has committed.
 */
@Dependent
public class Shuffle {
  /** Every column of a ballot row but `shuffled`: the shuffle must carry each one over. */
  private static final String BALLOT_COLUMNS =
      "id, election_id, tracker, content, short_tracker, receipt, encrypted_by";

  /** How long an open election's shuffle leaves its leftovers to the sweep; see BallotSweep. */
  @Inject
  @ConfigProperty(name = "voting.sweep.wait.seconds", defaultValue = "300")
  int sweepWaitSeconds;

  @PersistenceContext EntityManager em;
  @Inject HashChain chain;
  @Inject CastLock lock;
  @Inject RunningTally running;
  @Inject Event<BoardPosted> posted;

  /**
   * Shuffles the new ballots if there are at least {@code minimumBatch}; returns how many. A batch
   * of 0 is the closing's: it takes whatever is left, and its leftovers are swept at the next tick.
   */
  public int shuffle(ElectionId election, int minimumBatch) {
    lock.excludeCasts(election);
    Number waiting =
        (Number)
            em.createNativeQuery(
                    "select count(*) from ballot where election_id = ?1 and not shuffled")
                .setParameter(1, election.value())
                .getSingleResult();
    if (waiting.intValue() == 0 || waiting.intValue() < minimumBatch) {
      return 0;
    }
    // Ballots counted in the running tally as they move (only those never summed, so a ballot
    // stored before the running tally existed is left to the close).
    @SuppressWarnings("unchecked")
    List<Object[]> moved =
        em.createNativeQuery(
                "with moved as (delete from ballot where election_id = ?1 and not shuffled"
                    + " returning "
                    + BALLOT_COLUMNS
                    + ") insert into ballot ("
                    + BALLOT_COLUMNS
                    + ", shuffled, summed) select "
                    + BALLOT_COLUMNS
                    + ", true, true from moved order by id returning id, tracker, content")
            .setParameter(1, election.value())
            .getResultList();
    running.add(
        election.value(), em.find(Election.class, election.value()).candidates().size(), moved);
    List<String> trackers = moved.stream().map(row -> (String) row[1]).toList();
    em.createNativeQuery(
            "with moved as (delete from participation where election_id = ?1 and not shuffled"
                + " returning election_id, account_id)"
                + " insert into participation (election_id, account_id, shuffled)"
                + " select election_id, account_id, true from moved order by account_id")
        .setParameter(1, election.value())
        .executeUpdate();
    em.createNativeQuery(
            "with moved as (delete from ballot_ciphertext where election_id = ?1 and not shuffled"
                + " returning election_id, a)"
                + " insert into ballot_ciphertext (election_id, a, shuffled)"
                + " select election_id, a, true from moved order by a")
        .setParameter(1, election.value())
        .executeUpdate();
    // The deleted versions stay in the pages until BallotSweep rewrites the tables.
    em.createNativeQuery(
            "insert into ballot_sweep_due (not_before) values (now() + make_interval(secs => ?1))")
        .setParameter(1, minimumBatch == 0 ? 0 : sweepWaitSeconds)
        .executeUpdate();
    for (String tracker : trackers) {
      chain.append("system", "ballot.accepted", election.auditName(), tracker);
    }
    posted.fire(new BoardPosted(election));
    return trackers.size();
  }
}
