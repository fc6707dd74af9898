package org.securevote.it;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.integrity.Trackers;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SingleChoiceBallot;
import org.securevote.tools.crypto.ZeroOneProof;

/**
 * The tracker digest of the issue-11 contract (length-prefixed transcript fields) and its short
 * form, for test fixtures until voting-tools' Tracker is on this branch.
 */
public final class TrackerDigest {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private TrackerDigest() {}

  /** SHA-256 of the tracker transcript, 64 lowercase hex digits. */
  public static String of(String electionId, SingleChoiceBallot ballot) {
    TrackerDigest t = new TrackerDigest();
    t.text("securevote/v1/tracker").text(electionId).integer(ballot.selections().size());
    for (int i = 0; i < ballot.selections().size(); i++) {
      Ciphertext c = ballot.selections().get(i);
      ZeroOneProof p = ballot.zeroOrOne().get(i);
      t.point(c.a()).point(c.b()).scalar(p.c0()).scalar(p.c1()).scalar(p.v0()).scalar(p.v1());
    }
    t.scalar(ballot.sumIsOne().challenge()).scalar(ballot.sumIsOne().response());
    return HexFormat.of().formatHex(Trackers.sha256(t.bytes.toByteArray()));
  }

  /** The first 75 bits as XXXXX-XXXXX-XXXXX in Crockford base32. */
  public static String shortForm(String digestHex) {
    BigInteger bits = new BigInteger(1, HexFormat.of().parseHex(digestHex)).shiftRight(256 - 75);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      if (i > 0 && i % 5 == 0) {
        s.append('-');
      }
      s.append(ALPHABET[bits.shiftRight(5 * (14 - i)).intValue() & 31]);
    }
    return s.toString();
  }

  private TrackerDigest text(String value) {
    return field(value.getBytes(StandardCharsets.UTF_8));
  }

  private TrackerDigest integer(int value) {
    return field(ByteBuffer.allocate(4).putInt(value).array());
  }

  private TrackerDigest point(ECPoint p) {
    return field(Group.encodePoint(p));
  }

  private TrackerDigest scalar(BigInteger s) {
    return field(Group.encodeScalar(s));
  }

  private TrackerDigest field(byte[] value) {
    bytes.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
    bytes.writeBytes(value);
    return this;
  }
}
