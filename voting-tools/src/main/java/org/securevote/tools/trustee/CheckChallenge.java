package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.ChallengedBallot;
import org.securevote.tools.verify.ChallengeCheck;
import org.securevote.tools.verify.Verdict;

/**
 * check-challenge: whether a challenged ballot encrypted exactly the voter's choice, to the
 * election key that the public bulletin board shows (given by the voter, never taken from the file:
 * a page of the server's making could have chosen both).
 */
final class CheckChallenge {
  private CheckChallenge() {}

  static void run(Arguments args, Session session) {
    ECPoint key;
    try {
      key = Group.pointFromHex(args.required("public-key").strip().toLowerCase());
    } catch (CryptoRefusal e) {
      throw new UsageFailure(
          "--public-key takes the election key as the bulletin board shows it, 66 hex digits ("
              + e.getMessage()
              + ")");
    }
    List<String> choices = choices(args);
    Path file = args.path("challenge");
    ChallengedBallot challenge = ChallengedBallot.read(file);
    List<Verdict> verdicts = ChallengeCheck.check(challenge, choices, key, file.toString());
    verdicts.forEach(v -> session.out().println(v.line()));
    Verdict choice = verdicts.get(verdicts.size() - 1);
    if (verdicts.stream().anyMatch(v -> !v.ok())) {
      throw new ToolFailure(
          file
              + ": "
              + (choice.ok() ? "the ballot fails a check above" : choice.detail())
              + "; do not cast a ballot made by this device or page");
    }
    session
        .out()
        .println(
            choices.isEmpty()
                ? "the challenged ballot encrypted no candidate: a blank ballot"
                : "the challenged ballot encrypted exactly " + String.join(", ", choices));
  }

  /**
   * The names the voter chose, or none for a blank ballot (--blank), where the ballot allows it.
   */
  private static List<String> choices(Arguments args) {
    if (!args.has("blank")) {
      if (!args.has("choice")) {
        throw new UsageFailure("missing --choice (or --blank for a ballot with no candidate)");
      }
      return args.all("choice");
    }
    if (args.has("choice")) {
      throw new UsageFailure("--blank means no candidate: give it or --choice, not both");
    }
    return List.of();
  }
}
