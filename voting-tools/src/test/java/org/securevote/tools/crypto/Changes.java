package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/** Small alterations for the "change one element and the proof fails" tests. */
final class Changes {
  static final SecureRandom RANDOM = new SecureRandom();

  /** Election ids as the server makes them: 32 lowercase hex characters. */
  static final String ELECTION = "7f3a0c5e9b2d4f6a8c1e3b5d7f9a0c2e";

  static final String OTHER_ELECTION = "7f3b0c5e9b2d4f6a8c1e3b5d7f9a0c2e";

  private Changes() {}

  static BigInteger plusOne(BigInteger scalar) {
    return scalar.add(BigInteger.ONE).mod(Group.ORDER);
  }

  static ECPoint plusG(ECPoint point) {
    return point.add(Group.G).normalize();
  }

  static Ciphertext changedA(Ciphertext c) {
    return new Ciphertext(plusG(c.a()), c.b());
  }

  static Ciphertext changedB(Ciphertext c) {
    return new Ciphertext(c.a(), plusG(c.b()));
  }
}
