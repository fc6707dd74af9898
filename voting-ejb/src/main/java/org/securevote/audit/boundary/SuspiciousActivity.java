package org.securevote.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.securevote.audit.entity.SuspiciousEvent;
import org.securevote.platform.ClientOrigin;

/**
 * Records suspicious events in a transaction of their own, so they stay recorded when the request
 * that caused them is refused and rolled back.
 */
@Stateless
@PermitAll
public class SuspiciousActivity {
  public static final String DOUBLE_VOTE = "double-vote";
  public static final String NOT_ON_ROLL = "not-on-roll";
  public static final String OUTSIDE_NETWORK = "outside-network";
  public static final String REQUEST_BURST = "request-burst";
  public static final String ERROR_BURST = "error-burst";
  public static final List<String> REASONS =
      List.of(DOUBLE_VOTE, NOT_ON_ROLL, OUTSIDE_NETWORK, REQUEST_BURST, ERROR_BURST);

  @PersistenceContext EntityManager em;
  @Inject ClientOrigin origin;

  /** Records an event with the address and path of the current request, if there is one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String reason, String account, String detail) {
    em.persist(
        new SuspiciousEvent(
            reason,
            account,
            detail,
            ClientOrigin.addressOf(origin).orElse(null),
            ClientOrigin.pathOf(origin).orElse(null)));
  }

  public long count(String reason) {
    return em.createNamedQuery(SuspiciousEvent.COUNT_BY_REASON, Long.class)
        .setParameter("reason", reason)
        .getSingleResult();
  }
}
