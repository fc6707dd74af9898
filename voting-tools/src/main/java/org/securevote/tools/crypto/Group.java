package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;

/**
 * The group: NIST P-256 (prime order n, cofactor 1). Points travel as SEC1 compressed (33 bytes),
 * scalars as 32 bytes big-endian. Decoding refuses anything that is not a canonical group element,
 * so every other class may trust the points and scalars it holds.
 */
public final class Group {
  /** BC's specialised P-256 field arithmetic: several times faster than the generic curve. */
  private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256r1");

  public static final ECCurve CURVE = PARAMETERS.getCurve();
  public static final ECPoint G = PARAMETERS.getG().normalize();
  public static final BigInteger ORDER = PARAMETERS.getN();
  public static final ECPoint INFINITY = CURVE.getInfinity();
  public static final int POINT_BYTES = 33;
  public static final int SCALAR_BYTES = 32;

  private static final FixedPointCombMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();

  private Group() {}

  /** k*G, with the precomputed table for the generator. */
  public static ECPoint base(BigInteger k) {
    return BASE_MULTIPLIER.multiply(G, k.mod(ORDER));
  }

  /** a*G + b*Q in one pass: what every proof check needs. */
  public static ECPoint baseAndPoint(BigInteger a, ECPoint q, BigInteger b) {
    return ECAlgorithms.sumOfTwoMultiplies(G, a.mod(ORDER), q, b.mod(ORDER));
  }

  /** a*P + b*Q in one pass. */
  public static ECPoint twoPoints(ECPoint p, BigInteger a, ECPoint q, BigInteger b) {
    return ECAlgorithms.sumOfTwoMultiplies(p, a.mod(ORDER), q, b.mod(ORDER));
  }

  /**
   * The same point as a new object with no precomputation attached. Bouncy Castle keeps the table
   * it builds for a multiplication on the point object itself; a ballot's A and B would otherwise
   * each keep theirs (kilobytes) for as long as the ballot is held, e.g. 100,000 ballots in a
   * record.
   */
  public static ECPoint detached(ECPoint p) {
    if (p.isInfinity()) {
      return p;
    }
    ECPoint n = p.normalize();
    return CURVE.createPoint(
        n.getAffineXCoord().toBigInteger(), n.getAffineYCoord().toBigInteger());
  }

  /** A uniform scalar in 1..n-1: secret keys, encryption randomness and proof nonces. */
  public static BigInteger randomScalar(SecureRandom random) {
    return BigIntegers.createRandomInRange(BigInteger.ONE, ORDER.subtract(BigInteger.ONE), random);
  }

  public static byte[] encodePoint(ECPoint point) {
    if (point.isInfinity()) {
      throw new CryptoRefusal("the point at infinity has no encoding here");
    }
    return point.getEncoded(true);
  }

  /** A compressed point on the curve, never the point at infinity. */
  public static ECPoint decodePoint(byte[] bytes) {
    if (bytes.length != POINT_BYTES || (bytes[0] != 0x02 && bytes[0] != 0x03)) {
      throw new CryptoRefusal("a point is 33 bytes, SEC1 compressed");
    }
    ECPoint point;
    try {
      point = CURVE.decodePoint(bytes);
    } catch (IllegalArgumentException e) {
      throw new CryptoRefusal("not a point on P-256", e);
    }
    if (point.isInfinity() || !point.isValid()) {
      throw new CryptoRefusal("not a point on P-256");
    }
    return point.normalize();
  }

  public static byte[] encodeScalar(BigInteger scalar) {
    if (scalar.signum() < 0 || scalar.compareTo(ORDER) >= 0) {
      throw new CryptoRefusal("a scalar lies in 0..n-1");
    }
    return BigIntegers.asUnsignedByteArray(SCALAR_BYTES, scalar);
  }

  /** 32 bytes big-endian, below the group order n. */
  public static BigInteger decodeScalar(byte[] bytes) {
    if (bytes.length != SCALAR_BYTES) {
      throw new CryptoRefusal("a scalar is 32 bytes");
    }
    BigInteger scalar = new BigInteger(1, bytes);
    if (scalar.compareTo(ORDER) >= 0) {
      throw new CryptoRefusal("a scalar lies in 0..n-1");
    }
    return scalar;
  }

  public static String pointHex(ECPoint point) {
    return Hex.toHexString(encodePoint(point));
  }

  public static ECPoint pointFromHex(String hex) {
    return decodePoint(fromHex(hex));
  }

  public static String scalarHex(BigInteger scalar) {
    return Hex.toHexString(encodeScalar(scalar));
  }

  public static BigInteger scalarFromHex(String hex) {
    return decodeScalar(fromHex(hex));
  }

  /** Lowercase hex only, so each value has exactly one spelling. */
  private static byte[] fromHex(String hex) {
    if (hex.length() % 2 != 0
        || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new CryptoRefusal("lowercase hex expected");
    }
    return Hex.decode(hex);
  }
}
