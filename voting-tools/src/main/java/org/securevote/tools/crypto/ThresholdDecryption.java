package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Combines any k valid partial decryptions into m*G = B - sum of lambda_j*D_j, with lambda_j the
 * Lagrange coefficient at 0 over the trustees taking part; then the small discrete log gives m.
 */
public final class ThresholdDecryption {
  private ThresholdDecryption() {}

  /**
   * @throws CryptoRefusal if fewer than k trustees took part, one took part twice, or a proof fails
   */
  public static ECPoint combine(
      ElectionKey key, Ciphertext ciphertext, List<PartialDecryption> partials) {
    if (partials.size() < key.threshold()) {
      throw new CryptoRefusal(
          "decrypting takes " + key.threshold() + " trustees; " + partials.size() + " took part");
    }
    Set<Integer> seen = new HashSet<>();
    for (PartialDecryption p : partials) {
      if (!seen.add(p.trustee())) {
        throw new CryptoRefusal("trustee " + p.trustee() + " took part twice");
      }
      if (!p.verify(key, ciphertext)) {
        throw new CryptoRefusal(
            "the partial decryption of trustee " + p.trustee() + " fails its proof");
      }
    }
    return interpolate(ciphertext, partials);
  }

  /** The count in a ciphertext, if it lies in 0..bound (e.g. the number of voters). */
  public static OptionalLong decrypt(
      ElectionKey key, Ciphertext ciphertext, List<PartialDecryption> partials, long bound) {
    return DiscreteLog.find(combine(key, ciphertext, partials), bound);
  }

  /** B - sum of lambda_j*D_j over the given (distinct) trustees; their proofs are not checked. */
  public static ECPoint interpolate(Ciphertext ciphertext, List<PartialDecryption> partials) {
    List<Integer> trustees = partials.stream().map(PartialDecryption::trustee).toList();
    ECPoint sum = Group.INFINITY;
    for (PartialDecryption p : partials) {
      sum = sum.add(p.share().multiply(lagrangeAtZero(p.trustee(), trustees)));
    }
    return ciphertext.b().subtract(sum).normalize();
  }

  /** lambda_j = product over the other m of m / (m - j), mod n. */
  public static BigInteger lagrangeAtZero(int trustee, List<Integer> trustees) {
    BigInteger numerator = BigInteger.ONE;
    BigInteger denominator = BigInteger.ONE;
    for (int m : trustees) {
      if (m != trustee) {
        numerator = numerator.multiply(BigInteger.valueOf(m)).mod(Group.ORDER);
        denominator = denominator.multiply(BigInteger.valueOf(m - trustee)).mod(Group.ORDER);
      }
    }
    return numerator.multiply(denominator.modInverse(Group.ORDER)).mod(Group.ORDER);
  }
}
