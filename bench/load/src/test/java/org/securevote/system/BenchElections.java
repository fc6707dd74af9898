package org.securevote.system;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.securevote.tools.format.JsonFiles;

/**
 * The benchmarks' set-up, done before anything is measured, through the system tests' helpers:
 * elections opened on the admin pages with a 1-of-1 trustee ceremony, verified voters put in the
 * database as {@link TestAccounts} does (sharing one password hash), enrolled on every election,
 * and signed in once on the sign-in page, so their sessions can cast in several elections.
 */
public final class BenchElections {
  public static final List<String> CANDIDATES = List.of("Ada", "Grace", "Edsger");

  /** Every bench voter's password. */
  public static final String PASSWORD = "bench-voter-password";

  /** The platform's PBKDF2 iterations: a voter's sign-in costs the server what a real one does. */
  public static final int FULL_ITERATIONS = 210_000;

  static {
    // The throw-away domain's self-signed certificate names its host, not "localhost" (as in the
    // system tests' failsafe settings); read when the first client is built, so set before.
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
  }

  private final WebSession admin = new WebSession(HttpClient.Version.HTTP_1_1);
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  public BenchElections() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  /** An open election with {@link #CANDIDATES} and its key made by its trustee; its id. */
  public String openElection() {
    return TrusteePages.withMailCatcher(() -> AdminPages.openElection(admin, CANDIDATES));
  }

  /** An open election as above whose window lasts this many days; its id. */
  public String openElection(int days) {
    return TrusteePages.withMailCatcher(() -> AdminPages.openElectionFor(days, admin, CANDIDATES));
  }

  /**
   * Closes an open election as its admin does (the lifecycle button, then "Yes, go ahead"); how
   * long the confirming request took, in ms: the close with its shuffle and encrypted totals.
   */
  public double close(String electionId) {
    String page = "/admin/election.xhtml?id=" + electionId;
    HttpResponse<String> asked =
        admin.submit(admin.get(page).body(), "lifecycle", Map.of("lifecycle:close", "close"));
    if (!asked.body().contains("id=\"confirm\"")) {
      throw new IllegalStateException("no confirmation to close: " + asked.statusCode());
    }
    long started = System.nanoTime();
    HttpResponse<String> closed =
        admin.submit(asked.body(), "confirm", Map.of("confirm:yes", "Yes, go ahead"));
    double ms = (System.nanoTime() - started) / 1e6;
    if (closed.statusCode() >= 400) {
      throw new IllegalStateException("closing answered " + closed.statusCode());
    }
    return ms;
  }

  /** Publishes a closed election whose results exist. */
  public void publishResults(String electionId) {
    AdminPages.act(admin, electionId, "publish");
  }

  /** What an election's 1-of-1 trustee keeps, to act as that trustee in a later process. */
  public static String trustee(String electionId) {
    return TrusteePages.held(electionId);
  }

  /** Acts again as the trustee {@link #trustee} described, on a copy of that database. */
  public static void trusteeAgain(String electionId, String held) {
    TrusteePages.holdAgain(electionId, held);
  }

  /** The election's trustee, signed in, as its own machine talks to the server. */
  public static WebSession trusteeSession(String electionId) {
    WebSession trustee = new WebSession();
    trustee.signIn(TrusteePages.held(electionId).split(" ")[0], TrusteePages.PASSWORD);
    return trustee;
  }

  /** BALLOTS.json as the trustee's download link gives it, written to a file as it arrives. */
  public static Path downloadBallots(WebSession trustee, String electionId, Path file) {
    HttpResponse<Path> got =
        trustee.download("/api/trustee/elections/" + electionId + "/decryption/ballots", file);
    if (got.statusCode() != 200) {
      throw new IllegalStateException("the ballots download answered " + got.statusCode());
    }
    return file;
  }

  /**
   * What `trustee decrypt` computes on the trustee's machine: every ballot checked, the partials.
   */
  public static String partials(String electionId, Path ballots) {
    return TrusteePages.partials(electionId, ballots);
  }

  /** Sends the trustee's partial decryptions; the server combines them into the counts. */
  public static void sendPartials(WebSession trustee, String electionId, String file) {
    HttpResponse<String> sent = Trustees.send(trustee, electionId, file);
    if (sent.statusCode() != 200) {
      throw new IllegalStateException(sent.statusCode() + ": " + sent.body());
    }
  }

  /** Closes, decrypts (as its trustee) and publishes an election this set-up opened. */
  public void publish(String electionId) {
    AdminPages.act(admin, electionId, "close");
    TrusteePages.decrypt(electionId);
    AdminPages.act(admin, electionId, "publish");
  }

  /** Creates this many verified voters in the database; their emails. */
  public List<String> voters(int count) {
    return voters(count, FULL_ITERATIONS);
  }

  /**
   * As above with password hashes of this many PBKDF2 iterations: fewer let a million voters sign
   * in without the server spending days on hashing, which no benchmark here measures.
   */
  public List<String> voters(int count, int iterations) {
    String hash = TestAccounts.pbkdf2(PASSWORD, iterations);
    String pattern = "bench-" + run + "-%";
    sql(
        "insert into account (email, display_name, password_hash) select 'bench-' || ? || '-' || g"
            + " || '@example.org', 'Bench voter ' || g, ? from generate_series(1, ?) g",
        run,
        hash,
        count);
    sql(
        "insert into account_role (account_id, role) select id, 'VOTER' from account"
            + " where email like ?",
        pattern);
    sql(
        "insert into voter (account_id, voter_ref, verified_at, verification_method)"
            + " select id, 'B-' || ? || '-' || id, now(), 'test' from account where email like ?",
        run,
        pattern);
    List<String> emails = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      emails.add("bench-" + run + "-" + i + "@example.org");
    }
    return emails;
  }

  /** Puts every voter of this set-up on an election's roll. */
  public void enrol(String electionId) {
    sql(
        "insert into eligibility (election_id, account_id) select ?, id from account"
            + " where email like ? on conflict do nothing",
        electionId,
        "bench-" + run + "-%");
  }

  /** Signs every voter in on the sign-in page (PBKDF2 on the server), two at a time; sessions. */
  public List<String> signIn(List<String> emails) {
    return signIn(emails, 2);
  }

  /** As above, this many at a time (more than two pay off with cheaper hashes). */
  public List<String> signIn(List<String> emails, int threads) {
    return parallel(
        emails.size(),
        threads,
        i -> {
          WebSession voter = new WebSession(HttpClient.Version.HTTP_1_1);
          HttpResponse<String> signedIn = voter.signIn(emails.get(i), PASSWORD);
          if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
          }
          return voter.sessionId().orElseThrow();
        });
  }

  /** Each voter casts a ballot for candidate i % candidates through /api, as a machine client. */
  public static void castThroughApi(List<String> sessions, String electionId) {
    parallel(
        sessions.size(),
        2,
        i -> {
          WebSession voter = new WebSession(HttpClient.Version.HTTP_1_1);
          voter.cookie("JSESSIONID", sessions.get(i));
          int status = ApiBallots.cast(voter, electionId, i % CANDIDATES.size()).statusCode();
          if (status != 201) {
            throw new IllegalStateException("a set-up cast answered " + status);
          }
          return null;
        });
  }

  /** What a voter's client reads on an election's ballot paper. */
  public record Paper(String publicKey, List<String> candidateIds) {}

  /** The ballot paper of an election, read with a voter's session as a client reads it. */
  public static Paper paper(String sessionId, String electionId) {
    WebSession voter = new WebSession(HttpClient.Version.HTTP_1_1);
    voter.cookie("JSESSIONID", sessionId);
    HttpResponse<String> paper = voter.get("/api/vote/elections/" + electionId + "/ballot");
    if (paper.statusCode() != 200) {
      throw new IllegalStateException(paper.statusCode() + ": " + paper.body());
    }
    JsonObject json = JsonFiles.parse(paper.body(), "ballot paper").object();
    return new Paper(
        json.getString("publicKey"),
        json.getJsonArray("options").stream()
            .map(o -> o.asJsonObject().getString("candidateId"))
            .toList());
  }

  /** The Origin header a browser or the API's clients send with a POST from this site. */
  public static String origin() {
    return Trustees.origin();
  }

  /** Runs work(0..count-1) on this many threads; the results in order. */
  public static <T> List<T> parallel(int count, int threads, IntFunction<T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> work.apply(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sql(String statement, Object... values) {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement s = db.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
