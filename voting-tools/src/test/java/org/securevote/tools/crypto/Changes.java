package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/** Small alterations for the "change one element and the proof fails" tests. */
final class Changes {
  static final SecureRandom RANDOM = new SecureRandom();
  static final String ELECTION = "election-7f3a";
  static final String OTHER_ELECTION = "election-7f3b";

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
