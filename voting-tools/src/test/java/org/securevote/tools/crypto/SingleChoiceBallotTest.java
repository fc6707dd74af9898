package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleChoiceBallotTest {
  private final KeyPair key = KeyPair.generate(RANDOM);
  private final ECPoint publicKey = key.publicKey();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void anHonestBallotIsValidAndCountsItsChoice(int choice) {
    EncryptedBallot ballot =
        EncryptedBallot.encrypt(ELECTION, publicKey, 3, choice, RANDOM).ballot();
    assertEquals(BallotVerdict.VALID, ballot.verify(ELECTION, publicKey, 3));
    for (int i = 0; i < 3; i++) {
      assertEquals(
          OptionalLong.of(i == choice ? 1 : 0),
          ElGamal.decrypt(key.secret(), ballot.selections().get(i), 1));
    }
  }

  @Test
  void aOneCandidateBallotIsValid() {
    EncryptedBallot ballot = EncryptedBallot.encrypt(ELECTION, publicKey, 1, 0, RANDOM).ballot();
    assertTrue(ballot.verify(ELECTION, publicKey, 1).valid());
  }

  @Test
  void aBallotWithATwoIsRefusedNamingThatCandidate() {
    BallotVerdict verdict = cheat(0, 2, 0).verify(ELECTION, publicKey, 3);
    assertEquals(new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 1), verdict);
    assertEquals(
        "the proof that the ciphertext for candidate 2 encrypts 0 or 1 fails", verdict.describe());
  }

  @Test
  void aBallotWithTwoOnesIsRefusedByTheSumProof() {
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.SUM_IS_ONE, -1),
        cheat(1, 1, 0).verify(ELECTION, publicKey, 3));
  }

  @Test
  void aBallotWithAllZerosIsRefusedByTheSumProof() {
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.SUM_IS_ONE, -1),
        cheat(0, 0, 0).verify(ELECTION, publicKey, 3));
  }

  @Test
  void aTwoAndAMinusOneThatAddUpToOneAreStillRefused() {
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 0),
        cheat(2, -1, 0).verify(ELECTION, publicKey, 3));
  }

  @Test
  void aBallotForAnotherNumberOfCandidatesIsRefused() {
    EncryptedBallot ballot = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 0, RANDOM).ballot();
    assertEquals(
        BallotVerdict.Check.CANDIDATE_COUNT, ballot.verify(ELECTION, publicKey, 4).failed());
  }

  @Test
  void aBallotFromAnotherElectionIsRefused() {
    EncryptedBallot ballot =
        EncryptedBallot.encrypt(OTHER_ELECTION, publicKey, 3, 0, RANDOM).ballot();
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 0),
        ballot.verify(ELECTION, publicKey, 3));
  }

  @Test
  void aBallotWithItsSumProofFromAnotherBallotIsRefused() {
    EncryptedBallot one = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 0, RANDOM).ballot();
    EncryptedBallot two = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 0, RANDOM).ballot();
    EncryptedBallot mixed = new EncryptedBallot(one.selections(), one.zeroOrOne(), two.sumIsOne());
    assertEquals(BallotVerdict.Check.SUM_IS_ONE, mixed.verify(ELECTION, publicKey, 3).failed());
  }

  @Test
  void aBallotWithTwoCandidatesPairsSwappedIsRefusedByTheZeroOrOneCheck() {
    EncryptedBallot honest = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 0, RANDOM).ballot();
    EncryptedBallot swapped =
        new EncryptedBallot(
            swap(honest.selections(), 0, 2), swap(honest.zeroOrOne(), 0, 2), honest.sumIsOne());
    BallotVerdict verdict = swapped.verify(ELECTION, publicKey, 3);
    assertEquals(new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 0), verdict);
    assertEquals(
        "the proof that the ciphertext for candidate 1 encrypts 0 or 1 fails", verdict.describe());
  }

  @Test
  void pairsMovedToOtherPositionsAreRefused() {
    EncryptedBallot honest = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 1, RANDOM).ballot();
    List<Ciphertext> selections = new ArrayList<>(honest.selections());
    List<ZeroOneProof> proofs = new ArrayList<>(honest.zeroOrOne());
    Collections.rotate(selections, 1);
    Collections.rotate(proofs, 1);
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 0),
        new EncryptedBallot(selections, proofs, honest.sumIsOne()).verify(ELECTION, publicKey, 3));
  }

  @Test
  void aBallotForAMalformedElectionIdIsTheCallersError() {
    EncryptedBallot ballot = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 0, RANDOM).ballot();
    assertThrows(CryptoRefusal.class, () -> ballot.verify("election-1", publicKey, 3));
    assertThrows(
        CryptoRefusal.class,
        () -> EncryptedBallot.encrypt(ELECTION.toUpperCase(), publicKey, 3, 0, RANDOM));
  }

  private static <T> List<T> swap(List<T> list, int i, int j) {
    List<T> copy = new ArrayList<>(list);
    Collections.swap(copy, i, j);
    return copy;
  }

  /**
   * A dishonest device: any plaintexts, each with a 0-or-1 proof claiming 0 or 1, and a sum proof.
   */
  private EncryptedBallot cheat(int... plaintexts) {
    List<Ciphertext> selections = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < plaintexts.length; i++) {
      int m = plaintexts[i];
      BigInteger r = Group.randomScalar(RANDOM);
      Ciphertext c = ElGamal.encrypt(publicKey, m, r);
      int claimed = m == 0 ? 0 : 1;
      selections.add(c);
      proofs.add(
          ZeroOneProof.prove(
              ZeroOneProof.statement(ELECTION, publicKey, i, plaintexts.length, c),
              publicKey,
              c,
              claimed,
              r,
              nonce(),
              nonce(),
              nonce()));
      total = total.add(r);
    }
    ConstantProof sumProof =
        ConstantProof.prove(
            ConstantProof.statement(ELECTION, publicKey, 1, selections, Ciphertext.sum(selections)),
            publicKey,
            total.mod(Group.ORDER),
            nonce());
    return new EncryptedBallot(selections, proofs, sumProof);
  }

  private static BigInteger nonce() {
    return Group.randomScalar(RANDOM);
  }
}
