package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Chaum-Pedersen: (A, B) under K encrypts exactly the constant m, i.e. A = r*G and B - m*G = r*K
 * for one r. Held as (c, v); commitments a = v*G - c*A and b = v*K - c*(B - m*G). A ballot uses it
 * on the sum of its ciphertexts with m = 1, and then the statement lists every ciphertext of the
 * sum in order, so the proof belongs to that ballot alone and not to a reordering of it.
 */
public record ConstantProof(BigInteger challenge, BigInteger response) implements CountProof {

  /** For one ciphertext on its own: the statement lists no parts. */
  public static ConstantProof prove(
      String electionId,
      ECPoint publicKey,
      Ciphertext ciphertext,
      int constant,
      BigInteger randomness,
      SecureRandom random) {
    return prove(
        statement(electionId, publicKey, constant, List.of(), ciphertext),
        publicKey,
        randomness,
        Group.randomScalar(random));
  }

  /** For the sum of the parts, in their order; randomness is the sum of theirs. */
  public static ConstantProof proveSum(
      String electionId,
      ECPoint publicKey,
      List<Ciphertext> parts,
      int constant,
      BigInteger randomness,
      SecureRandom random) {
    return prove(
        statement(electionId, publicKey, constant, parts, Ciphertext.sum(parts)),
        publicKey,
        randomness,
        Group.randomScalar(random));
  }

  /**
   * @throws CryptoRefusal for a malformed election id
   */
  public boolean verify(String electionId, ECPoint publicKey, Ciphertext ciphertext, int constant) {
    return verify(electionId, publicKey, List.of(), ciphertext, constant);
  }

  /**
   * @throws CryptoRefusal for a malformed election id
   */
  public boolean verifySum(
      String electionId, ECPoint publicKey, List<Ciphertext> parts, int constant) {
    if (parts.isEmpty()) {
      return false;
    }
    return verify(electionId, publicKey, parts, Ciphertext.sum(parts), constant);
  }

  private boolean verify(
      String electionId,
      ECPoint publicKey,
      List<Ciphertext> parts,
      Ciphertext ciphertext,
      int constant) {
    Transcript.requireElectionId(electionId);
    try {
      return verify(
          statement(electionId, publicKey, constant, parts, ciphertext),
          publicKey,
          ciphertext,
          constant);
    } catch (CryptoRefusal e) {
      return false; // an element with no encoding (the point at infinity)
    }
  }

  /** tag, election id, K, m, number of parts, A_1, B_1, ..., A_n, B_n, then A, B. */
  static Transcript statement(
      String electionId,
      ECPoint publicKey,
      int constant,
      List<Ciphertext> parts,
      Ciphertext ciphertext) {
    Transcript t =
        new Transcript(Tags.CONSTANT, electionId)
            .point(publicKey)
            .integer(constant)
            .integer(parts.size());
    for (Ciphertext part : parts) {
      t.point(part.a()).point(part.b());
    }
    return t.point(ciphertext.a()).point(ciphertext.b());
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
    ECPoint a = Group.baseAndPoint(response, Group.detached(ciphertext.a()), challenge.negate());
    ECPoint b = Group.twoPoints(publicKey, response, shifted, challenge.negate());
    return statement.copy().point(a).point(b);
  }
}
