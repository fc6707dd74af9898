package org.securevote.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.securevote.audit.entity.SuspiciousEvent;

/**
 * Records suspicious events in a transaction of their own, so they stay recorded when the request
 * that caused them is refused and rolled back.
 */
@Stateless
@PermitAll
public class SuspiciousActivity {
  public static final String DOUBLE_VOTE = "double-vote";
  public static final String NOT_ON_ROLL = "not-on-roll";

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String reason, String account, String detail) {
    em.persist(new SuspiciousEvent(reason, account, detail));
  }

  public long count(String reason) {
    return em.createNamedQuery(SuspiciousEvent.COUNT_BY_REASON, Long.class)
        .setParameter("reason", reason)
        .getSingleResult();
  }
}
