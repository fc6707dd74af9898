package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.securevote.ballot.entity.Ballot;
import org.securevote.election.entity.ElectionId;
import org.securevote.voter.entity.Eligibility;

/** Live turnout: how many are on the roll and how many ballots are in. Counts only, no choices. */
@Dependent
public class Turnout {
  @PersistenceContext EntityManager em;

  public long eligible(ElectionId id) {
    return em.createNamedQuery(Eligibility.COUNT, Long.class)
        .setParameter("election", id.value())
        .getSingleResult();
  }

  public long ballotsCast(ElectionId id) {
    return em.createNamedQuery(Ballot.COUNT, Long.class)
        .setParameter("election", id.value())
        .getSingleResult();
  }
}
