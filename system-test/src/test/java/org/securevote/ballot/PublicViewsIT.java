package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.it.Tallies;
import org.securevote.tools.crypto.Tracker;

/**
 * The public views are kept in the data grid, and a change empties them the moment it commits: the
 * test domain keeps views for 10 s, so a missed invalidation would show here as a stale answer.
 */
@ExtendWith(ArquillianExtension.class)
class PublicViewsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.business("public-views-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject ElectionAdministration elections;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;
  @Inject Ceremonies ceremonies;
  @Inject CacheManager caches;

  private Cache<String, Serializable> views() {
    return caches.getCache("securevote-public-views", String.class, Serializable.class);
  }

  @Test
  void aStateChangeEmptiesTheElectionsViewsAtOnce() throws Exception {
    ElectionId id = Tallies.open(admin, elections, fixtures, ceremonies, 1, 1, "Ada", "Grace").id();
    assertEquals(ElectionStatus.OPEN, board.election(id).status());
    assertTrue(views().containsKey("election:" + id.value()), "kept after the first read");
    assertTrue(board.elections().stream().anyMatch(e -> e.id().equals(id.value())));

    admin.run(() -> elections.closeNow(id));

    assertFalse(views().containsKey("election:" + id.value()), "emptied by the closing");
    assertEquals(ElectionStatus.CLOSED, board.election(id).status());
    assertEquals(
        ElectionStatus.CLOSED,
        board.elections().stream()
            .filter(e -> e.id().equals(id.value()))
            .findFirst()
            .orElseThrow()
            .status(),
        "the list of elections too");
  }

  @Test
  void aShufflePostsItsTrackersAndTurnoutAtOnce() throws Exception {
    ElectionId id = Tallies.open(admin, elections, fixtures, ceremonies, 1, 1, "Ada", "Grace").id();
    assertEquals(List.of(), board.trackers(id));
    assertEquals(0, board.election(id).ballotsCast());

    List<String> trackers = fixtures.castEncrypted(id.value(), List.of(0, 1));
    fixtures.shuffleAll(id.value());

    assertEquals(
        trackers.stream().map(Tracker::shortForm).sorted().toList(),
        board.trackers(id).stream().sorted().toList());
    assertEquals(2, board.election(id).ballotsCast(), "the shuffle emptied the turnout too");
  }
}
