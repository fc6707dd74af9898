package org.securevote.tools.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.util.encoders.Hex;

/**
 * A ballot's tracker: SHA-256 of its transcript (tag, election id, the number of candidates, then
 * each candidate's A, B, c0, c1, v0, v1, then the count proof: the sum proof's challenge and
 * response, or the count-in-range proof's bounds and its challenge and response per branch, or for
 * several questions their number and, per question, its number of candidates and its count-in-range
 * proof as before). It names exactly these bytes, so a voter who finds it on the bulletin board
 * finds the ballot their device made, proofs included.
 */
public final class Tracker {
  static final String TAG = "securevote/v1/tracker";
  // Crockford's base32: no I, L, O or U, so a tracker read aloud or retyped stays unambiguous.
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SYMBOLS = 15; // 75 bits

  private Tracker() {}

  /** The 32-byte digest. */
  public static byte[] digest(String electionId, EncryptedBallot ballot) {
    return sha256(transcript(electionId, ballot).bytes());
  }

  /** The digest as 64 lowercase hex digits, as the election record holds it. */
  public static String of(String electionId, EncryptedBallot ballot) {
    return Hex.toHexString(digest(electionId, ballot));
  }

  /** What the digest hashes (for the test vectors). */
  static Transcript transcript(String electionId, EncryptedBallot ballot) {
    if (ballot.selections().size() != ballot.zeroOrOne().size()) {
      throw new CryptoRefusal("a ballot holds one ciphertext and one proof per candidate");
    }
    Transcript t = new Transcript(TAG, electionId).integer(ballot.selections().size());
    for (int i = 0; i < ballot.selections().size(); i++) {
      Ciphertext c = ballot.selections().get(i);
      ZeroOneProof p = ballot.zeroOrOne().get(i);
      t.point(c.a()).point(c.b()).scalar(p.c0()).scalar(p.c1()).scalar(p.v0()).scalar(p.v1());
    }
    if (ballot.count() instanceof CountInRangeProof range) {
      return range(t, range);
    }
    if (ballot.count() instanceof QuestionCounts questions) {
      t.integer(questions.questions().size());
      for (QuestionCounts.QuestionCount q : questions.questions()) {
        range(t.integer(q.candidates()), q.range());
      }
      return t;
    }
    return t.scalar(ballot.sumIsOne().challenge()).scalar(ballot.sumIsOne().response());
  }

  private static Transcript range(Transcript t, CountInRangeProof range) {
    t.integer(range.lo()).integer(range.hi());
    for (int i = 0; i < range.challenges().size(); i++) {
      t.scalar(range.challenges().get(i)).scalar(range.responses().get(i));
    }
    return t;
  }

  /**
   * What voters see and look up: the first 75 bits of the digest as 15 Crockford base32 symbols,
   * most significant bit first, in groups of five, e.g. {@code 7KQ2M-XR9PA-4HC0T}.
   */
  public static String shortForm(byte[] digest) {
    if (digest.length != 32) {
      throw new CryptoRefusal("a tracker digest is 32 bytes");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < SYMBOLS; i++) {
      if (i > 0 && i % 5 == 0) {
        out.append('-');
      }
      out.append(ALPHABET[fiveBits(digest, i * 5)]);
    }
    return out.toString();
  }

  /** The short form of a tracker given as 64 lowercase hex digits. */
  public static String shortForm(String hex) {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new CryptoRefusal("a tracker is 64 lowercase hex digits");
    }
    return shortForm(Hex.decode(hex));
  }

  private static int fiveBits(byte[] bytes, int bitOffset) {
    int value = 0;
    for (int bit = bitOffset; bit < bitOffset + 5; bit++) {
      value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
    }
    return value;
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
