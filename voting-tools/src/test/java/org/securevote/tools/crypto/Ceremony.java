package org.securevote.tools.crypto;

import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A whole key ceremony of n trustees with threshold k, as the tool will run it, in memory. */
final class Ceremony {
  final String electionId;
  final List<KeyPair> trusteeKeys = new ArrayList<>();
  final List<Polynomial> polynomials = new ArrayList<>();
  final ElectionKey key;
  final List<TrusteeShare> shares = new ArrayList<>();

  Ceremony(String electionId, int threshold, int trustees) {
    this.electionId = electionId;
    List<TrusteePublicKey> published = new ArrayList<>();
    List<CoefficientCommitments> commitments = new ArrayList<>();
    for (int i = 1; i <= trustees; i++) {
      KeyPair own = KeyPair.generate(RANDOM);
      trusteeKeys.add(own);
      published.add(TrusteePublicKey.publish(electionId, i, own, RANDOM));
      Polynomial p = Polynomial.random(threshold, RANDOM);
      polynomials.add(p);
      commitments.add(p.commit(electionId, i, RANDOM));
    }
    key = ElectionKey.combine(electionId, threshold, trustees, commitments);
    for (int j = 1; j <= trustees; j++) {
      if (!published.get(j - 1).verify(electionId)) {
        throw new AssertionError("trustee key " + j);
      }
      List<BigInteger> received = new ArrayList<>();
      for (int i = 1; i <= trustees; i++) {
        SealedShare sealed =
            ShareTransport.seal(
                electionId, i, published.get(j - 1), polynomials.get(i - 1).at(j), RANDOM);
        received.add(ShareTransport.open(electionId, j, trusteeKeys.get(j - 1), sealed));
      }
      shares.add(TrusteeShare.combine(key, j, received));
    }
  }

  /** The election secret that no one holds: only a test can add up every constant term. */
  BigInteger electionSecret() {
    return polynomials.stream()
        .map(p -> p.at(0))
        .reduce(BigInteger.ZERO, BigInteger::add)
        .mod(Group.ORDER);
  }

  PartialDecryption partial(int trustee, Ciphertext c) {
    return PartialDecryption.compute(key, shares.get(trustee - 1), c, RANDOM);
  }

  /** Every subset of 1..n of the given size. */
  static List<List<Integer>> subsets(int n, int size) {
    List<List<Integer>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) == size) {
        List<Integer> subset = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if ((mask & 1 << i) != 0) {
            subset.add(i + 1);
          }
        }
        all.add(subset);
      }
    }
    return all;
  }
}
