package org.securevote.bench.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.system.BenchElections;
import org.securevote.tools.format.BallotJson;

/**
 * The cast's own cryptographic checks per second on every core: each ballot read from its JSON
 * (points decoded) and every proof verified, as the ballot box's intake does, on plain threads.
 */
final class CryptoBaseline {
  private CryptoBaseline() {}

  /** Checks the ballots over and over for at least this long after one warm-up pass; per second. */
  static double checksPerSecond(
      String election, ECPoint key, int candidates, List<String> ballots, double seconds) {
    int threads = Runtime.getRuntime().availableProcessors();
    pass(election, key, candidates, ballots, threads);
    long started = System.nanoTime();
    long checked = 0;
    while (System.nanoTime() - started < seconds * 1e9) {
      checked += pass(election, key, candidates, ballots, threads);
    }
    return checked / ((System.nanoTime() - started) / 1e9);
  }

  private static int pass(
      String election, ECPoint key, int candidates, List<String> ballots, int threads) {
    AtomicInteger next = new AtomicInteger();
    BenchElections.parallel(
        threads,
        threads,
        t -> {
          for (int i = next.getAndIncrement(); i < ballots.size(); i = next.getAndIncrement()) {
            var ballot = BallotJson.read(ballots.get(i), "ballot " + i);
            if (!ballot.verify(election, key, candidates).valid()) {
              throw new IllegalStateException("ballot " + i + " does not verify");
            }
          }
          return null;
        });
    return ballots.size();
  }
}
