package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A trustee's secret polynomial f(x) = a_0 + a_1*x + ... + a_(k-1)*x^(k-1) mod n. Its constant term
 * is the trustee's part of the election secret; f(j) is trustee j's share of it. It never leaves
 * the trustee's machine.
 */
public final class Polynomial {
  private final List<BigInteger> coefficients;

  Polynomial(List<BigInteger> coefficients) {
    if (coefficients.isEmpty()) {
      throw new IllegalArgumentException("a polynomial has at least its constant term");
    }
    this.coefficients = List.copyOf(coefficients);
  }

  /** Degree threshold-1: any threshold of its values give back a_0, fewer give nothing. */
  public static Polynomial random(int threshold, SecureRandom random) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold is at least 1");
    }
    List<BigInteger> coefficients = new ArrayList<>();
    for (int l = 0; l < threshold; l++) {
      coefficients.add(Group.randomScalar(random));
    }
    return new Polynomial(coefficients);
  }

  /**
   * A polynomial kept by its trustee (e.g. read back from its encrypted key file); coefficients in
   * 1..n-1, constant term first.
   */
  public static Polynomial of(List<BigInteger> coefficients) {
    for (BigInteger a : coefficients) {
      if (a.signum() <= 0 || a.compareTo(Group.ORDER) >= 0) {
        throw new CryptoRefusal("a coefficient lies in 1..n-1");
      }
    }
    return new Polynomial(coefficients);
  }

  public int threshold() {
    return coefficients.size();
  }

  /** f(x) by Horner's rule. */
  public BigInteger at(int x) {
    BigInteger point = BigInteger.valueOf(x);
    BigInteger value = BigInteger.ZERO;
    for (int l = coefficients.size() - 1; l >= 0; l--) {
      value = value.multiply(point).add(coefficients.get(l)).mod(Group.ORDER);
    }
    return value;
  }

  /** C_l = a_l*G for each coefficient, each with its proof of knowledge. */
  public CoefficientCommitments commit(String electionId, int trustee, SecureRandom random) {
    List<CoefficientCommitments.Commitment> commitments = new ArrayList<>();
    for (int l = 0; l < coefficients.size(); l++) {
      KeyPair coefficient = KeyPair.fromSecret(coefficients.get(l));
      commitments.add(
          new CoefficientCommitments.Commitment(
              coefficient.publicKey(),
              SchnorrProof.proveCoefficient(electionId, trustee, l, coefficient, random)));
    }
    return new CoefficientCommitments(trustee, commitments);
  }

  /**
   * The secret coefficients, constant term first: only for the trustee's own encrypted key file.
   */
  public List<BigInteger> coefficients() {
    return coefficients;
  }

  @Override
  public String toString() {
    return "Polynomial[threshold=" + threshold() + "]";
  }
}
