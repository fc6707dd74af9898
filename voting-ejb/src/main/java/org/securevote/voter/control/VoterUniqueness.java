package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.securevote.account.entity.Account;
import org.securevote.voter.entity.Voter;

/**
 * The one uniqueness rule for new voters, behind registration and roll import alike: a voter ID no
 * other voter has, and an email address no account (voter or staff) signs in with. Values are
 * compared normalised ({@link Voter#normalizeRef}, {@link Account#normalizeEmail}).
 */
@Dependent
public class VoterUniqueness {
  @PersistenceContext EntityManager em;

  /** For one new voter: asks the database about each value. */
  public Check forOneVoter() {
    return new Check(
        ref ->
            !em.createNamedQuery(Voter.BY_REF, Voter.class)
                .setParameter("ref", ref)
                .getResultList()
                .isEmpty(),
        email ->
            !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty());
  }

  /** For a whole roll file: reads every taken ID and address once. */
  public Check forManyVoters() {
    Set<String> refs =
        new HashSet<>(
            em.createQuery("select v.voterRef from Voter v", String.class).getResultList());
    Set<String> emails =
        new HashSet<>(
            em.createQuery("select a.email from Account a", String.class).getResultList());
    return new Check(refs::contains, emails::contains);
  }

  /** Whether a normalised voter ID or email address is taken already. */
  public static final class Check {
    private final Predicate<String> refTaken;
    private final Predicate<String> emailTaken;

    private Check(Predicate<String> refTaken, Predicate<String> emailTaken) {
      this.refTaken = refTaken;
      this.emailTaken = emailTaken;
    }

    public boolean refTaken(String ref) {
      return refTaken.test(ref);
    }

    public boolean emailTaken(String email) {
      return emailTaken.test(email);
    }
  }
}
