package org.securevote.tools.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The one canonical encoding of what a Fiat-Shamir challenge hashes (docs/election-crypto.md):
 * fields in a fixed order, each as a 4-byte big-endian length and then its bytes. It always starts
 * with a domain tag naming the proof kind and the election id, so no proof fits another kind or
 * another election.
 */
final class Transcript {
  /** The server's election id (ElectionId): one spelling, plain ASCII, the same bytes in JS. */
  private static final Pattern ELECTION_ID = Pattern.compile("[0-9a-f]{32}");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  Transcript(String tag, String electionId) {
    text(tag);
    text(requireElectionId(electionId));
  }

  /**
   * Refuses anything but 32 lowercase hex characters, before a proof is made or checked: free text
   * would let Java and the browser encode the same id differently (a lone surrogate).
   */
  static String requireElectionId(String electionId) {
    if (electionId == null || !ELECTION_ID.matcher(electionId).matches()) {
      throw new CryptoRefusal("an election id is exactly 32 lowercase hex characters");
    }
    return electionId;
  }

  private Transcript(byte[] prefix) {
    bytes.writeBytes(prefix);
  }

  Transcript copy() {
    return new Transcript(bytes());
  }

  Transcript text(String value) {
    return field(value.getBytes(StandardCharsets.UTF_8));
  }

  /** A point, SEC1 compressed; the point at infinity is refused. */
  Transcript point(ECPoint value) {
    return field(Group.encodePoint(value));
  }

  Transcript scalar(BigInteger value) {
    return field(Group.encodeScalar(value));
  }

  /** A small non-negative number (an index, a constant) as 4 bytes big-endian. */
  Transcript integer(int value) {
    if (value < 0) {
      throw new CryptoRefusal("integers in a transcript are non-negative");
    }
    return field(uint32(value));
  }

  byte[] bytes() {
    return bytes.toByteArray();
  }

  /** SHA-256 of the bytes, read big-endian, reduced mod n. */
  BigInteger challenge() {
    return new BigInteger(1, sha256(bytes())).mod(Group.ORDER);
  }

  private Transcript field(byte[] value) {
    bytes.writeBytes(uint32(value.length));
    bytes.writeBytes(value);
    return this;
  }

  private static byte[] uint32(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
