package org.securevote.tools.crypto;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The election's public key K = sum of every trustee's C_0, built from the published commitments of
 * trustees 1..n, all of the same threshold k. Nobody ever holds the matching secret; any k trustees
 * together can decrypt with it. Whichever way it is made, the key and the threshold are the ones
 * the commitments give, so a record read back from a file cannot claim another K or k.
 */
public record ElectionKey(
    String electionId, ECPoint publicKey, int threshold, List<CoefficientCommitments> trustees) {

  /**
   * @throws CryptoRefusal unless the trustees are numbered 1..n in order, each committed to exactly
   *     threshold coefficients (1 <= k <= n) with valid proofs for this election, and publicKey is
   *     the sum of their C_0
   */
  public ElectionKey {
    Transcript.requireElectionId(electionId);
    trustees = List.copyOf(trustees);
    if (trustees.isEmpty()) {
      throw new CryptoRefusal("an election has at least one trustee");
    }
    if (threshold < 1 || threshold > trustees.size()) {
      throw new CryptoRefusal(
          "the threshold " + threshold + " does not lie in 1.." + trustees.size());
    }
    ECPoint sum = Group.INFINITY;
    for (int i = 0; i < trustees.size(); i++) {
      CoefficientCommitments t = trustees.get(i);
      if (t.trustee() != i + 1) {
        throw new CryptoRefusal("trustees are numbered 1..n in order; found " + t.trustee());
      }
      if (t.threshold() != threshold) {
        throw new CryptoRefusal(
            "trustee "
                + t.trustee()
                + " committed to a threshold of "
                + t.threshold()
                + "; the election's is "
                + threshold);
      }
      if (!t.verify(electionId)) {
        throw new CryptoRefusal("trustee " + t.trustee() + "'s proofs of knowledge fail");
      }
      sum = sum.add(t.constantTerm());
    }
    if (sum.isInfinity()) {
      throw new CryptoRefusal("the commitments add up to no key");
    }
    if (publicKey == null || !sum.equals(publicKey)) {
      throw new CryptoRefusal("the public key is not the sum of the trustees' C_0");
    }
    publicKey = sum.normalize();
  }

  /**
   * Checks the ceremony's public part against the election's own k and n: n trustees numbered 1..n
   * in order, each committed to k coefficients, every proof of knowledge valid for this election.
   */
  public static ElectionKey combine(
      String electionId, int threshold, int trusteeCount, List<CoefficientCommitments> trustees) {
    if (trusteeCount < 1 || threshold < 1 || threshold > trusteeCount) {
      throw new CryptoRefusal(
          "a " + threshold + "-of-" + trusteeCount + " election is not one with 1 <= k <= n");
    }
    if (trustees.size() != trusteeCount) {
      throw new CryptoRefusal(
          "the election has "
              + trusteeCount
              + " trustees; "
              + trustees.size()
              + " published commitments");
    }
    ECPoint key = Group.INFINITY;
    for (CoefficientCommitments t : trustees) {
      key = key.add(t.constantTerm()); // the constructor checks each trustee's threshold and proofs
    }
    return new ElectionKey(electionId, key, threshold, trustees);
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
