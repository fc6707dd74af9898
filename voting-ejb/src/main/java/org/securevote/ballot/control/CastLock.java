package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.securevote.election.entity.ElectionId;

/**
 * One lock per election, held until the transaction ends: casts take it shared, so they run side by
 * side; shuffling, closing and cancelling take it exclusively, so none of them interleaves with a
 * cast that is half written, and a closing cannot overtake a cast that already passed the window
 * check. A PostgreSQL advisory lock, so it holds across cluster instances.
 */
@Dependent
public class CastLock {
  @PersistenceContext EntityManager em;

  /** Waits for any shuffle, closing or cancellation of this election to finish first. */
  public void admitCast(ElectionId election) {
    lock("select 1 from pg_advisory_xact_lock_shared(hashtext(?1))", election);
  }

  /** Excludes casts in this election until the transaction ends. */
  public void excludeCasts(ElectionId election) {
    lock("select 1 from pg_advisory_xact_lock(hashtext(?1))", election);
  }

  private void lock(String sql, ElectionId election) {
    em.createNativeQuery(sql).setParameter(1, "ballots:" + election.value()).getSingleResult();
  }
}
