package org.securevote.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.audit.entity.AuditEntry;
import org.securevote.audit.entity.Checkpoint;
import org.securevote.integrity.KeyRing;

/**
 * Appends to the audit chain inside the caller's transaction, and signs the new head (a {@link
 * Checkpoint}) when asked to and at every {@code VOTING_AUDIT_CHECKPOINT_EVERY}th entry (default
 * 100; 0 signs only when asked).
 */
@Dependent
public class HashChain {
  /** Serialises appends across the cluster: each link needs the previous link's hash. */
  public static final long APPEND_LOCK = 0x5ec07e_a0d17L;

  @PersistenceContext EntityManager em;
  @Inject KeyRing keys;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "voting.audit.checkpoint.every", defaultValue = "100")
  long checkpointEvery;

  public AuditEntry append(String actor, String action, String subject, String detail) {
    return append(actor, action, subject, detail, false);
  }

  /** Appends and signs the new head, whatever its seq: for the steps of an election. */
  public AuditEntry appendSigned(String actor, String action, String subject, String detail) {
    return append(actor, action, subject, detail, true);
  }

  AuditEntry append(String actor, String action, String subject, String detail, boolean sign) {
    em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
        .setParameter(1, APPEND_LOCK)
        .getSingleResult();
    List<AuditEntry> newest =
        em.createNamedQuery(AuditEntry.NEWEST_FIRST, AuditEntry.class)
            .setMaxResults(1)
            .getResultList();
    AuditEntry entry =
        new AuditEntry(newest.isEmpty() ? null : newest.get(0), actor, action, subject, detail);
    em.persist(entry);
    if (sign || (checkpointEvery > 0 && entry.seq() % checkpointEvery == 0)) {
      em.persist(new Checkpoint(entry, keys.signing(), clock.instant()));
    }
    return entry;
  }
}
