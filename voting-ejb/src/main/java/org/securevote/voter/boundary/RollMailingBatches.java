package org.securevote.voter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.entity.Account;
import org.securevote.platform.SqlValues;
import org.securevote.voter.control.RollLetters;
import org.securevote.voter.control.RollLetters.Letter;
import org.securevote.voter.entity.MailingKind;

/**
 * The mailings' batches, each claimed and recorded in a transaction of its own: a claim moves the
 * mailing's cursor past the voters it takes before any mail goes out, so a voter is mailed at most
 * once per mailing even when an instance dies mid-batch (its mails are then neither sent nor
 * failed: unknown). One batch per pace interval across the cluster ({@code mail_pace}).
 */
@Stateless
@PermitAll // sends only what admins asked for, at the configured pace; nobody can make it do more
public class RollMailingBatches {
  /** How often a batch may go out, cluster-wide. */
  static final int PACE_SECONDS = 10;

  @PersistenceContext EntityManager em;
  @Inject RollLetters letters;

  @Inject
  @ConfigProperty(name = "voting.mail.per.minute", defaultValue = "60")
  int perMinute;

  /** A claimed batch: its letters by voter account. */
  public record Batch(long mailing, MailingKind kind, Map<Long, Letter> letters) {}

  /** The next batch of the oldest mailing still walking its roll, if one is due now. */
  public Optional<Batch> claimNext() {
    @SuppressWarnings("unchecked")
    List<Object[]> walking =
        em.createNativeQuery(
                "select m.id, m.kind, m.after_account, e.id, e.title, e.status, e.closes_at"
                    + " from mailing m join election e on e.id = m.election_id"
                    + " where m.walked_at is null order by m.id limit 1"
                    + " for update of m skip locked")
            .getResultList();
    if (walking.isEmpty() || !paceAllows()) {
      return Optional.empty();
    }
    Object[] m = walking.get(0);
    long id = ((Number) m[0]).longValue();
    MailingKind kind = MailingKind.valueOf((String) m[1]);
    String status = (String) m[5];
    boolean stillFits =
        kind == MailingKind.REMINDER
            ? status.equals("OPEN")
            : List.of("DRAFT", "SCHEDULED", "OPEN").contains(status);
    int size = Math.max(1, perMinute * PACE_SECONDS / 60);
    List<Object[]> voters =
        stillFits ? next(kind, (String) m[3], ((Number) m[2]).longValue(), size) : List.of();
    Map<Long, Letter> batch = new LinkedHashMap<>();
    for (Object[] v : voters) {
      long account = ((Number) v[0]).longValue();
      batch.put(
          account,
          kind == MailingKind.INVITATION
              ? letters.invitation(em.find(Account.class, account), (String) v[1], (String) m[4])
              : letters.reminder(
                  (String) v[2],
                  (String) v[3],
                  (String) v[4],
                  (String) m[3],
                  (String) m[4],
                  SqlValues.instant(m[6])));
    }
    boolean walked = voters.size() < size;
    long cursor =
        voters.isEmpty()
            ? ((Number) m[2]).longValue()
            : ((Number) voters.get(voters.size() - 1)[0]).longValue();
    em.createNativeQuery(
            "update mailing set after_account = ?2, claimed = claimed + ?3,"
                + " passed = case when ?4 then roll_size else (select count(*) from eligibility"
                + " where election_id = ?5 and account_id <= ?6) end,"
                + " walked_at = case when ?4 then now() end where id = ?1")
        .setParameter(1, id)
        .setParameter(2, cursor)
        .setParameter(3, batch.size())
        .setParameter(4, walked)
        .setParameter(5, m[3])
        .setParameter(6, cursor)
        .executeUpdate();
    return Optional.of(new Batch(id, kind, batch));
  }

  /** What became of a batch's mails; a failed invitation is listed under its voter. */
  public void record(Batch batch, int sent, Map<Long, String> failures) {
    long mailing = batch.mailing();
    em.createNativeQuery("update mailing set sent = sent + ?2, failed = failed + ?3 where id = ?1")
        .setParameter(1, mailing)
        .setParameter(2, sent)
        .setParameter(3, failures.size())
        .executeUpdate();
    if (batch.kind() == MailingKind.INVITATION) {
      failures.forEach(
          (account, reason) ->
              em.createNativeQuery(
                      "insert into mailing_failure (mailing_id, account_id, reason)"
                          + " values (?1, ?2, ?3) on conflict do nothing")
                  .setParameter(1, mailing)
                  .setParameter(2, account)
                  .setParameter(3, reason.length() > 300 ? reason.substring(0, 300) : reason)
                  .executeUpdate());
    }
  }

  /**
   * Takes the cluster's pace: true at most once per interval, on one instance. A second short of
   * the interval, so the clock's next tick, ten seconds on, finds it due.
   */
  private boolean paceAllows() {
    return em.createNativeQuery(
                "update mail_pace set next_batch_at = now() + make_interval(secs => ?1)"
                    + " where id = 1 and next_batch_at <= now()")
            .setParameter(1, PACE_SECONDS - 1)
            .executeUpdate()
        == 1;
  }

  /** The next voters of the roll after the cursor this mailing is for, in account order. */
  private List<Object[]> next(MailingKind kind, String election, long after, int size) {
    String which =
        kind == MailingKind.INVITATION
            ? " and a.password_hash is null"
            : " and not exists (select 1 from participation p where p.election_id = e.election_id"
                + " and p.account_id = e.account_id)";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.account_id, v.voter_ref, a.email, a.display_name, a.language"
                    + " from eligibility e"
                    + " join voter v on v.account_id = e.account_id"
                    + " join account a on a.id = e.account_id"
                    + " where e.election_id = ?1 and e.account_id > ?2 and a.active"
                    + which
                    + " order by e.account_id limit ?3")
            .setParameter(1, election)
            .setParameter(2, after)
            .setParameter(3, size)
            .getResultList();
    return rows;
  }
}
