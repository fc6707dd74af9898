package org.securevote.tools.crypto;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Trustee j's part of decrypting (A, B): D_j = s_j*A, with the proof that it used the same s_j as
 * its verification key K_j = s_j*G. It reveals nothing about the message on its own.
 */
public record PartialDecryption(int trustee, ECPoint share, EqualityProof proof) {

  public static PartialDecryption compute(
      ElectionKey key, TrusteeShare trustee, Ciphertext ciphertext, SecureRandom random) {
    ECPoint share = ciphertext.a().multiply(trustee.secret()).normalize();
    EqualityProof proof =
        EqualityProof.prove(
            key.electionId(),
            key.publicKey(),
            trustee.trustee(),
            trustee.keyPair(),
            ciphertext,
            share,
            random);
    return new PartialDecryption(trustee.trustee(), share, proof);
  }

  /**
   * Checked against a verification key K_j derived by the caller from the published commitments (a
   * verifier that must go on when some trustee's proofs fail cannot build an ElectionKey).
   *
   * @throws CryptoRefusal for a malformed election id
   */
  public boolean verify(
      String electionId, ECPoint electionKey, ECPoint verificationKey, Ciphertext ciphertext) {
    return trustee >= 1
        && proof.verify(electionId, electionKey, trustee, verificationKey, ciphertext, share);
  }

  /** Checked against the verification key that anyone derives from the commitments. */
  public boolean verify(ElectionKey key, Ciphertext ciphertext) {
    if (trustee < 1 || trustee > key.trusteeCount()) {
      return false;
    }
    return proof.verify(
        key.electionId(),
        key.publicKey(),
        trustee,
        key.verificationKey(trustee),
        ciphertext,
        share);
  }
}
