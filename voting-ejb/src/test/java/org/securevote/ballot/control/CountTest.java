package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securevote.ballot.control.Count.OpenedBallot;

class CountTest {
  private static final List<String> CANDIDATES = List.of("c-ada", "c-bob", "c-cy");

  private static OpenedBallot chose(String id, String... candidates) {
    return new OpenedBallot(id, "T-" + id, Optional.of(List.of(candidates)));
  }

  private static OpenedBallot unopened(String id) {
    return new OpenedBallot(id, "T-" + id, Optional.empty());
  }

  @Test
  void countsEachSingleChoiceOnceInBallotOrderOfCandidates() {
    Count.Result result =
        Count.of(
            CANDIDATES, List.of(chose("b1", "c-bob"), chose("b2", "c-ada"), chose("b3", "c-bob")));

    assertEquals(Map.of("c-ada", 1, "c-bob", 2, "c-cy", 0), result.totals());
    assertEquals(List.of("c-ada", "c-bob", "c-cy"), List.copyOf(result.totals().keySet()));
    assertEquals(3, result.counted());
    assertEquals(List.of(), result.rejected());
  }

  @Test
  void reportsEveryBallotItCannotCountByIdAndCountsNoneOfThem() {
    Count.Result result =
        Count.of(
            CANDIDATES,
            List.of(
                unopened("b1"),
                chose("b2", "c-ada", "c-bob"),
                chose("b3", "c-nobody"),
                chose("b4"),
                chose("b5", "c-cy")));

    assertEquals(List.of("b1", "b2", "b3", "b4"), result.rejected());
    assertEquals(1, result.counted());
    assertEquals(Map.of("c-ada", 0, "c-bob", 0, "c-cy", 1), result.totals());
  }

  @Test
  void digestIsSha256OfTheDocumentedLines() throws Exception {
    Count.Result result = Count.of(CANDIDATES, List.of(chose("b1", "c-cy"), unopened("b2")));

    String lines =
        "b1:T-b1:counted\n"
            + "b2:T-b2:rejected\n"
            + "total:c-ada:0\n"
            + "total:c-bob:0\n"
            + "total:c-cy:1\n";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(lines.getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, result.digest());
  }

  @Test
  void digestChangesWithAnyBallotsVerdict() {
    String honest = Count.of(CANDIDATES, List.of(chose("b1", "c-ada"))).digest();
    String dropped = Count.of(CANDIDATES, List.of(unopened("b1"))).digest();

    assertNotEquals(honest, dropped);
  }

  @Test
  void anEmptyBoxCountsZeroForEveryCandidate() {
    Count.Result result = Count.of(CANDIDATES, List.of());

    assertEquals(Map.of("c-ada", 0, "c-bob", 0, "c-cy", 0), result.totals());
    assertEquals(0, result.counted());
  }
}
