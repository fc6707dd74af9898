package org.securevote.ballot.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The count itself, a plain function of the opened ballots: a ballot counts when it names exactly
 * one candidate of the election; any other is reported by id, never counted and never dropped. The
 * digest covers every ballot's id, tracker and verdict, in the order given, and then the totals in
 * ballot order, so anyone holding the ballot list can recompute it.
 */
public final class Count {
  private Count() {}

  /** A stored ballot after opening: the candidate ids chosen, or empty if it did not open. */
  public record OpenedBallot(String id, String tracker, Optional<List<String>> choice) {}

  /** Votes per candidate id in ballot order, the rejected ballots' ids, and the digest (hex). */
  public record Result(
      Map<String, Integer> totals, int counted, List<String> rejected, String digest) {}

  public static Result of(List<String> candidateIds, List<OpenedBallot> ballots) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    candidateIds.forEach(id -> totals.put(id, 0));
    List<String> rejected = new ArrayList<>();
    MessageDigest digest = sha256();
    int counted = 0;
    for (OpenedBallot ballot : ballots) {
      String verdict;
      List<String> choice = ballot.choice().orElse(List.of());
      if (choice.size() == 1 && totals.containsKey(choice.get(0))) {
        totals.merge(choice.get(0), 1, Integer::sum);
        counted++;
        verdict = "counted";
      } else {
        rejected.add(ballot.id());
        verdict = "rejected";
      }
      update(digest, ballot.id() + ":" + ballot.tracker() + ":" + verdict);
    }
    totals.forEach((candidate, votes) -> update(digest, "total:" + candidate + ":" + votes));
    return new Result(totals, counted, rejected, HexFormat.of().formatHex(digest.digest()));
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
