package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A single-choice ballot: one ciphertext per candidate (1 for the choice, 0 elsewhere), a proof
 * that each encrypts 0 or 1 in its own position, and a proof that their sum, listing each of them
 * in order, encrypts exactly 1.
 */
public record SingleChoiceBallot(
    List<Ciphertext> selections, List<ZeroOneProof> zeroOrOne, ConstantProof sumIsOne) {

  public SingleChoiceBallot {
    selections = List.copyOf(selections);
    zeroOrOne = List.copyOf(zeroOrOne);
  }

  /** What the voter's device does; the randomness is what a challenged ballot reveals. */
  public record Encrypted(SingleChoiceBallot ballot, List<BigInteger> randomness) {}

  public static Encrypted encrypt(
      String electionId, ECPoint publicKey, int candidates, int choice, SecureRandom random) {
    Transcript.requireElectionId(electionId);
    if (candidates < 1 || choice < 0 || choice >= candidates) {
      throw new IllegalArgumentException("the choice is one of the " + candidates + " candidates");
    }
    List<Ciphertext> selections = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    List<BigInteger> randomness = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < candidates; i++) {
      int m = i == choice ? 1 : 0;
      BigInteger r = Group.randomScalar(random);
      Ciphertext c = ElGamal.encrypt(publicKey, m, r);
      selections.add(c);
      proofs.add(ZeroOneProof.prove(electionId, publicKey, i, candidates, c, m, r, random));
      randomness.add(r);
      total = total.add(r);
    }
    ConstantProof sum =
        ConstantProof.proveSum(
            electionId, publicKey, selections, 1, total.mod(Group.ORDER), random);
    return new Encrypted(new SingleChoiceBallot(selections, proofs, sum), randomness);
  }

  public Ciphertext sum() {
    return Ciphertext.sum(selections);
  }

  /**
   * Every check, in order; the verdict names the first that fails.
   *
   * @throws CryptoRefusal for a malformed election id: the caller's error, not the ballot's
   */
  public BallotVerdict verify(String electionId, ECPoint publicKey, int candidates) {
    Transcript.requireElectionId(electionId);
    if (selections.size() != candidates || zeroOrOne.size() != candidates) {
      return new BallotVerdict(BallotVerdict.Check.CANDIDATE_COUNT, -1);
    }
    for (int i = 0; i < candidates; i++) {
      if (!zeroOrOne.get(i).verify(electionId, publicKey, i, candidates, selections.get(i))) {
        return new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, i);
      }
    }
    if (!sumIsOne.verifySum(electionId, publicKey, selections, 1)) {
      return new BallotVerdict(BallotVerdict.Check.SUM_IS_ONE, -1);
    }
    return BallotVerdict.VALID;
  }
}
