package org.securevote.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitialPasswordTest {

  @Test
  void isTwentyFourUrlSafeCharacters() {
    String password = InitialPassword.generate();
    assertEquals(24, password.length());
    assertTrue(password.matches("[A-Za-z0-9_-]{24}"), password);
  }

  @Test
  void doesNotRepeatAcrossManyDraws() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(InitialPassword.generate()));
    }
  }
}
