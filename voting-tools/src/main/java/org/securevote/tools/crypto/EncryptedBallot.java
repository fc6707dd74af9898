package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An encrypted ballot: one ciphertext per candidate (1 if chosen, 0 elsewhere), a proof that each
 * encrypts 0 or 1 in its own position, and a proof about their sum, listing each of them in order:
 * that it is exactly 1 (a single-choice ballot) or lies within the election's bounds (an approval
 * ballot); a ballot of several questions proves each question's sum over its own run instead.
 */
public record EncryptedBallot(
    List<Ciphertext> selections, List<ZeroOneProof> zeroOrOne, CountProof count) {

  public EncryptedBallot {
    selections = List.copyOf(selections);
    zeroOrOne = List.copyOf(zeroOrOne);
    if (count == null) {
      throw new CryptoRefusal("a ballot holds a proof of how many candidates it chose");
    }
  }

  /** What the voter's device does; the randomness is what a challenged ballot reveals. */
  public record Encrypted(EncryptedBallot ballot, List<BigInteger> randomness) {}

  /** A single-choice ballot for the choice (0-based). */
  public static Encrypted encrypt(
      String electionId, ECPoint publicKey, int candidates, int choice, SecureRandom random) {
    if (candidates < 1 || choice < 0 || choice >= candidates) {
      throw new IllegalArgumentException("the choice is one of the " + candidates + " candidates");
    }
    return encrypt(
        electionId, publicKey, candidates, ChoiceBounds.EXACTLY_ONE, Set.of(choice), random);
  }

  /** A ballot choosing the given candidates (0-based), as many as the bounds allow. */
  public static Encrypted encrypt(
      String electionId,
      ECPoint publicKey,
      int candidates,
      ChoiceBounds bounds,
      Set<Integer> chosen,
      SecureRandom random) {
    if (candidates < 1 || !bounds.fit(candidates) || !bounds.allow(chosen.size())) {
      throw new IllegalArgumentException(
          "choose between "
              + bounds.min()
              + " and "
              + bounds.max()
              + " of the "
              + candidates
              + " candidates");
    }
    return encrypt(electionId, publicKey, BallotLayout.single(candidates, bounds), chosen, random);
  }

  /**
   * A ballot choosing the given candidates (0-based positions over the whole ballot), within each
   * question's bounds.
   */
  public static Encrypted encrypt(
      String electionId,
      ECPoint publicKey,
      BallotLayout layout,
      Set<Integer> chosen,
      SecureRandom random) {
    Transcript.requireElectionId(electionId);
    Set<Integer> choices = new TreeSet<>(chosen);
    if (!layout.allow(choices)) {
      throw new IllegalArgumentException("choose within each question's bounds");
    }
    int candidates = layout.candidates();
    List<Ciphertext> selections = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    List<BigInteger> randomness = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < candidates; i++) {
      int m = choices.contains(i) ? 1 : 0;
      BigInteger r = Group.randomScalar(random);
      Ciphertext c = ElGamal.encrypt(publicKey, m, r);
      selections.add(c);
      proofs.add(ZeroOneProof.prove(electionId, publicKey, i, candidates, c, m, r, random));
      randomness.add(r);
      total = total.add(r);
    }
    BigInteger sumRandomness = total.mod(Group.ORDER);
    ChoiceBounds bounds = layout.questions().get(0).bounds();
    CountProof count;
    if (!layout.singleQuestion()) {
      count =
          questionCounts(electionId, publicKey, layout, selections, choices, randomness, random);
    } else if (bounds.singleChoice()) {
      count = ConstantProof.proveSum(electionId, publicKey, selections, 1, sumRandomness, random);
    } else {
      count =
          CountInRangeProof.proveSum(
              electionId, publicKey, bounds, selections, choices.size(), sumRandomness, random);
    }
    return new Encrypted(new EncryptedBallot(selections, proofs, count), randomness);
  }

  /** One count-in-range proof per question, over its own run of ciphertexts, in order. */
  private static QuestionCounts questionCounts(
      String electionId,
      ECPoint publicKey,
      BallotLayout layout,
      List<Ciphertext> selections,
      Set<Integer> choices,
      List<BigInteger> randomness,
      SecureRandom random) {
    List<QuestionCounts.QuestionCount> counts = new ArrayList<>();
    for (int q = 0; q < layout.questions().size(); q++) {
      BallotLayout.Question question = layout.questions().get(q);
      int first = layout.first(q);
      int end = first + question.candidates();
      BigInteger r = BigInteger.ZERO;
      for (int i = first; i < end; i++) {
        r = r.add(randomness.get(i));
      }
      CountInRangeProof range =
          CountInRangeProof.proveQuestion(
              electionId,
              publicKey,
              q,
              first,
              question.bounds(),
              selections.subList(first, end),
              layout.chosenIn(q, choices),
              r.mod(Group.ORDER),
              random);
      counts.add(new QuestionCounts.QuestionCount(question.candidates(), range));
    }
    return new QuestionCounts(counts);
  }

  public Ciphertext sum() {
    return Ciphertext.sum(selections);
  }

  /** The single-choice ballot's sum proof. */
  public ConstantProof sumIsOne() {
    if (count instanceof ConstantProof sum) {
      return sum;
    }
    throw new CryptoRefusal("this ballot proves a count in range, not a sum of one");
  }

  /**
   * The bounds this ballot's count proof was made for: 1..1 for a sum proof, the count proof's own
   * otherwise. Only where the election's bounds are not at hand (a voter's challenged ballot).
   */
  public ChoiceBounds namedBounds() {
    return count instanceof CountInRangeProof range
        ? range.namedBounds()
        : ChoiceBounds.EXACTLY_ONE;
  }

  /**
   * The questions this ballot's count proofs name: one, bounded as {@link #namedBounds}, over every
   * ciphertext, or each question's own. Only where the election's layout is not at hand.
   */
  public BallotLayout namedLayout() {
    return count instanceof QuestionCounts questions
        ? questions.namedLayout()
        : BallotLayout.single(Math.max(1, selections.size()), namedBounds());
  }

  /** A single-choice ballot's checks. */
  public BallotVerdict verify(String electionId, ECPoint publicKey, int candidates) {
    return verify(electionId, publicKey, candidates, ChoiceBounds.EXACTLY_ONE);
  }

  /**
   * Every check, in order; the verdict names the first that fails.
   *
   * @throws CryptoRefusal for a malformed election id: the caller's error, not the ballot's
   */
  public BallotVerdict verify(
      String electionId, ECPoint publicKey, int candidates, ChoiceBounds bounds) {
    if (!bounds.fit(candidates)) {
      return new BallotVerdict(BallotVerdict.Check.CANDIDATE_COUNT, -1);
    }
    return verify(electionId, publicKey, BallotLayout.single(candidates, bounds));
  }

  /**
   * Every check, in order, against the election's questions; the verdict names the first that
   * fails.
   *
   * @throws CryptoRefusal for a malformed election id: the caller's error, not the ballot's
   */
  public BallotVerdict verify(String electionId, ECPoint publicKey, BallotLayout layout) {
    Transcript.requireElectionId(electionId);
    int candidates = layout.candidates();
    if (selections.size() != candidates || zeroOrOne.size() != candidates) {
      return new BallotVerdict(BallotVerdict.Check.CANDIDATE_COUNT, -1);
    }
    for (int i = 0; i < candidates; i++) {
      if (!zeroOrOne.get(i).verify(electionId, publicKey, i, candidates, selections.get(i))) {
        return new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, i);
      }
    }
    if (!layout.singleQuestion()) {
      return verifyQuestions(electionId, publicKey, layout);
    }
    ChoiceBounds bounds = layout.questions().get(0).bounds();
    if (bounds.singleChoice()) {
      return count instanceof ConstantProof sum
              && sum.verifySum(electionId, publicKey, selections, 1)
          ? BallotVerdict.VALID
          : new BallotVerdict(BallotVerdict.Check.SUM_IS_ONE, -1);
    }
    return count instanceof CountInRangeProof range
            && range.verifySum(electionId, publicKey, bounds, selections)
        ? BallotVerdict.VALID
        : new BallotVerdict(BallotVerdict.Check.COUNT_IN_RANGE, -1);
  }

  private BallotVerdict verifyQuestions(String electionId, ECPoint publicKey, BallotLayout layout) {
    if (!(count instanceof QuestionCounts counts)
        || counts.questions().size() != layout.questions().size()) {
      return new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, -1);
    }
    for (int q = 0; q < layout.questions().size(); q++) {
      BallotLayout.Question question = layout.questions().get(q);
      QuestionCounts.QuestionCount proof = counts.questions().get(q);
      int first = layout.first(q);
      if (proof.candidates() != question.candidates()
          || !proof
              .range()
              .verifyQuestion(
                  electionId,
                  publicKey,
                  q,
                  first,
                  question.bounds(),
                  selections.subList(first, first + question.candidates()))) {
        return new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, q);
      }
    }
    return BallotVerdict.VALID;
  }
}
