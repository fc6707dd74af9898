package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.OptionalLong;
import org.bouncycastle.math.ec.ECPoint;

/** Exponential ElGamal: the message sits in the exponent, so only small counts come back out. */
public final class ElGamal {
  private ElGamal() {}

  /** A fresh encryption of m under the public key K; the caller keeps r only to prove or reveal. */
  public static Ciphertext encrypt(ECPoint publicKey, long message, SecureRandom random) {
    return encrypt(publicKey, message, Group.randomScalar(random));
  }

  /** (r*G, m*G + r*K). */
  public static Ciphertext encrypt(ECPoint publicKey, long message, BigInteger randomness) {
    if (randomness.signum() <= 0 || randomness.compareTo(Group.ORDER) >= 0) {
      throw new IllegalArgumentException("encryption randomness lies in 1..n-1");
    }
    ECPoint a = Group.base(randomness);
    ECPoint b = Group.baseAndPoint(BigInteger.valueOf(message), publicKey, randomness);
    return new Ciphertext(a.normalize(), b.normalize());
  }

  /** m*G = B - x*A; the small discrete log then gives m. */
  public static ECPoint decryptToPoint(BigInteger secretKey, Ciphertext ciphertext) {
    return ciphertext.b().subtract(ciphertext.a().multiply(secretKey)).normalize();
  }

  /** The message, if it lies in 0..bound. */
  public static OptionalLong decrypt(BigInteger secretKey, Ciphertext ciphertext, long bound) {
    return DiscreteLog.find(decryptToPoint(secretKey, ciphertext), bound);
  }
}
