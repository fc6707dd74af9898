package org.securevote.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Asks PostgreSQL what a transaction's statements ran on, as the application's unit runs them. */
@Stateless
public class ConnectionProbe {
  private static final long PROBE_LOCK = 0x7e57_10c4L;

  @PersistenceContext EntityManager em;

  /** The isolation level this transaction runs at, as PostgreSQL reports it. */
  public String isolation() {
    return (String) em.createNativeQuery("show transaction_isolation").getSingleResult();
  }

  /** Takes a transaction lock before any write, then writes: is the lock held where it writes? */
  public boolean lockBeforeFirstWriteHeldByTheWriter() {
    em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
        .setParameter(1, PROBE_LOCK)
        .getSingleResult();
    em.createNativeQuery("update audit_entry set seq = seq where false").executeUpdate();
    Number held =
        (Number)
            em.createNativeQuery(
                    "select count(*) from pg_locks where locktype = 'advisory'"
                        + " and pid = pg_backend_pid() and granted")
                .getSingleResult();
    return held.intValue() > 0;
  }
}
