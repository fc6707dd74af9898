package org.securevote.voter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.integrity.RandomIds;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.voter.boundary.ChangeApprovals;
import org.securevote.voter.boundary.ChangeRequest;
import org.securevote.voter.boundary.VoterDetails;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.boundary.VoterRegistryRuleViolation;

/** Who may ask for and decide a voter credential change, through the real boundaries. */
@ExtendWith(ArquillianExtension.class)
class ChangeApprovalsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("change-approvals-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsAuditor auditor;
  @Inject Callers.AsVoter1 voter1;
  @Inject VoterRegistry registry;
  @Inject ChangeApprovals approvals;
  @Inject Fixtures fixtures;

  @Test
  void theAdminWhoAskedCannotApproveOrRefuseTheirOwnRequest() throws Exception {
    String ref = registered();
    String request = pendingEmailChange(ref, "it-admin@example.org");

    ChangeRequest seen =
        admin.call(() -> approvals.pending()).stream()
            .filter(r -> r.id().equals(request))
            .findFirst()
            .orElseThrow();
    VoterRegistryRuleViolation approve =
        assertThrows(
            VoterRegistryRuleViolation.class, () -> admin.call(() -> approvals.approve(request)));
    assertThrows(
        VoterRegistryRuleViolation.class, () -> admin.call(() -> approvals.refuse(request)));

    assertFalse(seen.decidable());
    assertTrue(approve.getMessage().contains("asked for this change yourself"));
    assertEquals("PENDING", status(request));
    assertEquals(ref.toLowerCase() + "@example.org", emailOf(ref), "nothing applied");
  }

  @Test
  void anAuditorMayDecideButCannotAsk() throws Exception {
    String ref = registered();
    String request = pendingEmailChange(ref, "it-admin@example.org");

    assertTrue(
        auditor.call(() -> approvals.pending()).stream()
            .anyMatch(r -> r.id().equals(request) && r.decidable()));
    assertThrows(
        EJBAccessException.class,
        () ->
            auditor.call(
                () ->
                    registry.update(
                        ref, new VoterDetails(ref, "Changed", "auditor-pick@example.org"))));
    assertThrows(EJBAccessException.class, () -> auditor.call(() -> registry.sendActivation(ref)));
  }

  @Test
  void aVoterCanNeitherSeeNorDecideRequests() throws Exception {
    String request = pendingEmailChange(registered(), "it-admin@example.org");

    assertThrows(EJBAccessException.class, () -> voter1.call(() -> approvals.pending()));
    assertThrows(EJBAccessException.class, () -> voter1.call(() -> approvals.approve(request)));
    assertEquals("PENDING", status(request));
  }

  @Test
  void anUnknownRequestIsRefusedWithAMessage() {
    VoterRegistryRuleViolation unknown =
        assertThrows(
            VoterRegistryRuleViolation.class,
            () -> auditor.call(() -> approvals.approve("not a request id")));
    assertTrue(unknown.getMessage().contains("no such request"), unknown.getMessage());
  }

  private String registered() throws Exception {
    String ref = "CA-" + UUID.randomUUID().toString().substring(0, 8);
    admin.call(
        () -> registry.register(new VoterDetails(ref, "Voter " + ref, ref + "@example.org")));
    return ref;
  }

  /**
   * A stored request as the voters page leaves it (asking also mails a notice, not wanted here).
   */
  private String pendingEmailChange(String ref, String requestedBy) {
    String id = RandomIds.next();
    assertEquals(
        1,
        fixtures.sql(
            "insert into credential_change (id, account_id, kind, new_email, status,"
                + " requested_by, requested_at) select ?, account_id, 'EMAIL', ?, 'PENDING', ?,"
                + " now() from voter where voter_ref = ?",
            id,
            "taken-" + id + "@example.org",
            requestedBy,
            ref));
    return id;
  }

  private String status(String request) {
    return (String)
        fixtures.rows("select status from credential_change where id = ?", request).get(0)[0];
  }

  private String emailOf(String ref) {
    return (String)
        fixtures.rows(
                "select a.email from account a join voter v on v.account_id = a.id"
                    + " where v.voter_ref = ?",
                ref)
            .get(0)[0];
  }
}
