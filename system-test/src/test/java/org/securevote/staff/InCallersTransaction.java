package org.securevote.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Native SQL in the caller's transaction (unlike {@code Fixtures}, which commits each call), so a
 * test can set up a state that its rollback takes away again.
 */
@Stateless
@PermitAll
public class InCallersTransaction {
  @PersistenceContext EntityManager em;

  public int sql(String statement, Object... parameters) {
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}
