package org.securevote.election.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.securevote.audit.control.HashChain;
import org.securevote.election.control.VotingEnded;
import org.securevote.election.control.VotingEnding;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;

/**
 * Opens and closes elections when their instants come, one election per transaction. Each step
 * locks the election row and re-checks, so when several cluster instances run the same step only
 * the first changes anything; the rest find nothing due. State lives in the database, so a
 * restarted server simply catches up.
 */
@Stateless
@PermitAll // acts only on what is due by the clock; nobody can make it do more
public class ElectionSchedule {
  private static final List<ElectionStatus> RUNNING =
      List.of(ElectionStatus.SCHEDULED, ElectionStatus.OPEN);

  @PersistenceContext EntityManager em;
  @Inject Event<VotingEnding> ending;
  @Inject Event<VotingEnded> ended;
  @Inject HashChain chain;
  @Inject Clock clock;

  public List<ElectionId> dueToOpen() {
    return ids(
        em.createNamedQuery(Election.DUE_TO_OPEN, String.class)
            .setParameter("scheduled", ElectionStatus.SCHEDULED)
            .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
            .getResultList());
  }

  public List<ElectionId> dueToClose() {
    return ids(
        em.createNamedQuery(Election.DUE_TO_CLOSE, String.class)
            .setParameter("running", RUNNING)
            .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
            .getResultList());
  }

  public List<ElectionId> running() {
    return em.createNamedQuery(Election.IN_STATUS, Election.class)
        .setParameter("statuses", RUNNING)
        .getResultStream()
        .map(Election::id)
        .toList();
  }

  /** True if this call opened it; false if it was not (or no longer) due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean openIfDue(ElectionId id) {
    Election election = locked(id);
    Instant now = clock.instant();
    if (election == null || !election.dueToOpenAt(now)) {
      return false;
    }
    election.open(now);
    chain.appendSigned("system", "election.open", id.auditName(), "scheduled opening");
    return true;
  }

  /**
   * True if this call closed it (and counted its ballots); false if it was not (or no longer) due.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean closeIfDue(ElectionId id) {
    ending.fire(new VotingEnding(id)); // before the row lock: a waiting cast holds its shared lock
    Election election = locked(id);
    Instant now = clock.instant();
    if (election == null || !election.dueToCloseAt(now)) {
      return false;
    }
    election.close(now);
    ended.fire(new VotingEnded(election));
    chain.appendSigned("system", "election.close", id.auditName(), "scheduled closing");
    return true;
  }

  private Election locked(ElectionId id) {
    return em.find(Election.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
  }

  private static List<ElectionId> ids(List<String> values) {
    return values.stream().map(ElectionId::new).toList();
  }
}
