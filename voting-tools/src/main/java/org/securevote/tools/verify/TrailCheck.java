package org.securevote.tools.verify;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.securevote.tools.crypto.AuditCheckpoint;
import org.securevote.tools.format.TrailCsv;
import org.securevote.tools.format.TrailRow;

/**
 * Checks an audit trail a row at a time, in constant memory, with the server's public key: seq
 * counts up from 1 without a gap, each prev_hash is the previous entry's hash, each hash recomputes
 * from its entry, each checkpoint signature verifies on its entry's seq and hash. The server runs
 * it over its own table, the tool over an exported file.
 */
public final class TrailCheck {
  public static final String SEQUENCE = "sequence";
  public static final String LINKS = "links";
  public static final String HASHES = "hashes";
  public static final String CHECKPOINTS = "checkpoints";

  /** Where the trail first fails one check, and how. */
  public record Break(String check, long seq, String problem) {
    public String line() {
      return "entry " + seq + ": " + problem;
    }
  }

  private final String publicKeyHex;
  private long entries;
  private long checkpoints;
  private long lastSeq;
  private String lastHash = TrailRow.GENESIS;
  private Break sequence;
  private Break links;
  private Break hashes;
  private Break signatures;

  public TrailCheck(String publicKeyHex) {
    this.publicKeyHex = publicKeyHex;
  }

  /** Reads and checks a whole exported trail. */
  public static TrailCheck of(Reader csv, String publicKeyHex) {
    TrailCheck check = new TrailCheck(publicKeyHex);
    TrailCsv.read(csv, check::accept);
    return check;
  }

  public void accept(TrailRow row) {
    entries++;
    if (row.seq() != lastSeq + 1 && sequence == null) {
      sequence =
          new Break(
              SEQUENCE,
              row.seq(),
              lastSeq == 0
                  ? "the trail starts here, not at 1"
                  : "follows entry " + lastSeq + ": entries are missing or out of order");
    }
    if (!row.prevHash().equals(lastHash) && links == null) {
      links =
          new Break(
              LINKS,
              row.seq(),
              lastSeq == 0
                  ? "prev_hash is not the genesis value"
                  : "prev_hash is not the hash of entry " + lastSeq);
    }
    if (!row.computeHash().equals(row.hash()) && hashes == null) {
      hashes = new Break(HASHES, row.seq(), "its hash does not recompute from its content");
    }
    if (row.checkpointed()) {
      checkpoints++;
      if (!AuditCheckpoint.verifyHex(
          publicKeyHex, row.checkpointSignature(), row.seq(), row.hash())) {
        refuseCheckpoint(row.seq(), "its checkpoint signature does not verify with the key");
      }
    }
    lastSeq = row.seq();
    lastHash = row.hash();
  }

  /** A checkpoint found wrong by other means, e.g. one naming a hash its entry does not have. */
  public void refuseCheckpoint(long seq, String problem) {
    if (signatures == null) {
      signatures = new Break(CHECKPOINTS, seq, problem);
    }
  }

  public long entries() {
    return entries;
  }

  public long checkpoints() {
    return checkpoints;
  }

  public boolean ok() {
    return firstBreak().isEmpty();
  }

  /** The break at the lowest seq (sequence before links before hashes before checkpoints). */
  public Optional<Break> firstBreak() {
    Break first = null;
    for (Break b : breaks()) {
      if (b != null && (first == null || b.seq() < first.seq())) {
        first = b;
      }
    }
    return Optional.ofNullable(first);
  }

  /** One verdict per check, as the tool prints them. */
  public List<Verdict> verdicts() {
    String range = entries == 0 ? "no entries" : entries + " entries up to seq " + lastSeq;
    return List.of(
        verdict(SEQUENCE, sequence, range + ", numbered from 1 without a gap"),
        verdict(LINKS, links, "each entry names the previous entry's hash"),
        verdict(HASHES, hashes, "each hash recomputes from its entry"),
        verdict(
            CHECKPOINTS,
            signatures,
            checkpoints + " checkpoint signatures verify on their entries' seq and hash"));
  }

  private Break[] breaks() {
    return new Break[] {sequence, links, hashes, signatures};
  }

  private static Verdict verdict(String check, Break found, String fine) {
    return found == null ? Verdict.ok(check, fine) : Verdict.fail(check, found.line());
  }
}
