package org.securevote.tools.crypto;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A trustee's own public key with its proof of knowledge: the other trustees encrypt its shares to
 * it. Trustees are numbered 1..n.
 */
public record TrusteePublicKey(int trustee, ECPoint key, SchnorrProof proof) {

  public static TrusteePublicKey publish(
      String electionId, int trustee, KeyPair key, SecureRandom random) {
    return new TrusteePublicKey(
        trustee, key.publicKey(), SchnorrProof.proveTrusteeKey(electionId, trustee, key, random));
  }

  public boolean verify(String electionId) {
    return trustee >= 1 && proof.verifyTrusteeKey(electionId, trustee, key);
  }
}
