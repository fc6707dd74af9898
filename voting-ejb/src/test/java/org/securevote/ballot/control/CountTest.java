package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountTest {
  private static final String ELECTION = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final List<Count.Line> LINES =
      List.of(new Count.Line("Ada", "02aa", "03bb", 2), new Count.Line("Grace", "02cc", "02dd", 1));

  @Test
  void theDigestIsSha256InHexAndTheSameForTheSameTally() {
    String digest = Count.digest(ELECTION, 3, LINES);
    assertTrue(digest.matches("[0-9a-f]{64}"), digest);
    assertEquals(digest, Count.digest(ELECTION, 3, List.copyOf(LINES)));
  }

  @Test
  void everyPartOfTheTallyChangesTheDigest() {
    String digest = Count.digest(ELECTION, 3, LINES);
    assertNotEquals(digest, Count.digest("1f1e2d3c4b5a69788796a5b4c3d2e1f0", 3, LINES));
    assertNotEquals(digest, Count.digest(ELECTION, 4, LINES));
    assertNotEquals(digest, Count.digest(ELECTION, 3, List.of(LINES.get(1), LINES.get(0))));
    assertNotEquals(
        digest,
        Count.digest(ELECTION, 3, List.of(new Count.Line("Ada", "02aa", "03bb", 1), LINES.get(1))));
    assertNotEquals(
        digest,
        Count.digest(ELECTION, 3, List.of(new Count.Line("Ada", "02aa", "03bc", 2), LINES.get(1))));
  }
}
