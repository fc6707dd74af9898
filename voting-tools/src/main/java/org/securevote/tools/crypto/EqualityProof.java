package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Chaum-Pedersen equality of discrete logs for a partial decryption: the same s gives trustee j's
 * verification key K_j = s*G and its share D = s*A of the ciphertext (A, B). Held as (c, v);
 * commitments a = v*G - c*K_j and b = v*A - c*D.
 */
public record EqualityProof(BigInteger challenge, BigInteger response) {

  static EqualityProof prove(
      String electionId,
      ECPoint electionKey,
      int trustee,
      KeyPair share,
      Ciphertext ciphertext,
      ECPoint partial,
      SecureRandom random) {
    return prove(
        statement(electionId, electionKey, trustee, share.publicKey(), ciphertext, partial),
        ciphertext,
        share.secret(),
        Group.randomScalar(random));
  }

  boolean verify(
      String electionId,
      ECPoint electionKey,
      int trustee,
      ECPoint verificationKey,
      Ciphertext ciphertext,
      ECPoint partial) {
    Transcript.requireElectionId(electionId);
    try {
      return verify(
          statement(electionId, electionKey, trustee, verificationKey, ciphertext, partial),
          verificationKey,
          ciphertext,
          partial);
    } catch (CryptoRefusal e) {
      return false; // an element with no encoding (the point at infinity)
    }
  }

  static Transcript statement(
      String electionId,
      ECPoint electionKey,
      int trustee,
      ECPoint verificationKey,
      Ciphertext ciphertext,
      ECPoint partial) {
    return new Transcript(Tags.PARTIAL_DECRYPTION, electionId)
        .point(electionKey)
        .integer(trustee)
        .point(verificationKey)
        .point(ciphertext.a())
        .point(ciphertext.b())
        .point(partial);
  }

  static EqualityProof prove(
      Transcript statement, Ciphertext ciphertext, BigInteger secret, BigInteger nonce) {
    BigInteger c =
        statement.copy().point(Group.base(nonce)).point(ciphertext.a().multiply(nonce)).challenge();
    return new EqualityProof(c, nonce.add(c.multiply(secret)).mod(Group.ORDER));
  }

  boolean verify(
      Transcript statement, ECPoint verificationKey, Ciphertext ciphertext, ECPoint partial) {
    if (!Scalars.valid(challenge, response)) {
      return false;
    }
    try {
      return challenge.equals(
          hashInput(statement, verificationKey, ciphertext, partial).challenge());
    } catch (CryptoRefusal e) {
      return false; // the point at infinity where a point belongs
    }
  }

  /** What the challenge hashes: the statement, a = v*G - c*K_j, b = v*A - c*D. */
  Transcript hashInput(
      Transcript statement, ECPoint verificationKey, Ciphertext ciphertext, ECPoint partial) {
    ECPoint a = Group.baseAndPoint(response, verificationKey, challenge.negate());
    ECPoint b =
        Group.twoPoints(
            Group.detached(ciphertext.a()), response, Group.detached(partial), challenge.negate());
    return statement.copy().point(a).point(b);
  }
}
