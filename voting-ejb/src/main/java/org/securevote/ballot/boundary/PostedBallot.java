package org.securevote.ballot.boundary;

import java.util.List;
import org.securevote.ballot.control.StoredBallots;

/**
 * A counted ballot as the election record and BALLOTS.json list it: its tracker (64 hex), who
 * encrypted it ("voter" or "server"), the server's receipt signature and the ballot's JSON as cast.
 */
public record PostedBallot(String tracker, String encryptedBy, String receipt, String content) {

  /** One page of ballots in tracker order; {@code next} is where the next page starts, or null. */
  public record Page(List<PostedBallot> ballots, String next) {

    static Page of(StoredBallots.Page stored) {
      return new Page(
          stored.ballots().stream()
              .map(b -> new PostedBallot(b.tracker(), b.encryptedBy(), b.receipt(), b.content()))
              .toList(),
          stored.next());
    }
  }
}
