package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Chaum-Pedersen: (A, B) under K encrypts exactly the constant m, i.e. A = r*G and B - m*G = r*K
 * for one r. Held as (c, v); commitments a = v*G - c*A and b = v*K - c*(B - m*G). A ballot uses it
 * on the sum of its ciphertexts with m = 1.
 */
public record ConstantProof(BigInteger challenge, BigInteger response) {

  public static ConstantProof prove(
      String electionId,
      ECPoint publicKey,
      Ciphertext ciphertext,
      int constant,
      BigInteger randomness,
      SecureRandom random) {
    return prove(
        statement(electionId, publicKey, ciphertext, constant),
        publicKey,
        randomness,
        Group.randomScalar(random));
  }

  public boolean verify(String electionId, ECPoint publicKey, Ciphertext ciphertext, int constant) {
    try {
      return verify(
          statement(electionId, publicKey, ciphertext, constant), publicKey, ciphertext, constant);
    } catch (CryptoRefusal e) {
      return false; // an element with no encoding (the point at infinity)
    }
  }

  static Transcript statement(
      String electionId, ECPoint publicKey, Ciphertext ciphertext, int constant) {
    return new Transcript(Tags.CONSTANT, electionId)
        .point(publicKey)
        .integer(constant)
        .point(ciphertext.a())
        .point(ciphertext.b());
  }

  static ConstantProof prove(
      Transcript statement, ECPoint publicKey, BigInteger randomness, BigInteger nonce) {
    BigInteger c =
        statement.copy().point(Group.base(nonce)).point(publicKey.multiply(nonce)).challenge();
    return new ConstantProof(c, nonce.add(c.multiply(randomness)).mod(Group.ORDER));
  }

  boolean verify(Transcript statement, ECPoint publicKey, Ciphertext ciphertext, int constant) {
    if (!Scalars.valid(challenge, response) || constant < 0) {
      return false;
    }
    try {
      return challenge.equals(hashInput(statement, publicKey, ciphertext, constant).challenge());
    } catch (CryptoRefusal e) {
      return false; // the point at infinity where a point belongs
    }
  }

  /** What the challenge hashes: the statement, a = v*G - c*A, b = v*K - c*(B - m*G). */
  Transcript hashInput(
      Transcript statement, ECPoint publicKey, Ciphertext ciphertext, int constant) {
    ECPoint shifted = ciphertext.b().subtract(Group.base(BigInteger.valueOf(constant)));
    ECPoint a = Group.baseAndPoint(response, ciphertext.a(), challenge.negate());
    ECPoint b = Group.twoPoints(publicKey, response, shifted, challenge.negate());
    return statement.copy().point(a).point(b);
  }
}
