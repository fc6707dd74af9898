package org.securevote.audit.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.securevote.audit.entity.AuditEntry;

/** Reads and checks the audit chain. */
@Stateless
@RolesAllowed({ADMIN, AUDITOR})
public class AuditTrail {
  @PersistenceContext EntityManager em;

  public List<AuditRecord> newest(int count) {
    return em.createNamedQuery(AuditEntry.NEWEST_FIRST, AuditEntry.class)
        .setMaxResults(Math.max(1, Math.min(count, 1000)))
        .getResultStream()
        .map(AuditRecord::of)
        .toList();
  }

  /** The first entry whose hash or link does not hold, if any. */
  public Optional<Long> firstBrokenLink() {
    String expectedPrev = AuditEntry.GENESIS;
    long expectedSeq = 1;
    for (AuditEntry entry :
        em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class).getResultList()) {
      if (entry.seq() != expectedSeq
          || !entry.prevHash().equals(expectedPrev)
          || !entry.computeHash().equals(entry.hash())) {
        return Optional.of(entry.seq());
      }
      expectedPrev = entry.hash();
      expectedSeq++;
    }
    return Optional.empty();
  }
}
