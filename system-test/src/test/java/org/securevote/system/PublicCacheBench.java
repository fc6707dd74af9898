package org.securevote.system;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the suite; bench/public-cache/run.sh runs it):
 * readers of a published results page against the database's transaction rate. Baseline, in the
 * same run: the database with no readers (the election clock's own work), then one reader.
 */
class PublicCacheBench {
  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int CROWD = Integer.getInteger("bench.readers", 200);

  @Test
  void readersOfAResultsPage() throws Exception {
    String page = "/public/results.xhtml?election=" + publishedElection();
    WebSession client = new WebSession(HttpClient.Version.HTTP_1_1);
    client.get(page); // warm: the first computation fills the cache
    Phase idle = measure(client, page, 0);
    Phase one = measure(client, page, 1);
    Phase crowd = measure(client, page, CROWD);
    System.out.println();
    System.out.println("| readers | requests/s | failed | database transactions/s | above idle |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: |");
    for (Phase p : List.of(idle, one, crowd)) {
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %d | %.1f | %.1f |%n",
          p.readers(),
          p.requestsPerSecond(),
          p.failed(),
          p.transactionsPerSecond(),
          p.transactionsPerSecond() - idle.transactionsPerSecond());
    }
    double requestRatio = crowd.requestsPerSecond() / one.requestsPerSecond();
    double transactionRatio =
        (crowd.transactionsPerSecond() - idle.transactionsPerSecond())
            / Math.max(0.1, one.transactionsPerSecond() - idle.transactionsPerSecond());
    System.out.printf(
        Locale.ROOT,
        "request_ratio=%.1f (requests/s, %d readers / 1 reader)%n"
            + "db_ratio=%.2f (database transactions/s above idle, %d readers / 1 reader)%n"
            + "db_per_request: 1 reader %.4f, %d readers %.4f%n",
        requestRatio,
        CROWD,
        transactionRatio,
        CROWD,
        (one.transactionsPerSecond() - idle.transactionsPerSecond()) / one.requestsPerSecond(),
        CROWD,
        (crowd.transactionsPerSecond() - idle.transactionsPerSecond()) / crowd.requestsPerSecond());
  }

  private record Phase(
      int readers, double requestsPerSecond, long failed, double transactionsPerSecond) {}

  private static Phase measure(WebSession client, String page, int readers) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, readers));
    for (int i = 0; i < readers; i++) {
      pool.submit(
          () -> {
            while (running.get()) {
              try {
                HttpResponse<String> answer = client.get(page);
                (answer.statusCode() == 200 ? done : failed).incrementAndGet();
              } catch (RuntimeException e) {
                failed.incrementAndGet();
              }
            }
          });
    }
    Thread.sleep(2000); // ramp up before counting
    long requestsBefore = done.get();
    long transactionsBefore = transactions();
    long started = System.nanoTime();
    Thread.sleep(SECONDS * 1000L);
    double elapsed = (System.nanoTime() - started) / 1e9;
    long transactions = transactions() - transactionsBefore;
    long requests = done.get() - requestsBefore;
    running.set(false);
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    return new Phase(readers, requests / elapsed, failed.get(), transactions / elapsed);
  }

  /** Committed and rolled-back transactions of the application's database so far. */
  private static long transactions() throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("it.db.url"), System.getProperty("it.db.user"), "");
        ResultSet row =
            db.createStatement()
                .executeQuery(
                    "select xact_commit + xact_rollback from pg_stat_database"
                        + " where datname = current_database()")) {
      row.next();
      return row.getLong(1);
    }
  }

  /** An election with a ballot, closed, decrypted by its trustee and published. */
  private static String publishedElection() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] voter = TestAccounts.createVoter("bench-voter-password");
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession voting = new WebSession();
    voting.signIn(voter[1], "bench-voter-password");
    if (ApiBallots.cast(voting, id, 0).statusCode() != 201) {
      throw new IllegalStateException("the bench's ballot was refused");
    }
    AdminPages.act(admin, id, "close");
    TrusteePages.decrypt(id);
    AdminPages.act(admin, id, "publish");
    return id;
  }
}
