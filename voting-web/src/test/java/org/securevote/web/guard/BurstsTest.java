package org.securevote.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BurstsTest {
  @Test
  void reportsABurstOnceWhenTheLimitIsPassed() {
    Bursts bursts = new Bursts("t", 3, Duration.ofSeconds(10), null);
    long reported = IntStream.range(0, 10).filter(i -> bursts.overLimit("a", 1_000 + i)).count();
    assertEquals(1, reported);
    assertFalse(new Bursts("t", 3, Duration.ofSeconds(10), null).overLimit("a", 0));
  }

  @Test
  void theFourthEventOfAThreeEventLimitIsTheBurst() {
    Bursts bursts = new Bursts("t", 3, Duration.ofSeconds(10), null);
    assertFalse(bursts.overLimit("a", 0));
    assertFalse(bursts.overLimit("a", 1));
    assertFalse(bursts.overLimit("a", 2));
    assertTrue(bursts.overLimit("a", 3));
  }

  @Test
  void keysAreCountedApart() {
    Bursts bursts = new Bursts("t", 1, Duration.ofSeconds(10), null);
    assertFalse(bursts.overLimit("a", 0));
    assertFalse(bursts.overLimit("b", 0));
    assertTrue(bursts.overLimit("a", 1));
  }

  @Test
  void aNewWindowStartsTheCountAgain() {
    Bursts bursts = new Bursts("t", 1, Duration.ofSeconds(10), null);
    assertFalse(bursts.overLimit("a", 0));
    assertTrue(bursts.overLimit("a", 1));
    assertFalse(bursts.overLimit("a", 10_000));
    assertTrue(bursts.overLimit("a", 10_001));
  }

  @Test
  void aWindowStartsAtTheKeysFirstEventSoNoBoundaryCutsABurstInTwo() {
    Bursts bursts = new Bursts("t", 3, Duration.ofSeconds(10), null);
    assertFalse(bursts.overLimit("a", 9_000));
    assertFalse(bursts.overLimit("a", 9_500));
    assertFalse(bursts.overLimit("a", 10_500));
    assertTrue(bursts.overLimit("a", 11_000));
  }

  @Test
  void aZeroLimitReportsTheFirstEventOfEachWindow() {
    Bursts bursts = new Bursts("t", 0, Duration.ofMinutes(1), null);
    assertTrue(bursts.overLimit("a", 0));
    assertFalse(bursts.overLimit("a", 1));
    assertTrue(bursts.overLimit("a", 60_000));
  }
}
