package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BallotRefused;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.ballot.control.OutsideVotingWindow;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.ElectionSummary;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;
import org.securevote.voter.boundary.VoterRegistry;

/** Casting through the real BallotBox, inside Payara, against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class BallotBoxIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("ballot-box-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject Callers.AsVoter2 voter2;
  @Inject Callers.AsVoter3 voter3;
  @Inject Callers.AsVoter4 voter4;
  @Inject Callers.AsVoter5 voter5;
  @Inject ElectionAdministration elections;
  @Inject BallotBox ballotBox;
  @Inject VoterRegistry registry;
  @Inject SuspiciousActivity suspicious;
  @Inject Fixtures fixtures;

  @Test
  void castBeforeTheWindowOpensIsRefused() throws Exception {
    Instant now = Instant.now();
    ElectionId id =
        Elections.scheduled(
            admin,
            elections,
            fixtures,
            now.plus(Duration.ofHours(1)),
            now.plus(Duration.ofHours(2)),
            "Ada",
            "Grace");

    OutsideVotingWindow refused =
        assertThrows(OutsideVotingWindow.class, () -> voter1.call(() -> cast(id, 0)));
    assertTrue(refused.getMessage().contains("has not opened yet"), refused.getMessage());
    assertEquals(0, ballotsOf(id));
  }

  @Test
  void castInsideTheWindowIsAcceptedWithATracker() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");

    Receipt receipt = voter1.call(() -> cast(id, 1));

    assertTrue(
        receipt.shortTracker().matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}"),
        receipt.shortTracker());
    assertTrue(receipt.tracker().matches("[0-9a-f]{64}"), receipt.tracker());
    assertEquals("voter", receipt.encryptedBy());
    assertEquals(1, ballotsOf(id));
    assertTrue(voter1.call(() -> ballotBox.hasVoted(id)));
    assertFalse(voter2.call(() -> ballotBox.hasVoted(id)));
  }

  @Test
  void castAfterTheWindowClosedIsRefused() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    admin.run(() -> elections.closeNow(id));

    OutsideVotingWindow refused =
        assertThrows(OutsideVotingWindow.class, () -> voter1.call(() -> cast(id, 0)));
    assertTrue(refused.getMessage().contains("has closed"), refused.getMessage());
  }

  @Test
  void twentyConcurrentCastsBySameVoterStoreExactlyOneBallot() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    long suspiciousBefore = suspicious.count(SuspiciousActivity.DOUBLE_VOTE);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      attempts.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return voter2.call(() -> cast(id, 0)).shortTracker();
                } catch (BallotRefused refused) {
                  return "refused: " + refused.getMessage();
                }
              }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> attempt : attempts) {
      outcomes.add(attempt.get());
    }
    pool.shutdown();

    assertEquals(
        1, outcomes.stream().filter(o -> !o.startsWith("refused")).count(), outcomes.toString());
    assertTrue(
        outcomes.stream()
            .filter(o -> o.startsWith("refused"))
            .allMatch(o -> o.contains("already voted")),
        outcomes.toString());
    assertEquals(1, ballotsOf(id));
    assertEquals(1, count("select count(*) from participation where election_id = ?1", id));
    assertEquals(suspiciousBefore + 19, suspicious.count(SuspiciousActivity.DOUBLE_VOTE));
  }

  @Test
  void voterNotOnTheRollIsRefused() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    fixtures.sql(
        "delete from eligibility where election_id = ?1 and account_id ="
            + " (select account_id from voter v join account a on a.id = v.account_id"
            + " where a.email = 'voter3@it.example.org')",
        id.value());

    BallotRefused refused = assertThrows(BallotRefused.class, () -> voter3.call(() -> cast(id, 0)));
    assertTrue(refused.getMessage().contains("not on the voter roll"), refused.getMessage());
    assertEquals(0, ballotsOf(id));
  }

  @Test
  void aVoterWhoHasNotConfirmedTheirEmailCannotCast() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String voter5Row =
        "(select account_id from voter v join account a on a.id = v.account_id"
            + " where a.email = 'voter5@it.example.org')";
    fixtures.sql("update voter set verified_at = null where account_id = " + voter5Row);
    try {
      BallotRefused refused =
          assertThrows(BallotRefused.class, () -> voter5.call(() -> cast(id, 0)));
      assertTrue(refused.getMessage().contains("Confirm your email address"), refused.getMessage());
      assertEquals(0, ballotsOf(id));
    } finally {
      fixtures.sql("update voter set verified_at = now() where account_id = " + voter5Row);
    }
  }

  @Test
  void cancellingAnOpenElectionStillShufflesItsBallots() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    voter1.call(() -> cast(id, 0));
    voter2.call(() -> cast(id, 1));

    admin.run(() -> elections.cancel(id));

    assertEquals(
        0, count("select count(*) from ballot where election_id = ?1 and not shuffled", id));
    assertEquals(
        1, count("select count(distinct xmin::text) from ballot where election_id = ?1", id));
  }

  @Test
  void aDeactivatedVoterCannotCastEvenWithAnOpenSession() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    admin.run(() -> registry.deactivate("IT-voter4"));
    try {
      BallotRefused refused =
          assertThrows(BallotRefused.class, () -> voter4.call(() -> cast(id, 0)));
      assertTrue(refused.getMessage().contains("not registered"), refused.getMessage());
      assertEquals(0, ballotsOf(id));
    } finally {
      admin.run(() -> registry.reactivate("IT-voter4"));
    }
  }

  @Test
  void voterCannotCallAdministratorsMethods() {
    ElectionTerms terms =
        new ElectionTerms(
            "x",
            "",
            org.securevote.election.entity.BallotType.SINGLE_CHOICE,
            Instant.now(),
            Instant.now().plusSeconds(60));
    assertThrows(EJBAccessException.class, () -> voter1.call(() -> elections.create(terms)));
    assertThrows(EJBAccessException.class, () -> voter1.call(() -> registry.voters()));
    assertThrows(EJBAccessException.class, () -> voter1.call(() -> elections.elections()));
  }

  @Test
  void administratorCannotCastABallot() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    assertThrows(EJBAccessException.class, () -> admin.call(() -> cast(id, 0)));
  }

  @Test
  void storedBallotHoldsNoPlaintextChoiceAndNoVoterOrTime() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada Lovelace", "Grace Hopper");
    ElectionSummary election = admin.call(() -> elections.election(id));
    String chosen = election.candidates().get(1).id();
    voter4.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), chosen)));

    Object[] row =
        fixtures
            .rows("select content, encrypted_by from ballot where election_id = ?1", id.value())
            .get(0);
    String raw = (String) row[0];
    assertTrue(raw.startsWith("{\"selections\":[{\"a\":"), raw);
    assertFalse(raw.contains(chosen), "candidate id in the clear");
    assertFalse(raw.contains("Grace"), "candidate name in the clear");
    assertEquals("voter", row[1]);
    Set<String> columns =
        fixtures
            .rows("select column_name from information_schema.columns where table_name = 'ballot'")
            .stream()
            .map(r -> (String) r[0])
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Set.of(
            "content",
            "election_id",
            "encrypted_by",
            "id",
            "receipt",
            "short_tracker",
            "shuffled",
            "summed",
            "tracker"),
        columns);
  }

  @Test
  void afterTheShuffleNeitherTransactionIdsNorRowOrderLinkVotersToBallots() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    voter1.call(() -> cast(id, 0));
    voter2.call(() -> cast(id, 1));
    voter3.call(() -> cast(id, 0));
    voter4.call(() -> cast(id, 1));
    voter5.call(() -> cast(id, 0));
    // Before the shuffle every cast left its own transaction id on its two rows.
    assertEquals(
        5, count("select count(distinct xmin::text) from ballot where election_id = ?1", id));

    assertEquals(5, fixtures.shuffleAll(id.value()));

    assertEquals(
        1, count("select count(distinct xmin::text) from ballot where election_id = ?1", id));
    assertEquals(
        1,
        count("select count(distinct xmin::text) from participation where election_id = ?1", id));
    List<String> physical =
        fixtures
            .rows("select id from ballot where election_id = ?1 order by ctid", id.value())
            .stream()
            .map(r -> (String) r[0])
            .toList();
    assertEquals(physical.stream().sorted().toList(), physical, "laid down in random-id order");
  }

  private Receipt cast(ElectionId id, int candidateIndex) throws Exception {
    ElectionSummary election = admin.call(() -> elections.election(id));
    String candidate = election.candidates().get(candidateIndex).id();
    return ballotBox.cast(id, fixtures.ballotFor(id.value(), candidate));
  }

  private long ballotsOf(ElectionId id) {
    return count("select count(*) from ballot where election_id = ?1", id);
  }

  private long count(String sql, ElectionId id) {
    return ((Number) fixtures.rows(sql, id.value()).get(0)[0]).longValue();
  }
}
