package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.VOTER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.Macs;
import org.securevote.integrity.Signing;
import org.securevote.notification.control.MessageSender;
import org.securevote.platform.Text;
import org.securevote.voter.control.CallingVoter;
import org.securevote.voter.entity.LetterKind;
import org.securevote.voter.entity.OneTimeCode;
import org.securevote.voter.entity.Voter;

/**
 * A voter confirms a six-digit code sent to their email address before their first ballot. The code
 * is valid for ten minutes and five tries; a new one can be sent once a minute.
 */
@Stateless
@RolesAllowed(VOTER)
public class Verification {
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String METHOD = "email-code";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject MessageSender sender;
  @Inject MailFailures mailFailures;
  @Inject KeyRing keys;
  @Inject Clock clock;
  @Inject CallingVoter callingVoter;

  /** Whether the caller has confirmed a code; false for an account that is not a voter. */
  public boolean verified() {
    return callingVoter.find().map(v -> v.verifiedAt().isPresent()).orElse(false);
  }

  /** Whether the caller's confirmed code lets them cast in this election now. */
  public boolean verifiedFor(@NotNull ElectionId election) {
    Election e = em.find(Election.class, election.value());
    return e != null
        && callingVoter.find().map(v -> v.codeConfirmedFor(e, clock.instant())).orElse(false);
  }

  /** Sends a new code, replacing any earlier one, in English. */
  public void sendCode() {
    sendCode(Locale.ENGLISH);
  }

  /** Sends a new code, replacing any earlier one; the email is in the voter's language. */
  public void sendCode(@NotNull Locale language) {
    Voter voter = caller();
    Instant now = clock.instant();
    OneTimeCode code = lockedCode(voter);
    Duration wait = code.resendWait(now);
    if (!wait.isZero()) {
      throw new VerificationRefused(
          VerificationRefused.Reason.RESEND_TOO_SOON,
          Text.of("verification.resendTooSoon", Math.max(1, wait.toSeconds())));
    }
    String digits = String.format("%06d", RANDOM.nextInt(1_000_000));
    code.renew(mac(voter, digits), now);
    try {
      sender.send(
          voter.account().email(),
          // not the code: lock screens show subjects
          Text.of("verification.mail.subject").in(language),
          Text.of("verification.mail.body", digits, OneTimeCode.VALID.toMinutes()).in(language));
    } catch (MessageSender.UndeliverableMessage e) {
      session.setRollbackOnly(); // keep the previous code; nobody received this one
      mailFailures.record(voter.accountId(), LetterKind.CODE, e.reason());
      throw new VerificationRefused(
          VerificationRefused.Reason.UNDELIVERABLE, Text.of("verification.undeliverable"));
    }
  }

  /** Accepts the right code once; counts wrong tries. */
  public void confirm(String typed) {
    Voter voter = caller();
    OneTimeCode code =
        em.find(OneTimeCode.class, voter.accountId(), LockModeType.PESSIMISTIC_WRITE);
    if (code == null || code.codeMac() == null || code.codeMac().isEmpty()) {
      throw new VerificationRefused(
          VerificationRefused.Reason.CODE_REJECTED, Text.of("verification.askFirst"));
    }
    if (code.expired(clock.instant())) {
      throw new VerificationRefused(
          VerificationRefused.Reason.CODE_REJECTED, Text.of("verification.expired"));
    }
    if (code.exhausted()) {
      throw new VerificationRefused(
          VerificationRefused.Reason.CODE_REJECTED, Text.of("verification.exhausted"));
    }
    String digits = typed == null ? "" : typed.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}") || !Macs.sameHex(code.codeMac(), mac(voter, digits))) {
      int left = code.wrongTry();
      throw new VerificationRefused(
          VerificationRefused.Reason.CODE_REJECTED,
          left == 0 ? Text.of("verification.wrongLast") : Text.of("verification.wrong", left));
    }
    voter.markVerified(clock.instant(), METHOD);
    em.remove(code);
  }

  private OneTimeCode lockedCode(Voter voter) {
    em.createNativeQuery(
            "insert into one_time_code (account_id, code_mac, expires_at, sent_at)"
                + " values (?1, '', now(), now() - interval '1 day') on conflict do nothing")
        .setParameter(1, voter.accountId())
        .executeUpdate();
    return em.find(OneTimeCode.class, voter.accountId(), LockModeType.PESSIMISTIC_WRITE);
  }

  private String mac(Voter voter, String digits) {
    return Macs.hmacSha256Hex(
        keys.derivedKey("one-time-code"), Signing.utf8(voter.accountId() + ":" + digits));
  }

  private Voter caller() {
    return callingVoter
        .find()
        .orElseThrow(
            () ->
                new VerificationRefused(
                    VerificationRefused.Reason.NOT_A_VOTER, Text.of("verification.notAVoter")));
  }
}
