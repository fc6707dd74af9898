package org.securevote.ballot.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tally digest, a plain function of what the election record publishes: the election, how many
 * ballots were added up, and per candidate (in ballot order, by name) its encrypted total and its
 * decrypted count. Anyone holding the record can recompute it; the encrypted totals bind it to
 * every ballot, which the record's verifier adds up again.
 */
public final class Count {
  private Count() {}

  /**
   * One candidate: its name, its encrypted total (A, B in hex; empty with no ballots), its count.
   */
  public record Line(String candidate, String a, String b, long count) {}

  public static String digest(String electionId, long ballots, List<Line> lines) {
    MessageDigest digest = sha256();
    update(digest, "securevote/v1/tally");
    update(digest, "election:" + electionId);
    update(digest, "ballots:" + ballots);
    for (Line line : lines) {
      update(digest, "total:" + line.candidate() + ":" + line.a() + ":" + line.b());
      update(digest, "count:" + line.candidate() + ":" + line.count());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String line) {
    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
