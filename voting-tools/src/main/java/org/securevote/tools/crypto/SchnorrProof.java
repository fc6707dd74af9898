package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Knowledge of x with X = x*G, as (challenge c, response v): the commitment is a = v*G - c*X and c
 * must equal the hash of the statement and a. Trustees prove their public key and each polynomial
 * coefficient with it; the election key does not exist yet then, so the election id and the
 * trustee's (and coefficient's) index bind the proof instead.
 */
public record SchnorrProof(BigInteger challenge, BigInteger response) {

  public static SchnorrProof proveTrusteeKey(
      String electionId, int trustee, KeyPair key, SecureRandom random) {
    return prove(trusteeKeyStatement(electionId, trustee), key, Group.randomScalar(random));
  }

  public boolean verifyTrusteeKey(String electionId, int trustee, ECPoint publicKey) {
    return verify(trusteeKeyStatement(electionId, trustee), publicKey);
  }

  public static SchnorrProof proveCoefficient(
      String electionId, int trustee, int coefficient, KeyPair key, SecureRandom random) {
    return prove(
        coefficientStatement(electionId, trustee, coefficient), key, Group.randomScalar(random));
  }

  public boolean verifyCoefficient(
      String electionId, int trustee, int coefficient, ECPoint commitment) {
    return verify(coefficientStatement(electionId, trustee, coefficient), commitment);
  }

  static Transcript trusteeKeyStatement(String electionId, int trustee) {
    return new Transcript(Tags.TRUSTEE_KEY, electionId).integer(trustee);
  }

  static Transcript coefficientStatement(String electionId, int trustee, int coefficient) {
    return new Transcript(Tags.COEFFICIENT, electionId).integer(trustee).integer(coefficient);
  }

  /** The statement then X and the commitment u*G; v = u + c*x. */
  static SchnorrProof prove(Transcript statement, KeyPair key, BigInteger nonce) {
    ECPoint commitment = Group.base(nonce);
    BigInteger c = statement.copy().point(key.publicKey()).point(commitment).challenge();
    return new SchnorrProof(c, nonce.add(c.multiply(key.secret())).mod(Group.ORDER));
  }

  boolean verify(Transcript statement, ECPoint publicKey) {
    if (!Scalars.valid(challenge, response)) {
      return false;
    }
    try {
      return challenge.equals(hashInput(statement, publicKey).challenge());
    } catch (CryptoRefusal e) {
      return false; // the point at infinity where a point belongs
    }
  }

  /** What the challenge hashes: the statement, X and the commitment a = v*G - c*X. */
  Transcript hashInput(Transcript statement, ECPoint publicKey) {
    ECPoint commitment = Group.baseAndPoint(response, publicKey, challenge.negate());
    return statement.copy().point(publicKey).point(commitment);
  }
}
