package org.securevote.bench.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.ECPoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.securevote.tools.crypto.BallotVerdict;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;

/**
 * The server's ballot check and the Java encryption, against the baseline they are made of: one
 * P-256 scalar multiplication with the same library (Bouncy Castle through voting-tools' Group).
 * Every ballot is checked to be valid in the setup, so a fast refusal cannot pass for a fast check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ElectionCryptoBenchmark {
  /** Fresh scalars per call, cycled, so no single scalar's wNAF shape decides the figure. */
  private static final int SCALARS = 64;

  private static final ChoiceBounds UP_TO_FIVE = new ChoiceBounds(0, 5);
  private static final Set<Integer> THREE_CHOSEN = Set.of(1, 4, 8);

  private final SecureRandom random = new SecureRandom();
  private String electionId;
  private ECPoint publicKey;
  private ECPoint randomPoint;
  private BigInteger[] scalars;
  private int next;
  private EncryptedBallot ballot3;
  private EncryptedBallot ballot10;
  private EncryptedBallot approval10;

  @Setup(Level.Trial)
  public void setUp() {
    byte[] id = new byte[16];
    random.nextBytes(id);
    electionId = HexFormat.of().formatHex(id);
    // Any point will do for timing: nobody decrypts here, so a plain key pair stands for K.
    publicKey = KeyPair.generate(random).publicKey();
    randomPoint = KeyPair.generate(random).publicKey();
    scalars = new BigInteger[SCALARS];
    for (int i = 0; i < SCALARS; i++) {
      scalars[i] = Group.randomScalar(random);
    }
    ballot3 = valid(EncryptedBallot.encrypt(electionId, publicKey, 3, 1, random).ballot(), 3);
    ballot10 = valid(EncryptedBallot.encrypt(electionId, publicKey, 10, 7, random).ballot(), 10);
    approval10 =
        EncryptedBallot.encrypt(electionId, publicKey, 10, UP_TO_FIVE, THREE_CHOSEN, random)
            .ballot();
    if (!approval10.verify(electionId, publicKey, 10, UP_TO_FIVE).valid()) {
      throw new IllegalStateException("the approval ballot under test must be valid");
    }
  }

  private EncryptedBallot valid(EncryptedBallot ballot, int candidates) {
    BallotVerdict verdict = ballot.verify(electionId, publicKey, candidates);
    if (!verdict.valid()) {
      throw new IllegalStateException(verdict.describe());
    }
    return ballot;
  }

  private BigInteger nextScalar() {
    next = (next + 1) % SCALARS;
    return scalars[next];
  }

  /** Baseline: k*P for a point with no precomputation, to affine (as every library result is). */
  @Benchmark
  public ECPoint scalarMultRandomPoint() {
    return randomPoint.multiply(nextScalar()).normalize();
  }

  /** Baseline: k*G with the library's precomputed comb for the generator (Group.base). */
  @Benchmark
  public ECPoint scalarMultG() {
    return Group.base(nextScalar()).normalize();
  }

  @Benchmark
  public BallotVerdict verify3Candidates() {
    return ballot3.verify(electionId, publicKey, 3);
  }

  @Benchmark
  public BallotVerdict verify10Candidates() {
    return ballot10.verify(electionId, publicKey, 10);
  }

  /** The future no-JavaScript path: the server encrypts for the voter. */
  @Benchmark
  public EncryptedBallot.Encrypted encrypt3Candidates() {
    return EncryptedBallot.encrypt(electionId, publicKey, 3, 1, random);
  }

  @Benchmark
  public EncryptedBallot.Encrypted encrypt10Candidates() {
    return EncryptedBallot.encrypt(electionId, publicKey, 10, 7, random);
  }

  /** An approval ballot, "choose up to 5 of 10": ten 0-or-1 proofs and a six-branch count proof. */
  @Benchmark
  public BallotVerdict verifyApproval10Candidates() {
    return approval10.verify(electionId, publicKey, 10, UP_TO_FIVE);
  }

  @Benchmark
  public EncryptedBallot.Encrypted encryptApproval10Candidates() {
    return EncryptedBallot.encrypt(electionId, publicKey, 10, UP_TO_FIVE, THREE_CHOSEN, random);
  }
}
