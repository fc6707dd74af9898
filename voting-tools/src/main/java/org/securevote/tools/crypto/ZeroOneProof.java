package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Disjunctive Chaum-Pedersen: the ciphertext (A, B) under K encrypts 0 or 1, without saying which.
 * Held as (c0, c1, v0, v1); branch m's commitments are a_m = v_m*G - c_m*A and b_m = v_m*K - c_m*(B
 * - m*G), and c0 + c1 must equal the hash of the statement and all four commitments. The prover
 * simulates the branch it cannot prove and answers the other honestly. The statement names the
 * candidate's position on the ballot and the number of candidates, so a proof checks only in its
 * own place: reordering another voter's (ciphertext, proof) pairs no longer verifies.
 */
public record ZeroOneProof(BigInteger c0, BigInteger c1, BigInteger v0, BigInteger v1) {

  /** For the ciphertext of candidate (0-based) among candidates. */
  public static ZeroOneProof prove(
      String electionId,
      ECPoint publicKey,
      int candidate,
      int candidates,
      Ciphertext ciphertext,
      int message,
      BigInteger randomness,
      SecureRandom random) {
    if (message != 0 && message != 1) {
      throw new IllegalArgumentException("only a 0 or a 1 has this proof");
    }
    return prove(
        statement(electionId, publicKey, candidate, candidates, ciphertext),
        publicKey,
        ciphertext,
        message,
        randomness,
        Group.randomScalar(random),
        Group.randomScalar(random),
        Group.randomScalar(random));
  }

  /**
   * @throws CryptoRefusal for a malformed election id or a position outside 0..candidates-1
   */
  public boolean verify(
      String electionId, ECPoint publicKey, int candidate, int candidates, Ciphertext ciphertext) {
    Transcript.requireElectionId(electionId);
    requirePosition(candidate, candidates);
    try {
      return verify(
          statement(electionId, publicKey, candidate, candidates, ciphertext),
          publicKey,
          ciphertext);
    } catch (CryptoRefusal e) {
      return false; // an element with no encoding (the point at infinity)
    }
  }

  /** tag, election id, K, candidate, candidates, A, B. */
  static Transcript statement(
      String electionId, ECPoint publicKey, int candidate, int candidates, Ciphertext ciphertext) {
    requirePosition(candidate, candidates);
    return new Transcript(Tags.ZERO_OR_ONE, electionId)
        .point(publicKey)
        .integer(candidate)
        .integer(candidates)
        .point(ciphertext.a())
        .point(ciphertext.b());
  }

  /**
   * The claimed message is not checked here, so tests can show that a lie does not verify. Nonce u
   * answers the true branch; the other branch is simulated from (fakeChallenge, fakeResponse).
   */
  static ZeroOneProof prove(
      Transcript statement,
      ECPoint publicKey,
      Ciphertext ciphertext,
      int claimed,
      BigInteger randomness,
      BigInteger nonce,
      BigInteger fakeChallenge,
      BigInteger fakeResponse) {
    ECPoint[] simulated =
        commitments(publicKey, detached(ciphertext), 1 - claimed, fakeChallenge, fakeResponse);
    ECPoint[] honest = {Group.base(nonce), publicKey.multiply(nonce)};
    ECPoint[] zero = claimed == 0 ? honest : simulated;
    ECPoint[] one = claimed == 0 ? simulated : honest;
    BigInteger c =
        statement.copy().point(zero[0]).point(zero[1]).point(one[0]).point(one[1]).challenge();
    BigInteger realChallenge = c.subtract(fakeChallenge).mod(Group.ORDER);
    BigInteger realResponse = nonce.add(realChallenge.multiply(randomness)).mod(Group.ORDER);
    return claimed == 0
        ? new ZeroOneProof(realChallenge, fakeChallenge, realResponse, fakeResponse)
        : new ZeroOneProof(fakeChallenge, realChallenge, fakeResponse, realResponse);
  }

  boolean verify(Transcript statement, ECPoint publicKey, Ciphertext ciphertext) {
    if (!Scalars.valid(c0, c1, v0, v1)) {
      return false;
    }
    try {
      BigInteger c = hashInput(statement, publicKey, ciphertext).challenge();
      return c.equals(c0.add(c1).mod(Group.ORDER));
    } catch (CryptoRefusal e) {
      return false; // the point at infinity where a point belongs
    }
  }

  /** What the challenge hashes: the statement, then a0, b0, a1, b1. */
  Transcript hashInput(Transcript statement, ECPoint publicKey, Ciphertext ciphertext) {
    Ciphertext own = detached(ciphertext); // both branches share its tables, the ballot keeps none
    ECPoint[] zero = commitments(publicKey, own, 0, c0, v0);
    ECPoint[] one = commitments(publicKey, own, 1, c1, v1);
    return statement.copy().point(zero[0]).point(zero[1]).point(one[0]).point(one[1]);
  }

  private static Ciphertext detached(Ciphertext c) {
    return new Ciphertext(Group.detached(c.a()), Group.detached(c.b()));
  }

  private static void requirePosition(int candidate, int candidates) {
    if (candidates < 1 || candidate < 0 || candidate >= candidates) {
      throw new CryptoRefusal(
          "candidate " + candidate + " is not a position among " + candidates + " candidates");
    }
  }

  /** (v*G - c*A, v*K - c*(B - m*G)) for branch m. */
  private static ECPoint[] commitments(
      ECPoint publicKey, Ciphertext ciphertext, int m, BigInteger c, BigInteger v) {
    ECPoint shifted = m == 0 ? ciphertext.b() : ciphertext.b().subtract(Group.G);
    return new ECPoint[] {
      Group.baseAndPoint(v, ciphertext.a(), c.negate()),
      Group.twoPoints(publicKey, v, shifted, c.negate())
    };
  }
}
