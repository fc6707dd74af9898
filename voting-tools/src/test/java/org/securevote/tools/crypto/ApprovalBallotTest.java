package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Approval ballots: each candidate 0 or 1, and how many are approved within the bounds. */
class ApprovalBallotTest {
  private static final BallotVerdict OUT_OF_RANGE =
      new BallotVerdict(BallotVerdict.Check.COUNT_IN_RANGE, -1);

  private final KeyPair key = KeyPair.generate(RANDOM);
  private final ECPoint publicKey = key.publicKey();

  @ParameterizedTest
  @CsvSource({"0, 2, ''", "0, 2, 3", "1, 3, 0 2", "1, 3, 0 1 3", "2, 2, 1 2", "0, 4, 0 1 2 3"})
  void anHonestBallotIsValidAndCountsEachApproval(int min, int max, String approved) {
    Set<Integer> chosen = indices(approved);
    ChoiceBounds bounds = new ChoiceBounds(min, max);
    EncryptedBallot ballot =
        EncryptedBallot.encrypt(ELECTION, publicKey, 4, bounds, chosen, RANDOM).ballot();
    assertEquals(BallotVerdict.VALID, ballot.verify(ELECTION, publicKey, 4, bounds));
    for (int i = 0; i < 4; i++) {
      assertEquals(
          OptionalLong.of(chosen.contains(i) ? 1 : 0),
          ElGamal.decrypt(key.secret(), ballot.selections().get(i), 1),
          "candidate " + i);
    }
  }

  @Test
  void aCountAboveTheMaximumIsRefusedByTheCountProof() {
    assertEquals(
        OUT_OF_RANGE, cheat(new ChoiceBounds(1, 2), 3).verify(ELECTION, publicKey, 4, b(1, 2)));
  }

  @Test
  void aCountBelowTheMinimumIsRefusedByTheCountProof() {
    BallotVerdict verdict =
        cheat(new ChoiceBounds(2, 3), 1).verify(ELECTION, publicKey, 4, b(2, 3));
    assertEquals(OUT_OF_RANGE, verdict);
    assertEquals(
        "the proof that the number of candidates chosen is within the election's bounds fails",
        verdict.describe());
  }

  @Test
  void aBallotMadeForOtherBoundsIsRefused() {
    EncryptedBallot wide =
        EncryptedBallot.encrypt(ELECTION, publicKey, 4, b(0, 4), Set.of(0, 1, 2), RANDOM).ballot();
    assertEquals(OUT_OF_RANGE, wide.verify(ELECTION, publicKey, 4, b(0, 2)));
    assertEquals(OUT_OF_RANGE, wide.verify(ELECTION, publicKey, 4, b(1, 4)));
  }

  @Test
  void theBoundsWrittenInTheProofCannotBeChangedToTheElections() {
    EncryptedBallot wide =
        EncryptedBallot.encrypt(ELECTION, publicKey, 4, b(0, 3), Set.of(0, 1, 2), RANDOM).ballot();
    CountInRangeProof p = (CountInRangeProof) wide.count();
    CountInRangeProof relabelled = new CountInRangeProof(1, 4, p.challenges(), p.responses());
    EncryptedBallot forged = new EncryptedBallot(wide.selections(), wide.zeroOrOne(), relabelled);
    assertEquals(OUT_OF_RANGE, forged.verify(ELECTION, publicKey, 4, b(1, 4)));
  }

  @Test
  void aSingleChoiceSumProofIsNotAnApprovalBallotsAndTheReverse() {
    EncryptedBallot single = EncryptedBallot.encrypt(ELECTION, publicKey, 3, 1, RANDOM).ballot();
    assertEquals(OUT_OF_RANGE, single.verify(ELECTION, publicKey, 3, b(0, 1)));
    EncryptedBallot approval =
        EncryptedBallot.encrypt(ELECTION, publicKey, 3, b(0, 1), Set.of(1), RANDOM).ballot();
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.SUM_IS_ONE, -1),
        approval.verify(ELECTION, publicKey, 3, ChoiceBounds.EXACTLY_ONE));
  }

  @Test
  void reorderedPartsAnotherElectionOrAChangedScalarAreRefused() {
    EncryptedBallot honest =
        EncryptedBallot.encrypt(ELECTION, publicKey, 3, b(1, 2), Set.of(0, 1), RANDOM).ballot();
    CountInRangeProof p = (CountInRangeProof) honest.count();
    List<Ciphertext> swapped = new ArrayList<>(honest.selections());
    swapped.set(0, honest.selections().get(2));
    swapped.set(2, honest.selections().get(0));
    assertFalse(p.verifySum(ELECTION, publicKey, b(1, 2), swapped));
    assertFalse(p.verifySum(OTHER_ELECTION, publicKey, b(1, 2), honest.selections()));
    List<BigInteger> changed = new ArrayList<>(p.responses());
    changed.set(1, changed.get(1).add(BigInteger.ONE).mod(Group.ORDER));
    assertFalse(
        new CountInRangeProof(1, 2, p.challenges(), changed)
            .verifySum(ELECTION, publicKey, b(1, 2), honest.selections()));
    assertFalse(
        new CountInRangeProof(1, 2, p.challenges(), List.of(Group.ORDER, BigInteger.ONE))
            .verifySum(ELECTION, publicKey, b(1, 2), honest.selections()));
    assertTrue(p.verifySum(ELECTION, publicKey, b(1, 2), honest.selections()));
  }

  @Test
  void theTrackerCoversTheCountProofAndItsBounds() {
    EncryptedBallot honest =
        EncryptedBallot.encrypt(ELECTION, publicKey, 3, b(1, 2), Set.of(0), RANDOM).ballot();
    CountInRangeProof p = (CountInRangeProof) honest.count();
    List<BigInteger> changed = new ArrayList<>(p.challenges());
    changed.set(0, changed.get(0).add(BigInteger.ONE));
    EncryptedBallot other =
        new EncryptedBallot(
            honest.selections(),
            honest.zeroOrOne(),
            new CountInRangeProof(1, 2, changed, p.responses()));
    assertNotEquals(Tracker.of(ELECTION, honest), Tracker.of(ELECTION, other));
    EncryptedBallot shifted =
        new EncryptedBallot(
            honest.selections(),
            honest.zeroOrOne(),
            new CountInRangeProof(2, 3, p.challenges(), p.responses()));
    assertNotEquals(Tracker.of(ELECTION, honest), Tracker.of(ELECTION, shifted));
  }

  @Test
  void encryptingOutsideTheBoundsOrWithBoundsTooWideIsTheCallersError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, 4, b(1, 2), Set.of(0, 1, 2), RANDOM));
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, 4, b(1, 2), Set.of(), RANDOM));
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, 2, b(0, 3), Set.of(0), RANDOM));
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, 4, b(0, 2), Set.of(4), RANDOM));
    assertThrows(CryptoRefusal.class, () -> new ChoiceBounds(2, 1));
    assertThrows(CryptoRefusal.class, () -> new ChoiceBounds(0, 0));
    assertThrows(
        CryptoRefusal.class,
        () -> new CountInRangeProof(1, 2, List.of(BigInteger.ONE), List.of(BigInteger.ONE)));
  }

  /**
   * Honest zero-or-one proofs for `count` approvals, with a count proof for the bounds whose prover
   * claims the nearest allowed count: the only lie left to tell.
   */
  private EncryptedBallot cheat(ChoiceBounds bounds, int count) {
    List<Ciphertext> selections = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < 4; i++) {
      int m = i < count ? 1 : 0;
      BigInteger r = Group.randomScalar(RANDOM);
      Ciphertext c = ElGamal.encrypt(publicKey, m, r);
      selections.add(c);
      proofs.add(ZeroOneProof.prove(ELECTION, publicKey, i, 4, c, m, r, RANDOM));
      total = total.add(r);
    }
    int claimed = Math.max(bounds.min(), Math.min(bounds.max(), count));
    List<CountInRangeProof.Fake> fakes = new ArrayList<>();
    for (int m = bounds.min(); m < bounds.max(); m++) {
      fakes.add(new CountInRangeProof.Fake(Group.randomScalar(RANDOM), Group.randomScalar(RANDOM)));
    }
    CountInRangeProof lie =
        CountInRangeProof.prove(
            CountInRangeProof.statement(
                ELECTION, publicKey, bounds.min(), bounds.max(), selections),
            publicKey,
            Ciphertext.sum(selections),
            bounds,
            claimed,
            total.mod(Group.ORDER),
            Group.randomScalar(RANDOM),
            fakes);
    EncryptedBallot ballot = new EncryptedBallot(selections, proofs, lie);
    for (int i = 0; i < 4; i++) {
      assertTrue(proofs.get(i).verify(ELECTION, publicKey, i, 4, selections.get(i)));
    }
    return ballot;
  }

  private static ChoiceBounds b(int min, int max) {
    return new ChoiceBounds(min, max);
  }

  private static Set<Integer> indices(String list) {
    Set<Integer> out = new java.util.TreeSet<>();
    for (String s : list.trim().split(" +")) {
      if (!s.isEmpty()) {
        out.add(Integer.parseInt(s));
      }
    }
    return out;
  }
}
