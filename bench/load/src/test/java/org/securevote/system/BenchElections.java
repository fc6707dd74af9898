package org.securevote.system;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
  private static final String PASSWORD = "bench-voter-password";

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

  /** Closes, decrypts (as its trustee) and publishes an election this set-up opened. */
  public void publish(String electionId) {
    AdminPages.act(admin, electionId, "close");
    TrusteePages.decrypt(electionId);
    AdminPages.act(admin, electionId, "publish");
  }

  /** Creates this many verified voters in the database; their emails. */
  public List<String> voters(int count) {
    String hash = TestAccounts.pbkdf2(PASSWORD);
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
    return parallel(
        emails.size(),
        2,
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
