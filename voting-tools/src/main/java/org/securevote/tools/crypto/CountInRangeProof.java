package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Disjunctive Chaum-Pedersen over lo..hi: the sum of a ballot's ciphertexts encrypts a count m with
 * lo <= m <= hi, without saying which. The zero-or-one proof is the case lo = 0, hi = 1 on one
 * ciphertext. Held as one challenge and one response per branch, lo first; branch m's commitments
 * are a_m = v_m*G - c_m*A and b_m = v_m*K - c_m*(B - m*G), and the challenges must add up to the
 * hash of the statement (which lists every part in order) and every commitment. The proof names its
 * bounds so a ballot's tracker covers them; the verifier holds them to the election's.
 */
public record CountInRangeProof(
    int lo, int hi, List<BigInteger> challenges, List<BigInteger> responses) implements CountProof {

  /** The shape is the format's business: one challenge and one response per branch. */
  public CountInRangeProof {
    challenges = List.copyOf(challenges);
    responses = List.copyOf(responses);
    if (lo < 0 || hi < lo || challenges.size() != hi - lo + 1 || responses.size() != hi - lo + 1) {
      throw new CryptoRefusal(
          "a count-in-range proof for "
              + lo
              + ".."
              + hi
              + " holds one challenge and one response"
              + " per count, lo <= hi");
    }
  }

  /**
   * The bounds this proof names, as bounds (a 0..0 proof, which no election has, reads as 0..1 and
   * then fails against the election's).
   */
  public ChoiceBounds namedBounds() {
    return new ChoiceBounds(lo, Math.max(1, hi));
  }

  /** Fake challenge and response of a simulated branch. */
  record Fake(BigInteger challenge, BigInteger response) {}

  /** For the sum of the parts, which encrypts count; randomness is the sum of theirs. */
  public static CountInRangeProof proveSum(
      String electionId,
      ECPoint publicKey,
      ChoiceBounds bounds,
      List<Ciphertext> parts,
      int count,
      BigInteger randomness,
      SecureRandom random) {
    return proveFor(
        statement(electionId, publicKey, bounds.min(), bounds.max(), parts),
        publicKey,
        bounds,
        parts,
        count,
        randomness,
        random);
  }

  /**
   * For one question of several (0-based), whose run of parts starts at the ballot's position
   * first: the sum of its parts encrypts count.
   */
  public static CountInRangeProof proveQuestion(
      String electionId,
      ECPoint publicKey,
      int question,
      int first,
      ChoiceBounds bounds,
      List<Ciphertext> parts,
      int count,
      BigInteger randomness,
      SecureRandom random) {
    return proveFor(
        questionStatement(
            electionId, publicKey, question, first, bounds.min(), bounds.max(), parts),
        publicKey,
        bounds,
        parts,
        count,
        randomness,
        random);
  }

  private static CountInRangeProof proveFor(
      Transcript statement,
      ECPoint publicKey,
      ChoiceBounds bounds,
      List<Ciphertext> parts,
      int count,
      BigInteger randomness,
      SecureRandom random) {
    if (!bounds.allow(count)) {
      throw new IllegalArgumentException("only a count within the bounds has this proof");
    }
    BigInteger nonce = Group.randomScalar(random);
    List<Fake> fakes = new ArrayList<>();
    for (int m = bounds.min(); m <= bounds.max(); m++) {
      if (m != count) {
        fakes.add(new Fake(Group.randomScalar(random), Group.randomScalar(random)));
      }
    }
    return prove(
        statement, publicKey, Ciphertext.sum(parts), bounds, count, randomness, nonce, fakes);
  }

  /**
   * Whether the sum of the parts encrypts a count within the bounds, and this proof was made for
   * exactly those bounds.
   *
   * @throws CryptoRefusal for a malformed election id
   */
  public boolean verifySum(
      String electionId, ECPoint publicKey, ChoiceBounds bounds, List<Ciphertext> parts) {
    Transcript.requireElectionId(electionId);
    return holdsFor(bounds, parts)
        && verifies(() -> statement(electionId, publicKey, lo, hi, parts), publicKey, parts);
  }

  /** Whether the question's parts (its run, starting at first) add up to a count in its bounds. */
  public boolean verifyQuestion(
      String electionId,
      ECPoint publicKey,
      int question,
      int first,
      ChoiceBounds bounds,
      List<Ciphertext> parts) {
    Transcript.requireElectionId(electionId);
    return holdsFor(bounds, parts)
        && verifies(
            () -> questionStatement(electionId, publicKey, question, first, lo, hi, parts),
            publicKey,
            parts);
  }

  private boolean holdsFor(ChoiceBounds bounds, List<Ciphertext> parts) {
    return !(lo != bounds.min()
        || hi != bounds.max()
        || parts.isEmpty()
        || hi > parts.size()
        || !Scalars.valid(challenges.toArray(BigInteger[]::new))
        || !Scalars.valid(responses.toArray(BigInteger[]::new)));
  }

  private boolean verifies(
      Supplier<Transcript> statement, ECPoint publicKey, List<Ciphertext> parts) {
    try {
      BigInteger c = hashInput(statement.get(), publicKey, Ciphertext.sum(parts)).challenge();
      BigInteger total = BigInteger.ZERO;
      for (BigInteger challenge : challenges) {
        total = total.add(challenge);
      }
      return c.equals(total.mod(Group.ORDER));
    } catch (CryptoRefusal e) {
      return false; // an element with no encoding (the point at infinity)
    }
  }

  /** tag, election id, K, lo, hi, number of parts, A_1, B_1, ..., A_p, B_p, then A, B. */
  static Transcript statement(
      String electionId, ECPoint publicKey, int lo, int hi, List<Ciphertext> parts) {
    return statement(
        new Transcript(Tags.COUNT_IN_RANGE, electionId).point(publicKey), lo, hi, parts);
  }

  /** tag, election id, K, question, first, then as {@link #statement}: lo, hi, parts, sum. */
  static Transcript questionStatement(
      String electionId,
      ECPoint publicKey,
      int question,
      int first,
      int lo,
      int hi,
      List<Ciphertext> parts) {
    Transcript head =
        new Transcript(Tags.QUESTION_COUNT, electionId)
            .point(publicKey)
            .integer(question)
            .integer(first);
    return statement(head, lo, hi, parts);
  }

  private static Transcript statement(Transcript head, int lo, int hi, List<Ciphertext> parts) {
    if (parts.isEmpty() || lo < 0 || lo > hi || hi > parts.size()) {
      throw new CryptoRefusal(
          "bounds " + lo + ".." + hi + " do not lie within 0.." + parts.size() + " parts");
    }
    Transcript t = head.integer(lo).integer(hi).integer(parts.size());
    for (Ciphertext part : parts) {
      t.point(part.a()).point(part.b());
    }
    Ciphertext sum = Ciphertext.sum(parts);
    return t.point(sum.a()).point(sum.b());
  }

  /**
   * The claimed count is not checked here, so tests can show that a lie does not verify. The nonce
   * answers the claimed branch; the others, in ascending order, are simulated from the fakes.
   */
  static CountInRangeProof prove(
      Transcript statement,
      ECPoint publicKey,
      Ciphertext sum,
      ChoiceBounds bounds,
      int claimed,
      BigInteger randomness,
      BigInteger nonce,
      List<Fake> fakes) {
    Ciphertext own = detached(sum);
    Transcript hashed = statement.copy();
    BigInteger[] challenges = new BigInteger[bounds.max() - bounds.min() + 1];
    BigInteger[] responses = new BigInteger[challenges.length];
    BigInteger fakeTotal = BigInteger.ZERO;
    int next = 0;
    for (int m = bounds.min(); m <= bounds.max(); m++) {
      if (m == claimed) {
        hashed.point(Group.base(nonce)).point(publicKey.multiply(nonce));
        continue;
      }
      Fake fake = fakes.get(next++);
      ECPoint[] ab = commitments(publicKey, own, m, fake.challenge(), fake.response());
      hashed.point(ab[0]).point(ab[1]);
      challenges[m - bounds.min()] = fake.challenge();
      responses[m - bounds.min()] = fake.response();
      fakeTotal = fakeTotal.add(fake.challenge());
    }
    BigInteger real = hashed.challenge().subtract(fakeTotal).mod(Group.ORDER);
    challenges[claimed - bounds.min()] = real;
    responses[claimed - bounds.min()] = nonce.add(real.multiply(randomness)).mod(Group.ORDER);
    return new CountInRangeProof(
        bounds.min(), bounds.max(), List.of(challenges), List.of(responses));
  }

  /** What the challenge hashes: the statement, then a_m, b_m for m = lo..hi. */
  Transcript hashInput(Transcript statement, ECPoint publicKey, Ciphertext sum) {
    Ciphertext own = detached(sum);
    Transcript t = statement.copy();
    for (int m = lo; m <= hi; m++) {
      ECPoint[] ab = commitments(publicKey, own, m, challenges.get(m - lo), responses.get(m - lo));
      t.point(ab[0]).point(ab[1]);
    }
    return t;
  }

  private static Ciphertext detached(Ciphertext c) {
    return new Ciphertext(Group.detached(c.a()), Group.detached(c.b()));
  }

  /** (v*G - c*A, v*K - c*(B - m*G)) for branch m. */
  private static ECPoint[] commitments(
      ECPoint publicKey, Ciphertext sum, int m, BigInteger c, BigInteger v) {
    ECPoint shifted = m == 0 ? sum.b() : sum.b().subtract(Group.base(BigInteger.valueOf(m)));
    return new ECPoint[] {
      Group.baseAndPoint(v, sum.a(), c.negate()), Group.twoPoints(publicKey, v, shifted, c.negate())
    };
  }
}
