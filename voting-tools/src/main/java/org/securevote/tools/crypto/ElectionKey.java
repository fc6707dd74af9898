package org.securevote.tools.crypto;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The election's public key K = sum of every trustee's C_0, built from the published commitments of
 * trustees 1..n, all of the same threshold k. Nobody ever holds the matching secret; any k trustees
 * together can decrypt with it.
 */
public record ElectionKey(
    String electionId, ECPoint publicKey, int threshold, List<CoefficientCommitments> trustees) {

  public ElectionKey {
    trustees = List.copyOf(trustees);
  }

  /**
   * Checks the ceremony's public part: trustees numbered 1..n in order, one threshold k with 1 <= k
   * <= n, every proof of knowledge valid for this election.
   */
  public static ElectionKey combine(String electionId, List<CoefficientCommitments> trustees) {
    if (trustees.isEmpty()) {
      throw new CryptoRefusal("an election has at least one trustee");
    }
    int threshold = trustees.get(0).threshold();
    if (threshold < 1 || threshold > trustees.size()) {
      throw new CryptoRefusal("the threshold lies in 1..number of trustees");
    }
    ECPoint key = Group.INFINITY;
    for (int i = 0; i < trustees.size(); i++) {
      CoefficientCommitments t = trustees.get(i);
      if (t.trustee() != i + 1) {
        throw new CryptoRefusal("trustees are numbered 1..n in order; found " + t.trustee());
      }
      if (t.threshold() != threshold) {
        throw new CryptoRefusal("trustee " + t.trustee() + " committed to another threshold");
      }
      if (!t.verify(electionId)) {
        throw new CryptoRefusal("trustee " + t.trustee() + "'s proofs of knowledge fail");
      }
      key = key.add(t.constantTerm());
    }
    if (key.isInfinity()) {
      throw new CryptoRefusal("the commitments add up to no key");
    }
    return new ElectionKey(electionId, key.normalize(), threshold, trustees);
  }

  public int trusteeCount() {
    return trustees.size();
  }

  /** K_j = s_j*G: the sum over all trustees i of f_i(j)*G; anyone can compute it. */
  public ECPoint verificationKey(int trustee) {
    requireTrustee(trustee);
    ECPoint sum = Group.INFINITY;
    for (CoefficientCommitments t : trustees) {
      sum = sum.add(t.shareImage(trustee));
    }
    return sum.normalize();
  }

  public List<ECPoint> verificationKeys() {
    List<ECPoint> keys = new ArrayList<>();
    for (int j = 1; j <= trusteeCount(); j++) {
      keys.add(verificationKey(j));
    }
    return keys;
  }

  void requireTrustee(int trustee) {
    if (trustee < 1 || trustee > trusteeCount()) {
      throw new CryptoRefusal("no trustee " + trustee + " in this election");
    }
  }
}
