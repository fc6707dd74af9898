package org.securevote.web.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securevote.ballot.entity.TurnoutSample;

class PublicDashboardTest {
  private static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-12-01T18:00:00Z");

  @Test
  void timeRunsAcrossFromOpeningToClosingAndTurnoutUpToTheWholeRoll() {
    List<TurnoutSample> samples =
        List.of(
            new TurnoutSample(OPENS, 0),
            new TurnoutSample(Instant.parse("2026-12-01T13:00:00Z"), 50),
            new TurnoutSample(CLOSES, 200));

    assertEquals(
        "0.00,40.00 50.00,20.00 100.00,0.00", PublicDashboard.points(samples, OPENS, CLOSES, 100));
  }

  @Test
  void anEmptyRollOrAnEmptyHistoryDrawsNothingOutOfTheBox() {
    assertEquals("", PublicDashboard.points(List.of(), OPENS, CLOSES, 0));
    assertEquals(
        "0.00,0.00",
        PublicDashboard.points(
            List.of(new TurnoutSample(OPENS.minusSeconds(60), 3)), OPENS, CLOSES, 0));
  }
}
