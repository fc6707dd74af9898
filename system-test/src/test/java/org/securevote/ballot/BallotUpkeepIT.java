package org.securevote.ballot;

import static java.util.Collections.nCopies;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.control.ClockTicked;
import org.securevote.election.entity.ElectionId;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;

/**
 * On a clock tick the ballots of running elections are shuffled onto the board, a batch at once.
 */
@ExtendWith(ArquillianExtension.class)
class BallotUpkeepIT {
  private static final int BATCH = 3;

  @Deployment
  static WebArchive deployment() {
    // This archive's own batch, above the test domain's environment (which no test reaches).
    return Deployments.business("ballot-upkeep-it")
        .addAsResource(
            new StringAsset("config_ordinal=500\nvoting.shuffle.batch=" + BATCH + "\n"),
            "META-INF/microprofile-config.properties");
  }

  @Inject Callers.AsAdmin admin;
  @Inject ElectionAdministration elections;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;
  @Inject Event<ClockTicked> ticks;

  @Test
  void aTickShufflesNothingBeforeABatchIsWaitingThenTheWholeBatch() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String ada = admin.call(() -> elections.election(id)).candidates().get(0).id();

    fixtures.castWithoutVoters(id.value(), nCopies(BATCH - 1, ada));
    ticks.fire(new ClockTicked(List.of(id)));
    assertEquals(0, board.trackers(id).size(), "fewer than a batch stay off the board");

    fixtures.castWithoutVoters(id.value(), List.of(ada));
    ticks.fire(new ClockTicked(List.of(id)));
    assertEquals(BATCH, board.trackers(id).size());
    assertEquals(BATCH, accepted(id), "each shuffled ballot entered the audit chain");
  }

  @Test
  void aTickLeavesElectionsItIsNotToldAreRunning() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String ada = admin.call(() -> elections.election(id)).candidates().get(0).id();
    fixtures.castWithoutVoters(id.value(), nCopies(BATCH, ada));

    ticks.fire(new ClockTicked(List.of()));

    assertEquals(0, board.trackers(id).size());
  }

  private long accepted(ElectionId id) {
    return ((Number)
            fixtures.rows(
                    "select count(*) from audit_entry where action = 'ballot.accepted'"
                        + " and subject = ?1",
                    id.auditName())
                .get(0)[0])
        .longValue();
  }
}
