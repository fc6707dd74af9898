package org.securevote.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.securevote.audit.entity.AuditEntry;

/** Appends to the audit chain inside the caller's transaction. */
@Dependent
public class HashChain {
  /** Serialises appends across the cluster: each link needs the previous link's hash. */
  public static final long APPEND_LOCK = 0x5ec07e_a0d17L;

  @PersistenceContext EntityManager em;

  public AuditEntry append(String actor, String action, String subject, String detail) {
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
    return entry;
  }
}
