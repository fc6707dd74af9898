package org.securevote.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securevote.ballot.boundary.BallotRefused;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.ballot.control.OutsideVotingWindow;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.control.OutsideAllowedNetwork;
import org.securevote.platform.Refusal;
import org.securevote.platform.Refusal.Kind;
import org.securevote.platform.Text;

/**
 * A kind added without a status does not compile ({@link RefusalStatus#of} has no default), so no
 * test here checks for that.
 */
class RefusalStatusTest {
  @Test
  void everyKindHasItsStatus() {
    Map<Kind, Integer> expected =
        Map.of(Kind.INVALID, 422, Kind.NOT_ALLOWED, 403, Kind.NOT_FOUND, 404, Kind.CONFLICT, 409);
    assertEquals(Kind.values().length, expected.size());
    expected.forEach((kind, status) -> assertEquals(status, RefusalStatus.of(kind), kind.name()));
  }

  /** The statuses the API gave each refusal before they were one family. */
  @Test
  void theApiStatusesStayWhatTheyWere() {
    Map<Refusal, Integer> before =
        Map.of(
            new BallotRefused(Kind.NOT_ALLOWED, Text.of("ballot.notOnRoll")), 403,
            new BallotRefused(Kind.INVALID, Text.of("ballot.onlyOnBallot")), 422,
            new BallotRefused(Kind.CONFLICT, Text.of("ballot.alreadyVoted", "x")), 409,
            new OutsideVotingWindow(Text.of("window.closed", "x")), 409,
            new OutsideAllowedNetwork(Text.of("network.outside", "x")), 403,
            new NoSuchElection(), 404,
            new ResultsNotAvailable(Text.of("results.notPublished", "x")), 409);
    before.forEach(
        (refusal, status) ->
            assertEquals(status, RefusalStatus.of(refusal.kind()), refusal.getMessage()));
  }
}
