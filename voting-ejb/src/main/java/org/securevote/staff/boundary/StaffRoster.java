package org.securevote.staff.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.audit.control.Audited;
import org.securevote.platform.Refusal.Kind;
import org.securevote.platform.Text;
import org.securevote.platform.UniqueViolation;
import org.securevote.staff.control.StaffInvitations;

/**
 * Administrators invite, deactivate and reactivate staff: administrators, auditors and trustees. An
 * invitee chooses their own password through the same one-time link voters get. There is always an
 * active administrator who can sign in: the last one can be neither deactivated nor demoted.
 */
@Stateless
@RolesAllowed(ADMIN)
public class StaffRoster {
  static final Set<Role> STAFF_ROLES = EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.TRUSTEE);

  /** Roles an administrator may take back; a trustee's role goes with their appointments. */
  static final Set<Role> WITHDRAWABLE = EnumSet.of(Role.ADMIN, Role.AUDITOR);

  @PersistenceContext EntityManager em;
  @Inject StaffInvitations invitations;
  @Resource SessionContext session;

  /** Every account in a staff role, by email. */
  public List<StaffMember> staff() {
    return em.createNamedQuery(Account.STAFF, Account.class)
        .setParameter("voter", Role.VOTER)
        .getResultStream()
        .map(StaffMember::of)
        .toList();
  }

  /**
   * Creates the account without a password and emails its one-time link. An address that has an
   * account already (voter or staff) is refused: a role is never added to someone else's account by
   * typing their address.
   */
  @Audited("staff.invite")
  public StaffChange invite(@NotNull @Valid StaffInvitation invitation) {
    if (!STAFF_ROLES.contains(invitation.role())) {
      throw new StaffRefused(Kind.INVALID, Text.of("staff.notAStaffRole"));
    }
    String email = address(invitation.email());
    if (find(email) != null) {
      throw new StaffRefused(Kind.CONFLICT, Text.of("staff.hasAccount", email));
    }
    Account account = new Account(email, invitation.name(), null, Set.of(invitation.role()));
    try {
      em.persist(account);
      em.flush(); // the id, for the link; a parallel invitation of the same address fails here
    } catch (PersistenceException e) {
      if (!UniqueViolation.causes(e)) {
        throw e;
      }
      throw new StaffRefused(Kind.CONFLICT, Text.of("staff.justGivenAnAccount", email));
    }
    send(account, invitation.role());
    return new StaffChange(email, "invited as " + invitation.role().word());
  }

  /** A new link for an invitee who has not chosen a password yet; the earlier one stops working. */
  @Audited("staff.reinvite")
  public StaffChange reinvite(@NotNull String email) {
    Account account = staffAccount(email);
    if (account.hasPassword()) {
      throw new StaffRefused(Kind.CONFLICT, Text.of("staff.hasPassword", account.email()));
    }
    if (!account.active()) {
      throw new StaffRefused(Kind.CONFLICT, Text.of("staff.deactivated", account.email()));
    }
    Role role = STAFF_ROLES.stream().filter(account.roles()::contains).findFirst().orElseThrow();
    send(account, role);
    return new StaffChange(account.email(), "invitation sent again");
  }

  @Audited("staff.deactivate")
  public StaffChange deactivate(@NotNull String email) {
    Account account = staffAccount(email);
    if (!account.active()) {
      return new StaffChange(account.email(), "already deactivated");
    }
    keepAnAdministratorBesides(account);
    account.deactivate();
    return new StaffChange(account.email(), "deactivated");
  }

  @Audited("staff.reactivate")
  public StaffChange reactivate(@NotNull String email) {
    Account account = staffAccount(email);
    if (account.active()) {
      return new StaffChange(account.email(), "already active");
    }
    account.reactivate();
    return new StaffChange(account.email(), "reactivated");
  }

  /** Takes back the administrator or auditor role; an account keeps at least one role. */
  @Audited("staff.withdraw-role")
  public StaffChange withdraw(@NotNull String email, @NotNull Role role) {
    Account account = staffAccount(email);
    if (!WITHDRAWABLE.contains(role)) {
      throw new StaffRefused(Kind.INVALID, Text.of("staff.notWithdrawable"));
    }
    if (!account.roles().contains(role)) {
      throw new StaffRefused(
          Kind.CONFLICT, Text.of("staff.notInRole", account.email(), role.text()));
    }
    if (account.roles().size() == 1) {
      throw new StaffRefused(
          Kind.CONFLICT, Text.of("staff.onlyRole", role.text(), account.email()));
    }
    if (role == Role.ADMIN) {
      keepAnAdministratorBesides(account);
    }
    account.withdraw(role);
    return new StaffChange(account.email(), role.word() + " role withdrawn");
  }

  /**
   * Refuses to take the last active administrator who can sign in out of office. The other
   * administrators' rows are locked, so two administrators removing each other at the same time
   * cannot both succeed.
   */
  private void keepAnAdministratorBesides(Account leaving) {
    if (!leaving.active() || !leaving.hasPassword() || !leaving.roles().contains(Role.ADMIN)) {
      return; // not one who can administer now
    }
    boolean another =
        em.createQuery(
                "select a from Account a join a.roles r where r = :role and a.active = true"
                    + " and a.passwordHash is not null order by a.id",
                Account.class)
            .setParameter("role", Role.ADMIN)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .anyMatch(a -> !a.id().equals(leaving.id()));
    if (!another) {
      throw new StaffRefused(
          Kind.CONFLICT,
          leaving.email().equals(caller())
              ? Text.of("staff.lastAdministratorYou")
              : Text.of("staff.lastAdministrator", leaving.email()));
    }
  }

  private void send(Account account, Role role) {
    Account inviter = find(caller());
    String by = inviter == null ? caller() : inviter.displayName() + " (" + inviter.email() + ")";
    try {
      invitations.invite(account, role, by);
    } catch (StaffInvitations.Undeliverable e) {
      throw new StaffRefused(Kind.CONFLICT, Text.of("staff.undelivered", account.email()));
    }
  }

  private Account staffAccount(String email) {
    Account account = find(address(email));
    if (account == null || account.roles().stream().noneMatch(STAFF_ROLES::contains)) {
      throw new StaffRefused(Kind.NOT_FOUND, Text.of("staff.noAccount", email.strip()));
    }
    return account;
  }

  private Account find(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static String address(String email) {
    try {
      return Account.normalizeEmail(email);
    } catch (IllegalArgumentException e) {
      throw new StaffRefused(Kind.INVALID, Text.of("staff.invalidEmail"));
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
