package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.securevote.voter.entity.Voter;

/** The voter behind the current caller, if the caller is an active voter. */
@Dependent
public class CallingVoter {
  @PersistenceContext EntityManager em;
  @Inject Principal caller;

  public Optional<Voter> find() {
    return em.createNamedQuery(Voter.BY_EMAIL, Voter.class)
        .setParameter("email", caller.getName())
        .getResultStream()
        .filter(v -> v.account().active()) // a deactivated voter's open session can do nothing
        .findFirst();
  }
}
