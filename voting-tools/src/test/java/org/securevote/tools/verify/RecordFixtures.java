package org.securevote.tools.verify;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CoefficientCommitments;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.Receipt;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.crypto.TrusteeShare;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.ElectionRecord;
import org.securevote.tools.format.PartialsFile;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.RecordBallot;

/**
 * A whole election made in memory with the library, as the server and the trustees would make it: a
 * 2-of-3 ceremony, ballots encrypted and signed, the sums decrypted by trustees 1 and 3.
 */
public final class RecordFixtures {
  public static final String ELECTION = "3f9c2a7e5b1d4c6a8e0f2b4d6a8c0e1f";
  public static final List<String> CANDIDATES =
      List.of("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
  public static final SecureRandom RANDOM = new SecureRandom();
  public static final byte[] RECEIPT_SEED = new byte[32];

  static {
    RANDOM.nextBytes(RECEIPT_SEED);
  }

  public final List<PublicFile> publics = new ArrayList<>();
  public final List<Polynomial> polynomials = new ArrayList<>();
  public final ElectionKey key;
  public final List<TrusteeShare> shares = new ArrayList<>();
  public final CeremonyFingerprint fingerprint;

  public RecordFixtures() {
    Ceremony ceremony = new Ceremony(ELECTION, 3, 2, 1);
    List<CoefficientCommitments> commitments = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      publics.add(publicFile(i));
      commitments.add(publics.get(i - 1).commitments());
    }
    key = ElectionKey.combine(ELECTION, 2, 3, commitments);
    for (int j = 1; j <= 3; j++) {
      List<BigInteger> received = new ArrayList<>();
      for (Polynomial p : polynomials) {
        received.add(p.at(j));
      }
      shares.add(TrusteeShare.combine(key, j, received));
    }
    fingerprint = CeremonyFingerprint.of(ceremony, publics);
  }

  /** A fresh, valid public file for trustee i (its polynomial kept). */
  public PublicFile publicFile(int i) {
    KeyPair transport = KeyPair.generate(RANDOM);
    Polynomial p = Polynomial.random(2, RANDOM);
    polynomials.add(p);
    return new PublicFile(
        new Ceremony(ELECTION, 3, 2, i),
        TrusteePublicKey.publish(ELECTION, i, transport, RANDOM),
        p.commit(ELECTION, i, RANDOM));
  }

  public static RecordBallot cast(ECPoint key, int choice) {
    EncryptedBallot ballot =
        EncryptedBallot.encrypt(ELECTION, key, CANDIDATES.size(), choice, RANDOM).ballot();
    String tracker = Tracker.of(ELECTION, ballot);
    byte[] receipt = Receipt.sign(RECEIPT_SEED, ELECTION, tracker, Receipt.EncryptedBy.VOTER);
    return new RecordBallot(tracker, Receipt.EncryptedBy.VOTER, Hex.toHexString(receipt), ballot);
  }

  /** The record of these choices (0-based candidates), decrypted by trustees 1 and 3. */
  public ElectionRecord record(int... choices) {
    List<RecordBallot> ballots = new ArrayList<>();
    long[] counts = new long[CANDIDATES.size()];
    for (int choice : choices) {
      ballots.add(cast(key.publicKey(), choice));
      counts[choice]++;
    }
    ballots.sort(Comparator.comparing(RecordBallot::tracker));
    List<Ciphertext> sums = new ArrayList<>();
    List<PartialsFile> partials = new ArrayList<>();
    if (!ballots.isEmpty()) {
      for (int c = 0; c < CANDIDATES.size(); c++) {
        int candidate = c;
        sums.add(
            Ciphertext.sum(
                ballots.stream().map(b -> b.ballot().selections().get(candidate)).toList()));
      }
      for (int j : new int[] {1, 3}) {
        List<PartialDecryption> own = new ArrayList<>();
        for (Ciphertext sum : sums) {
          own.add(PartialDecryption.compute(key, shares.get(j - 1), sum, RANDOM));
        }
        partials.add(new PartialsFile(ELECTION, j, CANDIDATES, own));
      }
    }
    List<Long> results = new ArrayList<>();
    for (long c : counts) {
      results.add(c);
    }
    return ElectionRecord.builder()
        .election(
            ELECTION,
            "Board of the Analytical Society",
            ElectionRecord.SINGLE_CHOICE,
            Instant.parse("2026-12-01T10:00:00Z"),
            Instant.parse("2026-12-08T18:00:00Z"))
        .candidates(CANDIDATES)
        .ceremony(3, 2, publics, key.publicKey(), fingerprint)
        .receiptKey(Receipt.publicKey(RECEIPT_SEED))
        .ballots(ballots)
        .voted(ballots.size())
        .encryptedTotals(sums)
        .partialDecryptions(partials)
        .results(results)
        .build();
  }
}
