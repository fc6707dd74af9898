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

/** Ballots of several questions: each question's count proved over its own run of candidates. */
class QuestionBallotTest {
  /** A board seat (one of three), a motion (yes / no / abstain) and a committee (up to two). */
  private static final BallotLayout LAYOUT =
      new BallotLayout(
          List.of(
              new BallotLayout.Question(3, ChoiceBounds.EXACTLY_ONE),
              new BallotLayout.Question(3, ChoiceBounds.EXACTLY_ONE),
              new BallotLayout.Question(4, new ChoiceBounds(0, 2))));

  private final KeyPair key = KeyPair.generate(RANDOM);
  private final ECPoint publicKey = key.publicKey();

  @Test
  void anHonestBallotIsValidAndCountsEachChoice() {
    for (Set<Integer> chosen : List.of(Set.of(0, 3), Set.of(2, 5, 6, 9), Set.of(1, 4, 8))) {
      EncryptedBallot ballot =
          EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, chosen, RANDOM).ballot();
      assertEquals(BallotVerdict.VALID, ballot.verify(ELECTION, publicKey, LAYOUT));
      assertEquals(LAYOUT, ballot.namedLayout());
      for (int i = 0; i < 10; i++) {
        assertEquals(
            OptionalLong.of(chosen.contains(i) ? 1 : 0),
            ElGamal.decrypt(key.secret(), ballot.selections().get(i), 1),
            "candidate " + i);
      }
    }
  }

  @Test
  void twoChoicesInASingleChoiceQuestionAreRefusedByThatQuestionsProof() {
    // Within the ballot's total bounds (3 chosen of 10), but two in the first question.
    EncryptedBallot ballot = cheat(Set.of(0, 1, 3), 0);
    BallotVerdict verdict = ballot.verify(ELECTION, publicKey, LAYOUT);
    assertEquals(new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, 0), verdict);
    assertEquals(
        "the proof that the number of answers chosen in question 1 is within its bounds fails",
        verdict.describe());
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, 1),
        cheat(Set.of(0), 1).verify(ELECTION, publicKey, LAYOUT));
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, 2),
        cheat(Set.of(0, 3, 6, 7, 8), 2).verify(ELECTION, publicKey, LAYOUT));
  }

  @Test
  void aQuestionsProofCannotStandForAnotherQuestionOfTheSameShape() {
    EncryptedBallot honest =
        EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, Set.of(0, 3), RANDOM).ballot();
    List<QuestionCounts.QuestionCount> counts =
        new ArrayList<>(((QuestionCounts) honest.count()).questions());
    QuestionCounts.QuestionCount first = counts.get(0);
    counts.set(0, counts.get(1));
    counts.set(1, first);
    EncryptedBallot swapped =
        new EncryptedBallot(honest.selections(), honest.zeroOrOne(), new QuestionCounts(counts));
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, 0),
        swapped.verify(ELECTION, publicKey, LAYOUT));
    List<Ciphertext> run = honest.selections().subList(0, 3);
    CountInRangeProof own = first.range();
    assertTrue(own.verifyQuestion(ELECTION, publicKey, 0, 0, ChoiceBounds.EXACTLY_ONE, run));
    assertFalse(own.verifyQuestion(OTHER_ELECTION, publicKey, 0, 0, ChoiceBounds.EXACTLY_ONE, run));
    assertFalse(own.verifyQuestion(ELECTION, publicKey, 1, 0, ChoiceBounds.EXACTLY_ONE, run));
    assertFalse(own.verifyQuestion(ELECTION, publicKey, 0, 3, ChoiceBounds.EXACTLY_ONE, run));
    // Not the single-race proof either: the question's tag and position are in its statement.
    assertFalse(own.verifySum(ELECTION, publicKey, ChoiceBounds.EXACTLY_ONE, run));
  }

  @Test
  void aBallotForOtherQuestionsIsRefused() {
    EncryptedBallot honest =
        EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, Set.of(0, 3), RANDOM).ballot();
    BallotLayout regrouped =
        new BallotLayout(
            List.of(
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(4, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(4, new ChoiceBounds(0, 2))));
    assertEquals(
        BallotVerdict.Check.QUESTION_COUNT, honest.verify(ELECTION, publicKey, regrouped).failed());
    BallotLayout twoQuestions =
        new BallotLayout(
            List.of(
                new BallotLayout.Question(3, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(7, new ChoiceBounds(1, 3))));
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, -1),
        honest.verify(ELECTION, publicKey, twoQuestions));
    assertEquals(
        BallotVerdict.Check.COUNT_IN_RANGE,
        honest.verify(ELECTION, publicKey, 10, new ChoiceBounds(2, 4)).failed());
    EncryptedBallot oneRace =
        EncryptedBallot.encrypt(
                ELECTION, publicKey, 10, new ChoiceBounds(2, 2), Set.of(0, 3), RANDOM)
            .ballot();
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, -1),
        oneRace.verify(ELECTION, publicKey, LAYOUT));
  }

  @Test
  void theTrackerCoversEachQuestionsSizeBoundsAndProof() {
    EncryptedBallot honest =
        EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, Set.of(0, 3), RANDOM).ballot();
    List<QuestionCounts.QuestionCount> counts = ((QuestionCounts) honest.count()).questions();
    List<QuestionCounts.QuestionCount> resized = new ArrayList<>(counts);
    resized.set(0, new QuestionCounts.QuestionCount(2, counts.get(0).range()));
    EncryptedBallot other =
        new EncryptedBallot(honest.selections(), honest.zeroOrOne(), new QuestionCounts(resized));
    assertNotEquals(Tracker.of(ELECTION, honest), Tracker.of(ELECTION, other));
    assertEquals(
        BallotVerdict.Check.QUESTION_COUNT, other.verify(ELECTION, publicKey, LAYOUT).failed());
  }

  @Test
  void encryptingOutsideAQuestionsBoundsIsTheCallersError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, Set.of(0, 1, 3), RANDOM));
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, Set.of(0), RANDOM));
    assertThrows(
        IllegalArgumentException.class,
        () -> EncryptedBallot.encrypt(ELECTION, publicKey, LAYOUT, Set.of(0, 3, 10), RANDOM));
    assertThrows(CryptoRefusal.class, () -> new BallotLayout.Question(2, new ChoiceBounds(0, 3)));
    assertThrows(CryptoRefusal.class, () -> new BallotLayout(List.of()));
  }

  /**
   * Honest zero-or-one proofs for the chosen positions; honest count proofs for every question but
   * the one lied about, whose prover claims the nearest count its bounds allow.
   */
  private EncryptedBallot cheat(Set<Integer> chosen, int liedAbout) {
    List<Ciphertext> selections = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    List<BigInteger> randomness = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int m = chosen.contains(i) ? 1 : 0;
      BigInteger r = Group.randomScalar(RANDOM);
      Ciphertext c = ElGamal.encrypt(publicKey, m, r);
      selections.add(c);
      proofs.add(ZeroOneProof.prove(ELECTION, publicKey, i, 10, c, m, r, RANDOM));
      randomness.add(r);
    }
    List<QuestionCounts.QuestionCount> counts = new ArrayList<>();
    for (int q = 0; q < 3; q++) {
      BallotLayout.Question question = LAYOUT.questions().get(q);
      int first = LAYOUT.first(q);
      int end = first + question.candidates();
      List<Ciphertext> run = selections.subList(first, end);
      BigInteger r = BigInteger.ZERO;
      int count = 0;
      for (int i = first; i < end; i++) {
        r = r.add(randomness.get(i));
        count += chosen.contains(i) ? 1 : 0;
      }
      ChoiceBounds bounds = question.bounds();
      int claimed = Math.max(bounds.min(), Math.min(bounds.max(), count));
      assertEquals(q != liedAbout, claimed == count, "only question " + liedAbout + " lies");
      List<CountInRangeProof.Fake> fakes = new ArrayList<>();
      for (int m = bounds.min(); m < bounds.max(); m++) {
        fakes.add(
            new CountInRangeProof.Fake(Group.randomScalar(RANDOM), Group.randomScalar(RANDOM)));
      }
      CountInRangeProof range =
          CountInRangeProof.prove(
              CountInRangeProof.questionStatement(
                  ELECTION, publicKey, q, first, bounds.min(), bounds.max(), run),
              publicKey,
              Ciphertext.sum(run),
              bounds,
              claimed,
              r.mod(Group.ORDER),
              Group.randomScalar(RANDOM),
              fakes);
      counts.add(new QuestionCounts.QuestionCount(question.candidates(), range));
    }
    return new EncryptedBallot(selections, proofs, new QuestionCounts(counts));
  }
}
