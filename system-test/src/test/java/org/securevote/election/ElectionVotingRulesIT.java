package org.securevote.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BallotRefused;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.control.OutsideAllowedNetwork;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionRuleViolation;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;
import org.securevote.platform.ClientOrigin;
import org.securevote.voter.boundary.Verification;
import org.securevote.voter.boundary.VoterRegistry;

/** An election's own rules for voters: the networks they vote from and a fresh one-time code. */
@ExtendWith(ArquillianExtension.class)
class ElectionVotingRulesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("election-voting-rules-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject Callers.AsVoter2 voter2;
  @Inject Callers.AsVoter3 voter3;
  @Inject ElectionAdministration elections;
  @Inject VoterRegistry registry;
  @Inject BallotBox ballotBox;
  @Inject Verification verification;
  @Inject ClientOrigin origin;
  @Inject Fixtures fixtures;

  @Test
  void castFromOutsideTheElectionsNetworksIsRefusedAndRecorded() throws Exception {
    ElectionId id =
        Elections.openNow(
            admin, elections, fixtures, "10.20.0.0/16, 2001:db8::/32", false, "A", "B");
    origin.set("10.21.0.1", "/vote/ballot.xhtml");

    assertThrows(OutsideAllowedNetwork.class, () -> voter1.call(() -> cast(id)));
    assertThrows(OutsideAllowedNetwork.class, () -> voter1.call(() -> ballotBox.paper(id)));
    assertEquals(0, count("select count(*) from ballot where election_id = ?1", id.value()));
    assertEquals(
        2,
        count(
            "select count(*) from suspicious_event where reason = 'outside-network'"
                + " and detail = ?1 and address = '10.21.0.1' and account = ?2",
            id.value(),
            Fixtures.VOTERS.get(0)));
  }

  @Test
  void castFromInsideTheElectionsNetworksIsAccepted() throws Exception {
    ElectionId id =
        Elections.openNow(
            admin, elections, fixtures, "10.20.0.0/16, 2001:db8::/32", false, "A", "B");

    origin.set("10.20.9.9", "/vote/ballot.xhtml");
    voter1.call(() -> cast(id));
    origin.set("2001:db8:0:0:0:0:0:5", "/vote/ballot.xhtml");
    voter2.call(() -> cast(id));

    assertEquals(2, count("select count(*) from ballot where election_id = ?1", id.value()));
  }

  @Test
  void restrictedElectionRefusesACallWithNoKnownAddress() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "10.20.0.0/16", false, "A", "B");
    assertThrows(OutsideAllowedNetwork.class, () -> voter1.call(() -> cast(id)));
  }

  @Test
  void electionWithoutAllowlistTakesBallotsFromAnyAddress() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "A", "B");
    origin.set("203.0.113.50", "/vote/ballot.xhtml");
    voter1.call(() -> cast(id));
    assertEquals(1, count("select count(*) from ballot where election_id = ?1", id.value()));
  }

  @Test
  void malformedAllowlistIsRefusedWithItsEntryNamed() {
    Instant now = Instant.now();
    ElectionTerms terms =
        new ElectionTerms(
            "Bad ranges",
            "",
            BallotType.SINGLE_CHOICE,
            now,
            now.plusSeconds(3600),
            "10.0.0.0/8, office",
            false);
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> admin.call(() -> elections.create(terms)));
    assertTrue(refused.getMessage().contains("office"), refused.getMessage());
  }

  @Test
  void anElectionThatDoesNotExistIsNotFoundForEveryAdminAction() {
    ElectionId nowhere = new ElectionId("0".repeat(32));
    fixtures.ensureTestVoters();
    assertThrows(NoSuchElection.class, () -> admin.call(() -> elections.election(nowhere)));
    assertThrows(NoSuchElection.class, () -> admin.run(() -> elections.closeNow(nowhere)));
    assertThrows(
        NoSuchElection.class, () -> admin.call(() -> registry.enrol(nowhere, "IT-voter1")));
  }

  @Test
  void freshCodeElectionRefusesAnOldConfirmationAndTakesANewOne() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "", true, "A", "B");
    String email = Fixtures.VOTERS.get(2);
    confirmedAgo(email, "1 hour");
    assertFalse(voter3.call(() -> verification.verifiedFor(id)));
    assertTrue(voter3.call(() -> ballotBox.paper(id)).codeNeeded());

    BallotRefused refused = assertThrows(BallotRefused.class, () -> voter3.call(() -> cast(id)));
    assertTrue(refused.getMessage().contains("new emailed code"), refused.getMessage());
    assertEquals(0, count("select count(*) from ballot where election_id = ?1", id.value()));

    confirmedAgo(email, "2 minutes");
    assertTrue(voter3.call(() -> verification.verifiedFor(id)));
    voter3.call(() -> cast(id));
    assertEquals(1, count("select count(*) from ballot where election_id = ?1", id.value()));
  }

  @Test
  void ordinaryElectionAcceptsAnOldConfirmation() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "A", "B");
    String email = Fixtures.VOTERS.get(2);
    confirmedAgo(email, "30 days");
    try {
      assertFalse(voter3.call(() -> ballotBox.paper(id)).codeNeeded());
      voter3.call(() -> cast(id));
      assertEquals(1, count("select count(*) from ballot where election_id = ?1", id.value()));
    } finally {
      confirmedAgo(email, "0 seconds");
    }
  }

  private void confirmedAgo(String email, String interval) {
    fixtures.sql(
        "update voter set verified_at = now() - cast(?1 as interval)"
            + " where account_id = (select id from account where email = ?2)",
        interval,
        email);
  }

  private Object cast(ElectionId id) {
    return ballotBox.cast(
        id, fixtures.ballotFor(id.value(), ballotBox.paper(id).options().get(0).candidateId()));
  }

  private long count(String select, Object... parameters) {
    return ((Number) fixtures.rows(select, parameters).get(0)[0]).longValue();
  }
}
