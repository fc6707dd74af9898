package org.securevote.tools.trustee;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.securevote.tools.verify.TrailCheck;
import org.securevote.tools.verify.Verdict;

/** verify-trail: an exported audit trail against the server's public key, one verdict per check. */
final class VerifyTrail {
  private VerifyTrail() {}

  static void run(Arguments args, Session session) {
    String key = args.required("key").strip().toLowerCase(java.util.Locale.ROOT);
    if (!key.matches("[0-9a-f]{64}")) {
      throw new UsageFailure("--key is the server's Ed25519 public key, 64 hex digits");
    }
    Path file = args.path("trail");
    TrailCheck check;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      check = TrailCheck.of(in, key);
    } catch (IOException e) {
      throw new ToolFailure("cannot read " + file + ": " + e.getMessage());
    }
    List<Verdict> verdicts = check.verdicts();
    verdicts.forEach(v -> session.out().println(v.line()));
    if (!check.ok()) {
      throw new ToolFailure("the audit trail breaks at " + check.firstBreak().orElseThrow().line());
    }
    session
        .out()
        .println(
            "the audit trail passes all "
                + verdicts.size()
                + " checks: "
                + check.entries()
                + " entries, "
                + check.checkpoints()
                + " checkpoints");
  }
}
