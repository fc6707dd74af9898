package org.securevote.bench.crypto;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
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
import org.securevote.tools.verify.RecordVerifier;
import org.securevote.tools.verify.Verdict;

/**
 * Times what {@code trustee verify} does (read the record, then every check) on a record of 100,000
 * three-candidate ballots, made once with the library (on every core) and kept under target.
 * Baseline, measured in the same run: the per-ballot work (proofs, tracker, receipt) on one thread
 * for a 10,000-ballot sample, times ten, i.e. the single-core cost of the ballots alone.
 *
 * <p>Run from the repository root: {@code java -cp bench/crypto/target/benchmarks.jar
 * org.securevote.bench.crypto.RecordVerifyBench [ballots] [sample]}.
 */
public class RecordVerifyBench {
  private static final String ELECTION = "5ec0de0f1e2d3c4b5a69788796a5b4c3";
  private static final List<String> CANDIDATES =
      List.of("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
  private static final SecureRandom RANDOM = new SecureRandom();

  public static void main(String[] args) throws IOException {
    int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int sample = args.length > 1 ? Integer.parseInt(args[1]) : Math.min(10_000, ballots);
    Path file = Path.of("bench/crypto/target/record-" + ballots + ".json");
    System.out.printf(
        "Available processors (JVM): %d, %s %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      ElectionRecord record = generate(ballots);
      Files.createDirectories(file.getParent());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
        record.write(out);
      }
      System.out.printf(
          "generated %s (%d ballots, %d MB) in %.1f s%n",
          file, ballots, Files.size(file) >> 20, seconds(start));
    } else {
      System.out.printf("reusing %s (%d MB)%n", file, Files.size(file) >> 20);
    }

    long start = System.nanoTime();
    ElectionRecord record = ElectionRecord.read(file);
    double read = seconds(start);
    long checks = System.nanoTime();
    List<Verdict> verdicts = RecordVerifier.verify(record);
    double verify = seconds(checks);
    double total = read + verify;
    verdicts.forEach(v -> System.out.println(v.line()));
    if (verdicts.stream().anyMatch(v -> !v.ok())) {
      throw new IllegalStateException("the generated record does not verify");
    }

    // Baseline: the per-ballot checks of a sample on this one thread, as verify does them.
    byte[] receiptKey = Hex.decode(record.receiptKey());
    long base = System.nanoTime();
    for (int i = 0; i < sample; i++) {
      RecordBallot b = record.ballots().get(i);
      boolean ok =
          b.ballot().verify(ELECTION, record.publicKey(), CANDIDATES.size()).valid()
              && Tracker.of(ELECTION, b.ballot()).equals(b.tracker())
              && Receipt.verify(
                  receiptKey, Hex.decode(b.receipt()), ELECTION, b.tracker(), b.encryptedBy());
      if (!ok) {
        throw new IllegalStateException("ballot " + i + " fails");
      }
    }
    double sampleSeconds = seconds(base);
    double baseline = sampleSeconds * record.ballots().size() / sample;

    System.out.println();
    System.out.printf("%-58s %10s%n", "measure", "value");
    System.out.printf("%-58s %10.1f%n", "read the record (JSON, point decoding), s", read);
    System.out.printf("%-58s %10.1f%n", "every check, s", verify);
    System.out.printf("%-58s %10.1f%n", "verify = read + checks, s", total);
    System.out.printf("%-58s %10.0f%n", "ballots per second", record.ballots().size() / total);
    System.out.printf(
        "%-58s %10.1f%n",
        "baseline: 1 thread, "
            + sample
            + " ballots' checks x "
            + record.ballots().size() / sample
            + ", s",
        baseline);
    System.out.printf("%-58s %10.2f%n", "ratio verify / baseline", total / baseline);
    System.out.printf("%-58s %10.3f%n", "baseline per ballot, ms", sampleSeconds * 1000 / sample);
  }

  /** A 2-of-3 election with these many ballots, decrypted by trustees 1 and 3. */
  static ElectionRecord generate(int count) {
    List<PublicFile> publics = new ArrayList<>();
    List<Polynomial> polynomials = new ArrayList<>();
    List<CoefficientCommitments> commitments = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Polynomial p = Polynomial.random(2, RANDOM);
      polynomials.add(p);
      PublicFile f =
          new PublicFile(
              new Ceremony(ELECTION, 3, 2, i),
              TrusteePublicKey.publish(ELECTION, i, KeyPair.generate(RANDOM), RANDOM),
              p.commit(ELECTION, i, RANDOM));
      publics.add(f);
      commitments.add(f.commitments());
    }
    ElectionKey key = ElectionKey.combine(ELECTION, 2, 3, commitments);
    byte[] seed = new byte[32];
    RANDOM.nextBytes(seed);
    List<RecordBallot> ballots =
        new ArrayList<>(
            IntStream.range(0, count)
                .parallel()
                .mapToObj(
                    i -> {
                      EncryptedBallot b =
                          EncryptedBallot.encrypt(ELECTION, key.publicKey(), 3, i % 3, RANDOM)
                              .ballot();
                      String tracker = Tracker.of(ELECTION, b);
                      byte[] receipt =
                          Receipt.sign(seed, ELECTION, tracker, Receipt.EncryptedBy.VOTER);
                      return new RecordBallot(
                          tracker, Receipt.EncryptedBy.VOTER, Hex.toHexString(receipt), b);
                    })
                .toList());
    ballots.sort(Comparator.comparing(RecordBallot::tracker));
    List<Ciphertext> sums = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      int candidate = c;
      sums.add(
          Ciphertext.sum(
              ballots.stream().map(b -> b.ballot().selections().get(candidate)).toList()));
    }
    List<PartialsFile> partials = new ArrayList<>();
    for (int j : new int[] {1, 3}) {
      List<BigInteger> received = new ArrayList<>();
      for (Polynomial p : polynomials) {
        received.add(p.at(j));
      }
      TrusteeShare share = TrusteeShare.combine(key, j, received);
      List<PartialDecryption> own = new ArrayList<>();
      for (Ciphertext sum : sums) {
        own.add(PartialDecryption.compute(key, share, sum, RANDOM));
      }
      partials.add(new PartialsFile(ELECTION, j, CANDIDATES, own));
    }
    List<Long> counts = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      counts.add((long) (count / 3 + (c < count % 3 ? 1 : 0)));
    }
    return ElectionRecord.builder()
        .election(
            ELECTION,
            "Benchmark election",
            ElectionRecord.SINGLE_CHOICE,
            Instant.parse("2026-12-01T10:00:00Z"),
            Instant.parse("2026-12-08T18:00:00Z"))
        .candidates(CANDIDATES)
        .ceremony(
            3,
            2,
            publics,
            key.publicKey(),
            CeremonyFingerprint.of(new Ceremony(ELECTION, 3, 2, 1), publics))
        .receiptKey(Receipt.publicKey(seed))
        .ballots(ballots)
        .voted(count)
        .encryptedTotals(sums)
        .partialDecryptions(partials)
        .results(counts)
        .build();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
