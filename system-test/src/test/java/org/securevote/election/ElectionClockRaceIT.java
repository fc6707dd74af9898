package org.securevote.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.election.boundary.ClockRound;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.it.Tallies;

/**
 * Two instances' clocks tick at the same moment: each opening, closing, shuffle and count happens
 * once per election. The rounds run here from two threads at once, just after the deployed
 * application's own clock ticked, so that clock (ten seconds apart) leaves the due steps to them.
 */
@ExtendWith(ArquillianExtension.class)
class ElectionClockRaceIT {
  private static final int ELECTIONS = 3;
  private static final List<Integer> CHOICES = List.of(0, 1, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("election-clock-race-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject ElectionAdministration elections;
  @Inject Ceremonies ceremonies;
  @Inject Fixtures fixtures;
  @Inject ClockRound round;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void twoClocksTickingAtOnceOpenCloseAndCountEachElectionOnce() throws Exception {
    Instant later = Instant.now().plusSeconds(3600);
    List<ElectionId> ids = new ArrayList<>();
    for (int i = 0; i < ELECTIONS; i++) {
      ids.add(
          Tallies.scheduled(
                  admin,
                  elections,
                  fixtures,
                  ceremonies,
                  later,
                  later.plusSeconds(3600),
                  1,
                  1,
                  "Ada",
                  "Grace")
              .id());
    }

    afterTheDeployedClockTicked();
    ids.forEach(id -> due("opens_at", id));
    List<ClockRound.Done> opening = twoRoundsAtOnce();

    for (ElectionId id : ids) {
      assertEquals(1, opening.stream().filter(d -> d.opened().contains(id)).count(), "opened");
      assertEquals(1, audited("election.open", id), "one opening on the trail");
      assertEquals(ElectionStatus.OPEN, status(id));
      fixtures.castEncrypted(id.value(), CHOICES);
    }

    afterTheDeployedClockTicked();
    ids.forEach(id -> due("closes_at", id));
    List<ClockRound.Done> closing = twoRoundsAtOnce();

    for (ElectionId id : ids) {
      assertEquals(1, closing.stream().filter(d -> d.closed().contains(id)).count(), "closed");
      assertEquals(1, audited("election.close", id), "one closing on the trail");
      assertEquals(CHOICES.size(), audited("ballot.accepted", id), "each ballot shuffled once");
      assertEquals(ElectionStatus.CLOSED, status(id));
      assertEquals(
          2L, count("select count(*) from encrypted_total where election_id = ?1", id.value()));
      assertEquals(
          (long) CHOICES.size(),
          count("select count(*) from ballot where election_id = ?1 and shuffled", id.value()));
    }
  }

  private List<ClockRound.Done> twoRoundsAtOnce() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    Future<ClockRound.Done> one = executor.submit(() -> roundAfter(start));
    Future<ClockRound.Done> two = executor.submit(() -> roundAfter(start));
    start.countDown();
    return List.of(one.get(), two.get());
  }

  private ClockRound.Done roundAfter(CountDownLatch start) throws InterruptedException {
    start.await();
    return round.run();
  }

  /** The deployed clock ticks at every tenth second; wait until the next one has just passed. */
  private static void afterTheDeployedClockTicked() throws InterruptedException {
    long from = Instant.now().getEpochSecond();
    long second;
    while ((second = Instant.now().getEpochSecond()) == from || second % 10 != 1) {
      Thread.sleep(50);
    }
  }

  /** Moves the instant into the past, as time passing would. */
  private void due(String column, ElectionId id) {
    fixtures.sql(
        "update election set " + column + " = now() - interval '1 second' where id = ?1",
        id.value());
  }

  private ElectionStatus status(ElectionId id) throws Exception {
    return admin.call(() -> elections.election(id)).status();
  }

  private long audited(String action, ElectionId id) {
    return count(
        "select count(*) from audit_entry where action = ?1 and subject = ?2",
        action,
        id.auditName());
  }

  private long count(String select, Object... parameters) {
    return ((Number) fixtures.rows(select, parameters).get(0)[0]).longValue();
  }
}
