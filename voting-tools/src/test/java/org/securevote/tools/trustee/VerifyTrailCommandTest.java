package org.securevote.tools.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securevote.tools.format.TrailRow;
import org.securevote.tools.verify.Trails;

class VerifyTrailCommandTest {
  @TempDir Path dir;

  private String file(List<TrailRow> rows) throws IOException {
    Path trail = dir.resolve("TRAIL.csv");
    Files.writeString(trail, Trails.csv(rows));
    return trail.toString();
  }

  @Test
  void anUntouchedTrailPassesWithOneVerdictPerCheck() throws IOException {
    ToolRun run =
        ToolRun.of("verify-trail", "--trail", file(Trails.chain(12, 5)), "--key", Trails.KEY).ok();
    assertEquals(5, run.out().lines().count(), run.out());
    assertTrue(run.out().lines().limit(4).allMatch(l -> l.startsWith("ok   ")), run.out());
    assertTrue(run.out().contains("12 entries, 2 checkpoints"), run.out());
  }

  @Test
  void aTamperedTrailFailsWithTheBrokenCheckAndEntry() throws IOException {
    List<TrailRow> rows = new ArrayList<>(Trails.chain(12, 5));
    rows.remove(2);
    ToolRun run = ToolRun.of("verify-trail", "--trail", file(rows), "--key", Trails.KEY);
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("FAIL sequence: entry 4: follows entry 2"), run.out());
    assertTrue(run.out().contains("FAIL links: entry 4"), run.out());
    assertTrue(run.out().contains("ok   hashes"), run.out());
    assertEquals(
        "trustee: the audit trail breaks at entry 4: follows entry 2: entries are missing or out"
            + " of order\n",
        run.err());
  }

  @Test
  void anotherServersKeyFailsTheCheckpoints() throws IOException {
    String other = "ab".repeat(32);
    ToolRun run = ToolRun.of("verify-trail", "--trail", file(Trails.chain(6, 5)), "--key", other);
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("FAIL checkpoints: entry 5"), run.out());
  }

  @Test
  void aKeyThatIsNotHexIsAUsageError() throws IOException {
    ToolRun run = ToolRun.of("verify-trail", "--trail", file(Trails.chain(2, 5)), "--key", "xyz");
    assertEquals(2, run.exit());
  }

  @Test
  void aFileThatIsNotATrailIsRefusedInOneLine() throws IOException {
    Path junk = dir.resolve("junk.csv");
    Files.writeString(junk, "a,b\n");
    ToolRun run = ToolRun.of("verify-trail", "--trail", junk.toString(), "--key", Trails.KEY);
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("trustee: the trail's first line"), run.err());
  }
}
