package org.securevote.ballot.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.securevote.integrity.Trackers;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SingleChoiceBallot;
import org.securevote.tools.crypto.ZeroOneProof;

/**
 * A ballot's tracker: SHA-256 of its transcript (tag, election id, the number of candidates, each
 * candidate's A, B, c0, c1, v0, v1, then the sum proof), as 64 hex digits, and the short form
 * voters see. Stands in for voting-tools' {@code Tracker} (same bytes) until that is on main.
 */
public record BallotTracker(String digest, String shortForm) {
  static final String TAG = "securevote/v1/tracker";

  public static BallotTracker of(String electionId, SingleChoiceBallot ballot) {
    Fields t = new Fields().text(TAG).text(electionId);
    t.integer(ballot.selections().size());
    for (int i = 0; i < ballot.selections().size(); i++) {
      Ciphertext c = ballot.selections().get(i);
      ZeroOneProof p = ballot.zeroOrOne().get(i);
      t.point(c.a()).point(c.b());
      t.scalar(p.c0()).scalar(p.c1()).scalar(p.v0()).scalar(p.v1());
    }
    t.scalar(ballot.sumIsOne().challenge()).scalar(ballot.sumIsOne().response());
    byte[] digest = Trackers.sha256(t.bytes.toByteArray());
    return new BallotTracker(HexFormat.of().formatHex(digest), Trackers.shortForm(digest));
  }

  /** The length-prefixed transcript encoding of docs/election-crypto.md. */
  private static final class Fields {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Fields text(String value) {
      return field(value.getBytes(StandardCharsets.UTF_8));
    }

    Fields integer(int value) {
      return field(ByteBuffer.allocate(4).putInt(value).array());
    }

    Fields point(org.bouncycastle.math.ec.ECPoint value) {
      return field(Group.encodePoint(value));
    }

    Fields scalar(java.math.BigInteger value) {
      return field(Group.encodeScalar(value));
    }

    private Fields field(byte[] value) {
      bytes.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
      bytes.writeBytes(value);
      return this;
    }
  }
}
