package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.securevote.ballot.entity.TurnoutSample;

class TurnoutHistoryTest {
  private static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");

  private static List<TurnoutSample> minutes(int count) {
    return LongStream.range(0, count)
        .mapToObj(i -> new TurnoutSample(OPENS.plusSeconds(60 * i), i * 3))
        .toList();
  }

  @Test
  void aShortHistoryIsKeptWhole() {
    List<TurnoutSample> all = minutes(TurnoutHistory.MAX_POINTS);
    assertSame(all, TurnoutHistory.thinned(all, TurnoutHistory.MAX_POINTS));
  }

  @Test
  void aLongHistoryIsThinnedKeepingItsFirstAndLastPointsInOrder() {
    List<TurnoutSample> week = minutes(7 * 24 * 60);

    List<TurnoutSample> kept = TurnoutHistory.thinned(week, 240);

    assertEquals(240, kept.size());
    assertEquals(week.get(0), kept.get(0));
    assertEquals(week.get(week.size() - 1), kept.get(kept.size() - 1));
    for (int i = 1; i < kept.size(); i++) {
      assertEquals(true, kept.get(i).minute().isAfter(kept.get(i - 1).minute()), "in time order");
    }
  }
}
