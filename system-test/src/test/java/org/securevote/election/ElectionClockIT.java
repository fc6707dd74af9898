package org.securevote.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.Decryptions;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.it.Tallies;
import org.securevote.trustee.control.PublishedKeys;

/** The deployed application's clock opens and closes elections at their instants by itself. */
@ExtendWith(ArquillianExtension.class)
class ElectionClockIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("election-clock-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsTrustee1 trustee1;
  @Inject ElectionAdministration elections;
  @Inject Ceremonies ceremonies;
  @Inject Decryptions decryptions;
  @Inject PublishedKeys keys;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;

  @Test
  void aScheduledElectionOpensAndClosesAtItsInstantsAndIsAddedUp() throws Exception {
    Instant now = Instant.now();
    Tallies.Keyed run =
        Tallies.scheduled(
            admin,
            elections,
            fixtures,
            ceremonies,
            now.plusSeconds(3),
            now.plusSeconds(25),
            1,
            1,
            "Ada",
            "Grace");
    ElectionId id = run.id();

    await(id, ElectionStatus.OPEN, Duration.ofSeconds(40));
    fixtures.castEncrypted(id.value(), List.of(0));
    await(id, ElectionStatus.CLOSED, Duration.ofSeconds(60));

    assertEquals("awaiting trustees", admin.call(() -> elections.election(id)).stage());
    Tallies.decrypt(run, decryptions, keys, List.of(1), List.of(trustee1));
    assertEquals(1, admin.call(() -> board.results(id)).lines().get(0).votes(), "added up");
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
