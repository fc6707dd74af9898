package org.securevote.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static SignInFailures fresh() throws Exception {
    Constructor<SignInFailures> constructor = SignInFailures.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  @Test
  void theFreeFailuresDoNotLock() throws Exception {
    SignInFailures f = fresh();
    for (int i = 0; i < 5; i++) {
      f.failed(NOW, 5);
    }
    assertTrue(f.wait(NOW).isEmpty());
  }

  @Test
  void eachFurtherFailureDoublesTheLock() throws Exception {
    SignInFailures f = fresh();
    for (int i = 0; i < 6; i++) {
      f.failed(NOW, 5);
    }
    assertEquals(Duration.ofSeconds(2), f.wait(NOW).orElseThrow());
    f.failed(NOW, 5);
    assertEquals(Duration.ofSeconds(4), f.wait(NOW).orElseThrow());
  }

  @Test
  void theLockNeverExceedsFifteenMinutes() throws Exception {
    SignInFailures f = fresh();
    for (int i = 0; i < 40; i++) {
      f.failed(NOW, 5);
    }
    assertEquals(Duration.ofMinutes(15), f.wait(NOW).orElseThrow());
  }

  @Test
  void aForgivenAttemptNoLongerCounts() throws Exception {
    SignInFailures f = fresh();
    for (int i = 0; i < 5; i++) {
      f.failed(NOW, 5);
    }
    f.forgiveOne();
    f.failed(NOW, 5);
    assertTrue(f.wait(NOW).isEmpty(), "still within the free tries");
  }

  @Test
  void anHourWithoutFailuresForgetsThem() throws Exception {
    SignInFailures f = fresh();
    for (int i = 0; i < 6; i++) {
      f.failed(NOW, 5);
    }
    Instant later = NOW.plus(Duration.ofHours(2));
    f.failed(later, 5);
    assertTrue(f.wait(later).isEmpty(), "one fresh failure after a quiet hour");
  }
}
