package org.securevote.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;

/** The deployed application's clock opens and closes elections at their instants by itself. */
@ExtendWith(ArquillianExtension.class)
class ElectionClockIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("election-clock-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject ElectionAdministration elections;
  @Inject BallotBox ballotBox;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;

  @Test
  void aScheduledElectionOpensAndClosesAtItsInstantsAndIsCounted() throws Exception {
    Instant now = Instant.now();
    ElectionId id =
        Elections.scheduled(
            admin, elections, fixtures, now.plusSeconds(3), now.plusSeconds(25), "Ada", "Grace");

    await(id, ElectionStatus.OPEN, Duration.ofSeconds(40));
    String candidate = admin.call(() -> elections.election(id)).candidates().get(0).id();
    voter1.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidate)));
    await(id, ElectionStatus.CLOSED, Duration.ofSeconds(60));

    assertEquals(1, admin.call(() -> board.results(id)).counted(), "counted at closing");
  }

  private void await(ElectionId id, ElectionStatus status, Duration patience) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    ElectionStatus seen = null;
    while (Instant.now().isBefore(deadline)) {
      seen = admin.call(() -> elections.election(id)).status();
      if (seen == status) {
        return;
      }
      Thread.sleep(500);
    }
    assertEquals(status, seen, "status after " + patience.toSeconds() + " s");
  }
}
