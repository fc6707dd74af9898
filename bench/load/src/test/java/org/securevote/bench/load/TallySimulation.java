package org.securevote.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.securevote.system.BenchElections;
import org.securevote.system.WebSession;

/**
 * The tally of bench/tally/run.sh, on a copy of the prepared database whose election ({@code
 * bench.election}) is still open: its admin closes it on the election page (the server shuffles
 * what is left and adds up the encrypted totals in that request), its trustee downloads
 * BALLOTS.json and computes the partial decryptions as {@code trustee decrypt} does (the trustee's
 * machine: reported apart), sends them, and the server combines them into the counts in that
 * request. Each step is timed on its own; the admin then publishes, and the one virtual user reads
 * the published results once.
 */
public class TallySimulation extends Simulation {
  private final Path out = Path.of(System.getProperty("bench.out", "target/tally.properties"));

  public TallySimulation() {
    String election = System.getProperty("bench.election");
    BenchElections.trusteeAgain(election, System.getProperty("bench.trustee"));
    BenchElections setup = new BenchElections();
    double closeMs = setup.close(election);
    WebSession trustee = BenchElections.trusteeSession(election);
    Path file = Path.of(out.toAbsolutePath().getParent().toString(), "BALLOTS.json");
    long started = System.nanoTime();
    BenchElections.downloadBallots(trustee, election, file);
    long downloaded = System.nanoTime();
    String partials = BenchElections.partials(election, file);
    long decrypted = System.nanoTime();
    long bytes = size(file);
    BenchElections.sendPartials(trustee, election, partials);
    long combined = System.nanoTime();
    setup.publishResults(election);
    Phase.append(
        out,
        String.format(
            Locale.ROOT,
            "close_ms=%.1f%ndownload_ms=%.1f%nballots_file_bytes=%d%ntrustee_decrypt_ms=%.1f%n"
                + "combine_ms=%.1f%n",
            closeMs,
            (downloaded - started) / 1e6,
            bytes,
            (decrypted - downloaded) / 1e6,
            (combined - decrypted) / 1e6));
    setUp(
            scenario("results")
                .exec(
                    http("published results")
                        .get("/api/public/elections/" + election + "/results")
                        .check(status().is(200), bodyString().saveAs("results")))
                .exec(
                    s -> {
                      Phase.append(out, "results=" + s.getString("results") + "\n");
                      return s;
                    })
                .injectOpen(atOnceUsers(1)))
        .protocols(Phase.protocol());
  }

  /** The file's size, deleting it: a million ballots' file is gigabytes. */
  private static long size(Path file) {
    try {
      long bytes = Files.size(file);
      Files.delete(file);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
