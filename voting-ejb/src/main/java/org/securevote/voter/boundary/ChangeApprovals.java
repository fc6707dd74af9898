package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.securevote.audit.control.Audited;
import org.securevote.integrity.RandomIds;
import org.securevote.platform.Text;
import org.securevote.voter.control.Credentials;
import org.securevote.voter.entity.CredentialChange;
import org.securevote.voter.entity.Voter;

/**
 * The second pair of eyes: another admin or an auditor approves or refuses a change to a voter's
 * credentials that an admin asked for. The change is applied in the approving transaction; the one
 * who asked can never decide it.
 */
@Stateless
@RolesAllowed({ADMIN, AUDITOR})
public class ChangeApprovals {
  @PersistenceContext EntityManager em;
  @Inject Credentials credentials;
  @Inject MailFailures mailFailures;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** Every change waiting for a decision, oldest first. */
  public List<ChangeRequest> pending() {
    String viewer = caller();
    return em.createNamedQuery(CredentialChange.PENDING, CredentialChange.class)
        .setParameter("pending", CredentialChange.Status.PENDING)
        .getResultStream()
        .map(c -> ChangeRequest.of(c, viewer))
        .toList();
  }

  /** Applies the change now; the voter's old address is told. */
  @Audited("voter.change-approved")
  public VoterChange approve(@NotNull String requestId) {
    CredentialChange change = decided(requestId, true);
    Voter voter = change.voter();
    switch (change.kind()) {
      case EMAIL ->
          VoterRegistry.refusedAs(
              mailFailures, () -> credentials.changeEmail(voter, change.newEmail().orElseThrow()));
      case PASSWORD_LINK -> {
        if (!voter.account().active()) {
          throw new VoterRegistryRuleViolation(
              Text.of("change.voterDeactivated", voter.voterRef()));
        }
        VoterRegistry.refusedAs(mailFailures, () -> credentials.sendLink(voter));
      }
    }
    return VoterChange.done(
        voter.voterRef(),
        (change.kind() == CredentialChange.Kind.EMAIL ? "email changed" : "password link re-issued")
            + " (asked by "
            + change.requestedBy()
            + ")");
  }

  /** Drops the change; the voter's address is told that nothing changed. */
  @Audited("voter.change-refused")
  public VoterChange refuse(@NotNull String requestId) {
    CredentialChange change = decided(requestId, false);
    VoterRegistry.refusedAs(mailFailures, () -> credentials.tellRefused(change.voter(), change));
    return VoterChange.done(
        change.voter().voterRef(),
        change.kind().description() + " refused (asked by " + change.requestedBy() + ")");
  }

  private CredentialChange decided(String requestId, boolean approved) {
    CredentialChange change =
        RandomIds.isWellFormed(requestId)
            ? em.find(CredentialChange.class, requestId, LockModeType.PESSIMISTIC_WRITE)
            : null;
    if (change == null || change.status() != CredentialChange.Status.PENDING) {
      throw new VoterRegistryRuleViolation(Text.of("change.noSuchRequest"));
    }
    String staff = caller();
    if (!change.decidableBy(staff)) {
      throw new VoterRegistryRuleViolation(Text.of("change.ownRequest"));
    }
    change.decide(approved, staff, clock.instant());
    return change;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
