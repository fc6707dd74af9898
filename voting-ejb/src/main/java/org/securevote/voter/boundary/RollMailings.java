package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.securevote.audit.control.Audited;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.SqlValues;
import org.securevote.platform.Text;
import org.securevote.voter.entity.MailingKind;

/**
 * An admin asks for every not yet activated voter on a roll to be invited, or every voter who has
 * not voted to be reminded; {@link RollMailingUpkeep} sends the mails in the background at the
 * configured pace. The admin sees how far each mailing got, never whom a reminder went to.
 */
@Stateless
@RolesAllowed(ADMIN)
public class RollMailings {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  @Audited("mailing.invitation")
  public long invite(@NotNull ElectionId election) {
    Election e = election(election);
    if (e.status() != ElectionStatus.DRAFT
        && e.status() != ElectionStatus.SCHEDULED
        && e.status() != ElectionStatus.OPEN) {
      throw new MailingRefused(Text.of("mailing.invitationsTooLate", e.title(), stage(e)));
    }
    return start(election, MailingKind.INVITATION);
  }

  @Audited("mailing.reminder")
  public long remind(@NotNull ElectionId election) {
    Election e = election(election);
    if (e.status() != ElectionStatus.OPEN) {
      throw new MailingRefused(Text.of("mailing.remindersNotOpen", e.title(), stage(e)));
    }
    return start(election, MailingKind.REMINDER);
  }

  /** The election's mailings, newest first. */
  public List<MailingProgress> of(@NotNull ElectionId election) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, kind, requested_by, requested_at, roll_size, passed, claimed, sent,"
                    + " failed, walked_at from mailing where election_id = ?1 order by id desc")
            .setParameter(1, election.value())
            .getResultList();
    return rows.stream().map(this::progress).toList();
  }

  private MailingProgress progress(Object[] r) {
    long id = ((Number) r[0]).longValue();
    MailingKind kind = MailingKind.valueOf((String) r[1]);
    List<String> failedVoters =
        kind == MailingKind.REMINDER
            ? List.of()
            : em
                .createNativeQuery(
                    "select v.voter_ref from mailing_failure f join voter v"
                        + " on v.account_id = f.account_id where f.mailing_id = ?1"
                        + " order by v.voter_ref")
                .setParameter(1, id)
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList();
    int rollSize = ((Number) r[4]).intValue();
    Instant walkedAt = SqlValues.instant(r[9]);
    // A reminder's place in the roll, beside its count of mails, would say which stretch of the
    // roll has not voted: it is shown only once the whole roll is passed.
    int passed =
        kind == MailingKind.REMINDER
            ? (walkedAt == null ? 0 : rollSize)
            : ((Number) r[5]).intValue();
    return new MailingProgress(
        id,
        kind,
        (String) r[2],
        SqlValues.instant(r[3]),
        rollSize,
        passed,
        ((Number) r[6]).intValue(),
        ((Number) r[7]).intValue(),
        ((Number) r[8]).intValue(),
        walkedAt,
        failedVoters);
  }

  private long start(ElectionId election, MailingKind kind) {
    Number walking =
        (Number)
            em.createNativeQuery(
                    "select count(*) from mailing where election_id = ?1 and kind = ?2"
                        + " and walked_at is null")
                .setParameter(1, election.value())
                .setParameter(2, kind.name())
                .getSingleResult();
    if (walking.longValue() > 0) {
      // A second one would mail everyone twice, and a second password link voids the first.
      throw new MailingRefused(
          kind == MailingKind.INVITATION
              ? Text.of("mailing.invitationsGoingOut")
              : Text.of("mailing.remindersGoingOut"));
    }
    Number rollSize =
        (Number)
            em.createNativeQuery("select count(*) from eligibility where election_id = ?1")
                .setParameter(1, election.value())
                .getSingleResult();
    return ((Number)
            em.createNativeQuery(
                    "insert into mailing (election_id, kind, requested_by, roll_size)"
                        + " values (?1, ?2, ?3, ?4) returning id")
                .setParameter(1, election.value())
                .setParameter(2, kind.name())
                .setParameter(3, session.getCallerPrincipal().getName())
                .setParameter(4, rollSize.intValue())
                .getSingleResult())
        .longValue();
  }

  /** The election's stage in words, e.g. "closed" or "awaiting trustees". */
  private static Text stage(Election election) {
    return Text.of("mailing.stage." + election.stage());
  }

  /** The election, locked until the request commits: two admins asking at once ask once. */
  private Election election(ElectionId id) {
    Election election = em.find(Election.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    if (election == null) {
      throw new NoSuchElection();
    }
    return election;
  }
}
