package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.util.List;

/**
 * Trustee j's secret share s_j = sum over i of f_i(j), from the shares it received (its own
 * included), each checked against its sender's commitments first. Kept on the trustee's machine.
 */
public final class TrusteeShare {
  private final int trustee;
  private final KeyPair share;

  private TrusteeShare(int trustee, KeyPair share) {
    this.trustee = trustee;
    this.share = share;
  }

  /**
   * received.get(i) is f_(i+1)(j), in the order of the election key's trustees.
   *
   * @throws CryptoRefusal naming the first sender whose share does not match its commitments
   */
  public static TrusteeShare combine(ElectionKey key, int trustee, List<BigInteger> received) {
    key.requireTrustee(trustee);
    if (received.size() != key.trusteeCount()) {
      throw new CryptoRefusal("one share from each of the " + key.trusteeCount() + " trustees");
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < received.size(); i++) {
      CoefficientCommitments sender = key.trustees().get(i);
      if (!sender.matchesShare(trustee, received.get(i))) {
        throw new CryptoRefusal(
            "the share from trustee " + sender.trustee() + " does not match its commitments");
      }
      sum = sum.add(received.get(i));
    }
    sum = sum.mod(Group.ORDER);
    if (sum.signum() == 0) {
      throw new CryptoRefusal("the shares add up to zero");
    }
    return new TrusteeShare(trustee, KeyPair.fromSecret(sum));
  }

  /**
   * A secret share combined earlier and kept by its trustee, taken back only if it is the one the
   * election key's commitments promise: s_j*G = K_j.
   */
  public static TrusteeShare restore(ElectionKey key, int trustee, BigInteger secret) {
    key.requireTrustee(trustee);
    KeyPair share = KeyPair.fromSecret(secret);
    if (!share.publicKey().equals(key.verificationKey(trustee))) {
      throw new CryptoRefusal(
          "this secret share is not trustee " + trustee + "'s share of this election key");
    }
    return new TrusteeShare(trustee, share);
  }

  public int trustee() {
    return trustee;
  }

  KeyPair keyPair() {
    return share;
  }

  public BigInteger secret() {
    return share.secret();
  }

  @Override
  public String toString() {
    return "TrusteeShare[trustee=" + trustee + "]";
  }
}
