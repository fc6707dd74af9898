package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;
import static org.securevote.account.entity.Role.Names.VOTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.securevote.platform.Text;
import org.securevote.voter.entity.LetterKind;
import org.securevote.voter.entity.MailFailure;
import org.securevote.voter.entity.Voter;

/**
 * Single mails to voters that could not be sent, listed by voter ID for the admins. A failure is
 * kept in a transaction of its own: the request that tried to mail is refused and rolled back.
 */
@Stateless
@RolesAllowed(ADMIN)
public class MailFailures {
  /** How many of the latest failures the voters page lists. */
  public static final int SHOWN = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** One listed failure: whose, what, when and the mail library's or server's words. */
  public record Listed(String voterRef, Text what, Instant failedAt, String reason)
      implements java.io.Serializable {}

  @RolesAllowed({ADMIN, AUDITOR, VOTER}) // whoever's request tried to mail the voter
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long accountId, LetterKind kind, String reason) {
    em.persist(new MailFailure(accountId, kind, clock.instant(), reason));
  }

  /** The latest failures, newest first. */
  public List<Listed> recent() {
    return em.createNamedQuery(MailFailure.RECENT, MailFailure.class)
        .setMaxResults(SHOWN)
        .getResultStream()
        .map(
            f ->
                new Listed(
                    em.find(Voter.class, f.accountId()).voterRef(),
                    Text.of("voter.letter." + f.kind().name()),
                    f.failedAt(),
                    f.reason()))
        .toList();
  }
}
