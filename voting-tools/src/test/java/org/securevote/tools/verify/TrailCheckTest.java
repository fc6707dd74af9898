package org.securevote.tools.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securevote.tools.format.TrailRow;

class TrailCheckTest {
  private static TrailCheck checked(List<TrailRow> rows) {
    return TrailCheck.of(new StringReader(Trails.csv(rows)), Trails.KEY);
  }

  /** The first break: at this seq, in this check. */
  private static TrailCheck.Break brokenAt(List<TrailRow> rows, String check, long seq) {
    TrailCheck checked = checked(rows);
    assertFalse(checked.ok());
    TrailCheck.Break found = checked.firstBreak().orElseThrow();
    assertEquals(check, found.check(), found.toString());
    assertEquals(seq, found.seq(), found.toString());
    return found;
  }

  @Test
  void anUntouchedTrailPassesEveryCheckWithItsCounts() {
    TrailCheck check = checked(Trails.chain(25, 10));
    assertTrue(check.ok(), () -> check.verdicts().toString());
    assertEquals(25, check.entries());
    assertEquals(2, check.checkpoints());
    assertTrue(check.verdicts().stream().allMatch(Verdict::ok));
  }

  @Test
  void anEditedEntryIsNamed() {
    List<TrailRow> rows = new ArrayList<>(Trails.chain(25, 10));
    TrailRow r = rows.get(6);
    rows.set(
        6,
        new TrailRow(
            r.seq(),
            r.recordedAt(),
            r.actor(),
            r.action(),
            "voter:OTHER",
            r.detail(),
            r.prevHash(),
            r.hash(),
            ""));
    brokenAt(rows, TrailCheck.HASHES, 7);
  }

  @Test
  void aDeletedEntryIsNamed() {
    List<TrailRow> rows = new ArrayList<>(Trails.chain(25, 10));
    rows.remove(11);
    TrailCheck.Break found = brokenAt(rows, TrailCheck.SEQUENCE, 13);
    assertTrue(found.problem().contains("follows entry 11"), found.problem());
  }

  @Test
  void anEntryInsertedWithEveryLaterHashRecomputedIsCaughtByTheNextCheckpoint() {
    List<TrailRow> rows = new ArrayList<>(Trails.chain(25, 10));
    rows.add(13, Trails.link("x", 0, "dba", "voter.update", "voter:V99", "never happened"));
    List<TrailRow> rewritten = Trails.relinked(rows, 13);
    // The checkpoint of entry 20 now sits on entry 21.
    brokenAt(rewritten, TrailCheck.CHECKPOINTS, 21);
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsNamed() {
    List<TrailRow> rows = new ArrayList<>(Trails.chain(25, 10));
    byte[] other = new byte[32];
    other[0] = 1;
    rows.set(4, Trails.signed(rows.get(4), other));
    brokenAt(rows, TrailCheck.CHECKPOINTS, 5);
  }

  @Test
  void aTrailThatDoesNotStartAtOneOrAtTheGenesisIsNamed() {
    List<TrailRow> rows = new ArrayList<>(Trails.chain(5, 10));
    rows.remove(0);
    brokenAt(rows, TrailCheck.SEQUENCE, 2);
  }
}
