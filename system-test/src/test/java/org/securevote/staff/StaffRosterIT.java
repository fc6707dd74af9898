package org.securevote.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.account.entity.Role;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.platform.Refusal;
import org.securevote.staff.boundary.StaffInvitation;
import org.securevote.staff.boundary.StaffRefused;
import org.securevote.staff.boundary.StaffRoster;

/** The staff roster's rules through the real boundary, its roles and the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class StaffRosterIT {
  private static final String IT_ADMIN = "it-admin@example.org";

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("staff-roster-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsAuditor auditor;
  @Inject Callers.AsVoter1 voter;
  @Inject Callers.AsTrustee1 trustee;
  @Inject StaffRoster roster;
  @Inject Fixtures fixtures;
  @Inject InCallersTransaction inTransaction;
  @Inject UserTransaction transaction;

  @Test
  void theLastActiveAdministratorCannotBeDeactivated() throws Exception {
    String last = account("ADMIN", true);

    StaffRefused refused =
        asOnlyActiveAdministrator(last, () -> admin.call(() -> roster.deactivate(last)));

    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertTrue(refused.getMessage().contains("last active administrator"), refused.getMessage());
    assertTrue(active(last), "still active");
  }

  @Test
  void anAdministratorWhoIsLastCannotDeactivateThemself() throws Exception {
    ensureItAdminAccount();

    StaffRefused refused =
        asOnlyActiveAdministrator(IT_ADMIN, () -> admin.call(() -> roster.deactivate(IT_ADMIN)));

    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertTrue(refused.getMessage().startsWith("You are the last"), refused.getMessage());
  }

  @Test
  void theLastActiveAdministratorCannotBeDemoted() throws Exception {
    String last = account("ADMIN", true);
    fixtures.sql(
        "insert into account_role (account_id, role) select id, 'AUDITOR' from account"
            + " where email = ?",
        last);

    StaffRefused refused =
        asOnlyActiveAdministrator(last, () -> admin.call(() -> roster.withdraw(last, Role.ADMIN)));

    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertEquals(List.of("ADMIN", "AUDITOR"), roles(last));
  }

  @Test
  void anAdministratorWhoIsNotLastCanBeDeactivatedAndReactivated() throws Exception {
    String other = account("ADMIN", true); // the first administrator stays active

    admin.call(() -> roster.deactivate(other));
    assertFalse(active(other));
    admin.call(() -> roster.reactivate(other));
    assertTrue(active(other));

    List<Object[]> trail =
        fixtures.rows(
            "select action, detail from audit_entry where subject = ? order by seq",
            "account:" + other);
    assertEquals(2, trail.size());
    assertEquals("staff.deactivate", trail.get(0)[0]);
    assertEquals(other + ": deactivated", trail.get(0)[1]);
    assertEquals("staff.reactivate", trail.get(1)[0]);
  }

  @Test
  void inviteAnAddressThatHasAnAccountIsRefusedAndChangesNothing() throws Exception {
    String voterEmail = account("VOTER", true);

    StaffRefused refused =
        assertThrows(
            StaffRefused.class,
            () ->
                admin.call(
                    () ->
                        roster.invite(
                            new StaffInvitation(
                                voterEmail.toUpperCase(), "Somebody", Role.ADMIN))));

    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertTrue(refused.getMessage().contains("already has an account"), refused.getMessage());
    assertEquals(List.of("VOTER"), roles(voterEmail), "no role was added");
  }

  @Test
  void aVoterCannotBeInvitedAsStaffNorHandledHere() throws Exception {
    String voterEmail = account("VOTER", true);

    StaffRefused asVoter =
        assertThrows(
            StaffRefused.class,
            () ->
                admin.call(
                    () -> roster.invite(new StaffInvitation(fresh(), "Somebody", Role.VOTER))));
    StaffRefused deactivate =
        assertThrows(StaffRefused.class, () -> admin.call(() -> roster.deactivate(voterEmail)));

    assertEquals(Refusal.Kind.INVALID, asVoter.kind());
    assertEquals(Refusal.Kind.NOT_FOUND, deactivate.kind());
    assertTrue(active(voterEmail));
  }

  @Test
  void onlyAdministratorsMayCallTheRoster() throws Exception {
    String target = account("AUDITOR", true);
    StaffInvitation invitation = new StaffInvitation(fresh(), "Mallory", Role.ADMIN);

    for (Callers.Caller caller : List.of(auditor, voter, trustee)) {
      assertThrows(EJBAccessException.class, () -> caller.call(() -> roster.staff()));
      assertThrows(EJBAccessException.class, () -> caller.call(() -> roster.invite(invitation)));
      assertThrows(EJBAccessException.class, () -> caller.call(() -> roster.deactivate(target)));
      assertThrows(
          EJBAccessException.class, () -> caller.call(() -> roster.withdraw(target, Role.AUDITOR)));
    }
    assertTrue(active(target));
    assertTrue(
        fixtures.rows("select 1 from account where email = ?", invitation.email()).isEmpty());
  }

  @Test
  void theRosterListsStaffButNotVoters() throws Exception {
    String auditorEmail = account("AUDITOR", false);
    String voterEmail = account("VOTER", true);

    var staff = admin.call(() -> roster.staff());

    assertTrue(
        staff.stream()
            .anyMatch(m -> m.email().equals(auditorEmail) && m.pending() && m.has(Role.AUDITOR)),
        "a pending auditor: " + staff);
    assertTrue(staff.stream().noneMatch(m -> m.email().equals(voterEmail)));
  }

  /**
   * Runs the call in a transaction where every other administrator is deactivated, then rolls it
   * all back, so no other test ever sees an installation with one administrator.
   */
  private StaffRefused asOnlyActiveAdministrator(String only, Refusable work) throws Exception {
    transaction.begin();
    try {
      inTransaction.sql(
          "update account set active = false where email <> ? and id in"
              + " (select account_id from account_role where role = 'ADMIN')",
          only);
      return assertThrows(StaffRefused.class, work::run);
    } finally {
      transaction.rollback();
    }
  }

  /** A call that may throw. */
  interface Refusable {
    void run() throws Exception;
  }

  private void ensureItAdminAccount() {
    if (fixtures.rows("select 1 from account where email = ?", IT_ADMIN).isEmpty()) {
      insertAccount(IT_ADMIN, "ADMIN", true);
    }
  }

  /** A fresh account in one role, with or without a (dummy) password hash; its email. */
  private String account(String role, boolean withPassword) {
    String email = fresh();
    insertAccount(email, role, withPassword);
    return email;
  }

  private void insertAccount(String email, String role, boolean withPassword) {
    fixtures.sql(
        "insert into account (email, display_name, password_hash) values (?, ?, ?)",
        email,
        "Staff " + role.toLowerCase(),
        withPassword ? "PBKDF2WithHmacSHA512:1:AA==:AA==" : null);
    fixtures.sql(
        "insert into account_role (account_id, role) select id, ? from account where email = ?",
        role,
        email);
  }

  private static String fresh() {
    return "staff-" + UUID.randomUUID() + "@example.org";
  }

  private boolean active(String email) {
    return (Boolean) fixtures.rows("select active from account where email = ?", email).get(0)[0];
  }

  private List<String> roles(String email) {
    return fixtures
        .rows(
            "select r.role from account_role r join account a on a.id = r.account_id"
                + " where a.email = ? order by 1",
            email)
        .stream()
        .map(r -> (String) r[0])
        .toList();
  }
}
