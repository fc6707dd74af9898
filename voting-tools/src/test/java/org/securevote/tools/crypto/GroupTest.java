package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class GroupTest {

  @Test
  void aPointRoundTripsThroughItsCompressedHex() {
    ECPoint p = Group.base(BigInteger.valueOf(12345));
    String hex = Group.pointHex(p);
    assertEquals(66, hex.length());
    assertEquals(p, Group.pointFromHex(hex));
  }

  @Test
  void theGeneratorHasTheStandardEncoding() {
    assertEquals(
        "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
        Group.pointHex(Group.G));
  }

  @Test
  void aScalarRoundTripsAsThirtyTwoBytes() {
    BigInteger s = Group.ORDER.subtract(BigInteger.TWO);
    assertEquals(s, Group.scalarFromHex(Group.scalarHex(s)));
    assertEquals(64, Group.scalarHex(BigInteger.ONE).length());
  }

  @Test
  void aPointOffTheCurveIsRefused() {
    byte[] offCurve = findXWithoutPoint();
    assertThrows(CryptoRefusal.class, () -> Group.decodePoint(offCurve));
  }

  @Test
  void anXAtOrAboveTheFieldPrimeIsRefused() {
    byte[] bytes = new byte[33];
    bytes[0] = 0x02;
    Arrays.fill(bytes, 1, 33, (byte) 0xff);
    assertThrows(CryptoRefusal.class, () -> Group.decodePoint(bytes));
  }

  @Test
  void thePointAtInfinityIsRefused() {
    assertThrows(CryptoRefusal.class, () -> Group.decodePoint(new byte[] {0}));
    assertThrows(CryptoRefusal.class, () -> Group.decodePoint(new byte[33]));
    assertThrows(CryptoRefusal.class, () -> Group.encodePoint(Group.INFINITY));
  }

  @Test
  void anUncompressedOrShortPointIsRefused() {
    byte[] uncompressed = Group.G.getEncoded(false);
    assertThrows(CryptoRefusal.class, () -> Group.decodePoint(uncompressed));
    byte[] shortOne = Arrays.copyOf(Group.encodePoint(Group.G), 32);
    assertThrows(CryptoRefusal.class, () -> Group.decodePoint(shortOne));
  }

  @Test
  void aScalarAtOrAboveTheOrderIsRefused() {
    assertThrows(
        CryptoRefusal.class,
        () -> Group.decodeScalar(BigIntegers.asUnsignedByteArray(32, Group.ORDER)));
    assertThrows(CryptoRefusal.class, () -> Group.encodeScalar(Group.ORDER));
    assertThrows(CryptoRefusal.class, () -> Group.decodeScalar(new byte[31]));
  }

  @Test
  void onlyLowercaseHexIsAccepted() {
    String upper = Group.pointHex(Group.G).toUpperCase();
    assertThrows(CryptoRefusal.class, () -> Group.pointFromHex(upper));
  }

  @Test
  void aSecretKeyIsNeitherZeroNorTheOrder() {
    assertThrows(CryptoRefusal.class, () -> KeyPair.fromSecret(BigInteger.ZERO));
    assertThrows(CryptoRefusal.class, () -> KeyPair.fromSecret(Group.ORDER));
  }

  @Test
  void theTranscriptPrefixesEveryFieldWithItsLength() {
    byte[] bytes = new Transcript("t", Changes.ELECTION).integer(258).bytes();
    String id = Hex.toHexString(Changes.ELECTION.getBytes(StandardCharsets.US_ASCII));
    assertArrayEquals(
        Hex.decode("00000001" + "74" + "00000020" + id + "00000004" + "00000102"), bytes);
  }

  @Test
  void aTranscriptTakesOnlyTheServersElectionIds() {
    for (String id :
        new String[] {
          "e", "e\ud800", Changes.ELECTION.toUpperCase(), Changes.ELECTION + "\n", "", null
        }) {
      CryptoRefusal refusal = assertThrows(CryptoRefusal.class, () -> new Transcript("t", id));
      assertEquals("an election id is exactly 32 lowercase hex characters", refusal.getMessage());
    }
  }

  /** The first x from 1 up that is not the x of a curve point, as a compressed encoding. */
  private static byte[] findXWithoutPoint() {
    for (int x = 1; ; x++) {
      byte[] bytes = new byte[33];
      bytes[0] = 0x02;
      bytes[32] = (byte) x;
      try {
        Group.CURVE.decodePoint(bytes);
      } catch (IllegalArgumentException e) {
        return bytes;
      }
    }
  }
}
