package org.securevote.trustee.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.audit.control.Audited;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.Text;
import org.securevote.trustee.control.CeremonyLedger;
import org.securevote.trustee.control.TrusteeInvitations;
import org.securevote.trustee.entity.Trustee;

/**
 * Admins name an election's trustees (k of n) while it is a draft, and may start its key ceremony
 * again. A trustee is an account with the TRUSTEE role, invited by email like a voter. Every change
 * is audited; from scheduling on nothing here changes.
 */
@Stateless
@RolesAllowed(ADMIN)
public class TrusteeAppointments {
  /** More trustees than this is a typing mistake, not an election office. */
  public static final int MAX_TRUSTEES = 20;

  @PersistenceContext EntityManager em;
  @Inject CeremonyLedger ledger;
  @Inject TrusteeInvitations invitations;
  @Inject CeremonyStandings standings;

  /**
   * Appoints these people (by email, in this order: trustee 1, 2, ...) with threshold k. Replaces
   * earlier trustees; the ceremony starts again.
   */
  @Audited("ceremony.appoint")
  public CeremonyStep appoint(@NotNull ElectionId id, @NotNull List<String> emails, int threshold) {
    Election election = draft(id);
    List<String> addresses = addresses(emails);
    if (threshold < 1 || threshold > addresses.size()) {
      throw CeremonyRefused.invalid(Text.of("trustee.threshold", addresses.size()));
    }
    ledger.dismissAll(id.value());
    election.appointTrustees(addresses.size(), threshold);
    int index = 0;
    List<String> undelivered = new ArrayList<>();
    for (String email : addresses) {
      index++;
      Account account = account(email);
      em.persist(new Trustee(id.value(), index, account.id()));
      // The appointment stands without the mail: appointing again sends the invitations again.
      try {
        invitations.invite(account, index, addresses.size(), threshold, election.title());
      } catch (TrusteeInvitations.Undeliverable e) {
        undelivered.add(email);
      }
    }
    String appointed = String.join(", ", addresses);
    return new CeremonyStep(
        id.value(),
        undelivered.isEmpty()
            ? Text.of("trustee.step.appointed", threshold, addresses.size(), appointed)
            : Text.of(
                "trustee.step.appointedUndelivered",
                threshold,
                addresses.size(),
                appointed,
                String.join(", ", undelivered)),
        false,
        undelivered);
  }

  /**
   * Forgets every public file, share, confirmation and complaint, and the key; the same trustees
   * run the ceremony again from the start (e.g. after a complaint, or a trustee lost a key file).
   */
  @Audited("ceremony.restart")
  public CeremonyStep restart(@NotNull ElectionId id) {
    Election election = draft(id);
    if (election.trusteeCount().isEmpty()) {
      throw CeremonyRefused.conflict(Text.of("trustee.appointFirst"));
    }
    ledger.restart(election);
    return new CeremonyStep(id.value(), Text.of("trustee.step.restarted"), false);
  }

  @RolesAllowed({ADMIN, AUDITOR})
  public CeremonyStanding ceremony(@NotNull ElectionId id) {
    Election election = em.find(Election.class, id.value());
    if (election == null) {
      throw new NoSuchElection();
    }
    return standings.of(election);
  }

  private Election draft(ElectionId id) {
    Election election = em.find(Election.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    if (election == null) {
      throw new NoSuchElection();
    }
    if (election.status() != ElectionStatus.DRAFT) {
      throw CeremonyRefused.conflict(Text.of("trustee.frozen"));
    }
    return election;
  }

  private static List<String> addresses(List<String> emails) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String email : emails) {
      if (email == null || email.isBlank()) {
        continue;
      }
      String address;
      try {
        address = Account.normalizeEmail(email);
      } catch (IllegalArgumentException e) {
        throw CeremonyRefused.invalid(Text.of("trustee.notAnEmail", email.strip()));
      }
      if (!addresses.add(address)) {
        throw CeremonyRefused.invalid(Text.of("trustee.namedTwice", address));
      }
    }
    if (addresses.isEmpty()) {
      throw CeremonyRefused.invalid(Text.of("trustee.nameOne"));
    }
    if (addresses.size() > MAX_TRUSTEES) {
      throw CeremonyRefused.invalid(Text.of("trustee.tooMany", MAX_TRUSTEES));
    }
    return new ArrayList<>(addresses);
  }

  /** The person's account with the TRUSTEE role, created (without a password) if new. */
  private Account account(String email) {
    Optional<Account> existing =
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", email)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      Account account = existing.get();
      if (!account.active()) {
        throw CeremonyRefused.conflict(Text.of("trustee.deactivated", email));
      }
      account.grant(Role.TRUSTEE);
      return account;
    }
    Account account = new Account(email, email, null, Set.of(Role.TRUSTEE));
    em.persist(account);
    em.flush(); // its id, for the trustee row
    return account;
  }
}
