package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * What trustee i publishes of its polynomial (Feldman): C_l = a_l*G for l = 0..k-1, each with a
 * Schnorr proof. Anyone can then compute f_i(j)*G = sum over l of j^l * C_l, which is how a share
 * is checked and how verification keys are derived.
 */
public record CoefficientCommitments(int trustee, List<Commitment> commitments) {

  public record Commitment(ECPoint point, SchnorrProof proof) {}

  public CoefficientCommitments {
    commitments = List.copyOf(commitments);
  }

  public int threshold() {
    return commitments.size();
  }

  /** Every proof holds, for this election and this trustee. */
  public boolean verify(String electionId) {
    if (trustee < 1 || commitments.isEmpty()) {
      return false;
    }
    for (int l = 0; l < commitments.size(); l++) {
      Commitment c = commitments.get(l);
      if (!c.proof().verifyCoefficient(electionId, trustee, l, c.point())) {
        return false;
      }
    }
    return true;
  }

  /** C_0: this trustee's part of the election public key. */
  public ECPoint constantTerm() {
    return commitments.get(0).point();
  }

  /** f_i(j)*G from the commitments alone. */
  public ECPoint shareImage(int receiver) {
    BigInteger x = BigInteger.valueOf(receiver);
    BigInteger power = BigInteger.ONE;
    ECPoint sum = Group.INFINITY;
    for (Commitment c : commitments) {
      sum = sum.add(c.point().multiply(power));
      power = power.multiply(x).mod(Group.ORDER);
    }
    return sum.normalize();
  }

  /** The share this trustee sent to receiver is the one its commitments promise. */
  public boolean matchesShare(int receiver, BigInteger share) {
    return Scalars.valid(share) && Group.base(share).equals(shareImage(receiver));
  }
}
