package org.securevote.tools.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One entry of the audit trail as exported (docs/audit-trail.md), with the server's checkpoint
 * signature on its (seq, hash) when one was made there, else the empty string.
 */
public record TrailRow(
    long seq,
    String recordedAt,
    String actor,
    String action,
    String subject,
    String detail,
    String prevHash,
    String hash,
    String checkpointSignature) {

  /** The prev_hash of entry 1. */
  public static final String GENESIS = "0".repeat(64);

  /** What {@link #hash()} must be for this row's content. */
  public String computeHash() {
    return hashOf(prevHash, seq, recordedAt, actor, action, subject, detail);
  }

  public boolean checkpointed() {
    return !checkpointSignature.isEmpty();
  }

  /**
   * SHA-256, lowercase hex, of the UTF-8 fields joined by a line feed, in this order; recordedAt as
   * Java's Instant.toString spells it (ISO-8601 UTC, e.g. 2026-12-01T13:29:57.123456Z).
   */
  public static String hashOf(
      String prevHash,
      long seq,
      String recordedAt,
      String actor,
      String action,
      String subject,
      String detail) {
    String canonical =
        String.join("\n", prevHash, Long.toString(seq), recordedAt, actor, action, subject, detail);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
