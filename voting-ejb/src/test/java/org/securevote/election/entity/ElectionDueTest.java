package org.securevote.election.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the clock opens and closes an election: the same window that admits ballots. */
class ElectionDueTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Instant OPENS = NOW.plus(Duration.ofHours(1));
  private static final Instant CLOSES = NOW.plus(Duration.ofHours(2));

  private static Election scheduled() {
    Election e =
        new Election(
            ElectionId.next(),
            new ElectionTerms("Board", "", BallotType.SINGLE_CHOICE, OPENS, CLOSES),
            new byte[] {1});
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    e.schedule(NOW);
    return e;
  }

  @Test
  void dueToOpenExactlyWhileTheWindowAdmitsBallots() {
    Election e = scheduled();
    for (Instant at :
        new Instant[] {NOW, OPENS, OPENS.plusSeconds(1), CLOSES.minusMillis(1), CLOSES}) {
      assertEquals(e.acceptsBallotsAt(at), e.dueToOpenAt(at), "at " + at);
    }
    assertFalse(e.dueToOpenAt(OPENS.minusMillis(1)));
    assertTrue(e.dueToOpenAt(OPENS));
    assertFalse(e.dueToOpenAt(CLOSES), "a window that has passed as a whole is left to closing");
  }

  @Test
  void anOpenElectionIsNotDueToOpenAgain() {
    Election e = scheduled();
    e.open(OPENS);
    assertFalse(e.dueToOpenAt(OPENS.plusSeconds(1)));
  }

  @Test
  void dueToCloseFromTheClosingInstantWhetherOpenedOrNot() {
    Election e = scheduled();
    assertFalse(e.dueToCloseAt(CLOSES.minusMillis(1)));
    assertTrue(e.dueToCloseAt(CLOSES), "scheduled but never opened");
    e.open(OPENS);
    assertTrue(e.dueToCloseAt(CLOSES));
  }

  @Test
  void closedAndCancelledElectionsAreNeverDue() {
    Election closed = scheduled();
    closed.close(NOW);
    Election cancelled = scheduled();
    cancelled.cancel();
    for (Election e : new Election[] {closed, cancelled}) {
      assertFalse(e.dueToOpenAt(OPENS));
      assertFalse(e.dueToCloseAt(CLOSES));
    }
  }
}
