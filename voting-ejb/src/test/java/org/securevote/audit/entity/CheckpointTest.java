package org.securevote.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.securevote.integrity.Signing;
import org.securevote.tools.crypto.AuditCheckpoint;
import org.securevote.tools.crypto.Receipt;
import org.securevote.tools.format.TrailRow;

/** The server's checkpoints and hashes are what the trustees' tool checks them against. */
class CheckpointTest {
  private static final byte[] SEED = new byte[32];
  private final Signing signing = Signing.fromSeed(SEED);
  private final String key = HexFormat.of().formatHex(signing.publicKey());

  @Test
  void aServerCheckpointVerifiesWithTheToolsCheckOnlyForItsOwnSeqAndHash() {
    AuditEntry first = new AuditEntry(null, "admin@example.org", "election.open", "election:x", "");
    AuditEntry second = new AuditEntry(first, "system", "ballot.accepted", "election:x", "t");
    Checkpoint checkpoint = new Checkpoint(second, signing, Instant.now());
    assertEquals(2, checkpoint.seq());
    assertTrue(AuditCheckpoint.verifyHex(key, checkpoint.signature(), 2, second.hash()));
    assertFalse(AuditCheckpoint.verifyHex(key, checkpoint.signature(), 1, second.hash()));
    assertFalse(AuditCheckpoint.verifyHex(key, checkpoint.signature(), 2, first.hash()));
    assertEquals(AuditCheckpoint.sign(SEED, 2, second.hash()), checkpoint.signature());
  }

  @Test
  void aCheckpointIsNoReceipt() {
    AuditEntry entry = new AuditEntry(null, "system", "election.open", "election:x", "");
    Checkpoint checkpoint = new Checkpoint(entry, signing, Instant.now());
    assertFalse(
        Receipt.verifyHex(
            key, checkpoint.signature(), "0".repeat(32), entry.hash(), Receipt.EncryptedBy.VOTER));
  }

  @Test
  void anEntrysHashIsTheExportedRowsHash() {
    AuditEntry entry = new AuditEntry(null, "a@example.org", "voter.update", "voter:V1", "=1");
    TrailRow row =
        new TrailRow(
            1,
            entry.recordedAt().toInstant().toString(),
            entry.actor(),
            entry.action(),
            entry.subject(),
            entry.detail(),
            entry.prevHash(),
            entry.hash(),
            "");
    assertEquals(TrailRow.GENESIS, entry.prevHash());
    assertEquals(entry.hash(), row.computeHash());
  }
}
