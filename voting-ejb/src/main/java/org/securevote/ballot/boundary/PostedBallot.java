package org.securevote.ballot.boundary;

/**
 * A counted ballot as the election record and BALLOTS.json list it: its tracker (64 hex), who
 * encrypted it ("voter" or "server"), the server's receipt signature and the ballot's JSON as cast.
 */
public record PostedBallot(String tracker, String encryptedBy, String receipt, String content) {

  /** One page of ballots in tracker order; {@code next} is where the next page starts, or null. */
  public record Page(java.util.List<PostedBallot> ballots, String next) {}
}
