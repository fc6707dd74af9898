package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.securevote.tools.verify.TrailCheck;

/**
 * The cluster as an operator builds it with server-config/cluster.sh: two instances of a deployment
 * group behind HAProxy. While it runs, every helper of the suite talks to the balancer and the
 * cluster's database; afterwards they point at the single test domain again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final String PASSWORD = "cluster-it-password";
  private static final Pattern TRACKER = Pattern.compile("\"tracker\":\"([0-9a-f]{64})\"");
  private static final Cluster cluster = new Cluster();
  private static final Map<String, String> suiteTarget = new HashMap<>();
  private static final String FAILURES =
      "select coalesce(sum(failures), 0) from sign_in_failure where subject = ?";

  @BeforeAll
  static void up() {
    cluster.up(true);
    for (String name : List.of("it.base.url", "it.db.url")) {
      suiteTarget.put(name, System.getProperty(name));
    }
    System.setProperty("it.base.url", cluster.url());
    System.setProperty("it.db.url", cluster.dbUrl());
  }

  @AfterAll
  static void down() {
    suiteTarget.forEach(System::setProperty);
    cluster.down();
  }

  @Test
  @Order(1)
  void theInstancesSeeTheClientBehindTheBalancerAndNotWhatItClaims() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String id = AdminPages.openElectionFrom(admin, "127.0.0.3/32", voter[0]);
    String cookie = "JSESSIONID=" + signedIn(voter[1], PASSWORD).sessionId().orElseThrow();
    String paper = "/api/vote/elections/" + id + "/ballot";

    assertEquals(200, Curl.from("127.0.0.3").status(paper, cookie, ""), "the allowed network");
    assertEquals(403, Curl.from("127.0.0.4").status(paper, cookie, ""), "another network");
    assertEquals(
        403,
        Curl.from("127.0.0.4").status(paper, cookie, "X-Forwarded-For: 127.0.0.3"),
        "a client's own X-Forwarded-For is not believed");
  }

  @Test
  @Order(2)
  void signInThrottlingCountsTheClientsAddressNotTheBalancers() throws SQLException {
    String email = TestAccounts.create("VOTER", PASSWORD);
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertTrue(Curl.from("127.0.0.5").signIn(email, "wrong").contains("is not correct"));
    }
    assertTrue(Curl.from("127.0.0.6").signIn(email, "wrong").contains("is not correct"));

    String pair = "account:" + email + "|address:";
    assertEquals(3, count(pair + "127.0.0.5", FAILURES), "the guesser's own count");
    assertEquals(1, count(pair + "127.0.0.6", FAILURES), "another client's own count");
    assertEquals(0, count(pair + "127.0.0.1", FAILURES), "nothing counted for the balancer");
  }

  @Test
  @Order(3)
  void aSignedInAdminAndTheirOpenFormSurviveTheirInstanceDying() {
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String form = admin.get("/admin/elections.xhtml").body();
    String instance = cluster.instanceHolding(admin.sessionId().orElseThrow());

    cluster.kill(instance);
    HttpResponse<String> created =
        admin.submit(
            form,
            "create",
            Map.of(
                "create:title", "Created after its instance died",
                "create:opensAt", "2030-01-01T09:00",
                "create:closesAt", "2030-01-02T09:00",
                "create:ballotType", "SINGLE_CHOICE",
                "create:allowedNetworks", "",
                "create:submit", "Create election"));

    assertEquals(
        302, created.statusCode(), "the form posted with its view state: " + created.body());
    assertTrue(
        created.headers().firstValue("Location").orElseThrow().contains("election.xhtml?id="));
    HttpResponse<String> list = admin.get("/admin/elections.xhtml");
    assertEquals(200, list.statusCode(), "still signed in");
    assertTrue(list.body().contains("Created after its instance died"));
    String survivor = cluster.instanceHolding(admin.sessionId().orElseThrow());
    assertTrue(!survivor.equals(instance), "now served by the other instance");
    cluster.up(false); // the operator starts the dead instance again
  }

  @Test
  @Order(4)
  void everyAcknowledgedCastIsStoredOnceWhenAnInstanceIsKilledUnderLoad() throws Exception {
    int voters = 48;
    List<String[]> roll = new ArrayList<>();
    for (int i = 0; i < voters; i++) {
      roll.add(TestAccounts.createVoter(PASSWORD));
    }
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String id = AdminPages.openElection(admin, roll.stream().map(v -> v[0]).toArray(String[]::new));
    Map<WebSession, String> ballots = new HashMap<>(); // encrypted before the load, as clients do
    for (String[] voter : roll) {
      WebSession session = signedIn(voter[1], PASSWORD);
      ballots.put(session, ApiBallots.encrypt(session, id, 0));
    }
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    AtomicInteger alreadyStored = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> casts = new ArrayList<>();
    ballots.forEach(
        (session, ballot) ->
            casts.add(
                clients.submit(
                    () ->
                        castUntilStored(
                            session, id, ballot, acknowledged, failed, retried, alreadyStored))));
    while (acknowledged.size() < voters / 3) {
      Cluster.sleep(50);
    }
    cluster.kill("sv-2");
    for (Future<?> cast : casts) {
      cast.get();
    }
    clients.shutdown();

    long stored = count(id, "select count(*) from ballot where election_id = ?");
    long participations = count(id, "select count(*) from participation where election_id = ?");
    System.out.printf(
        "[cluster] voters=%d acknowledged=%d stored=%d failed=%d retried=%d"
            + " already-stored-on-retry=%d participations=%d%n",
        voters,
        acknowledged.size(),
        stored,
        failed.get(),
        retried.get(),
        alreadyStored.get(),
        participations);
    assertEquals(voters, stored, "every voter's ballot is stored");
    assertEquals(voters, participations, "every participation has its ballot");
    assertEquals(voters, acknowledged.size() + alreadyStored.get(), "each voter acknowledged once");
    for (String tracker : acknowledged) {
      assertEquals(
          1,
          count(tracker, "select count(*) from ballot where tracker = ?"),
          "acknowledged tracker stored exactly once: " + tracker);
    }
    assertTrail();
    cluster.up(false);
  }

  /** Casts, and on a failed request (no answer, 5xx) tries again until the ballot is stored. */
  private static void castUntilStored(
      WebSession session,
      String id,
      String ballot,
      Set<String> acknowledged,
      AtomicInteger failed,
      AtomicInteger retried,
      AtomicInteger alreadyStored) {
    for (int attempt = 0; attempt < 20; attempt++) {
      if (attempt > 0) {
        retried.incrementAndGet();
        Cluster.sleep(500);
      }
      HttpResponse<String> answer;
      try {
        answer = ApiBallots.post(session.onNewConnections(), id, ballot);
      } catch (IllegalStateException lost) {
        failed.incrementAndGet(); // the connection died with its instance
        continue;
      }
      if (answer.statusCode() == 201) {
        Matcher tracker = TRACKER.matcher(answer.body());
        assertTrue(tracker.find(), answer.body());
        acknowledged.add(tracker.group(1));
        return;
      }
      if (answer.statusCode() == 409) {
        alreadyStored.incrementAndGet(); // stored by a request whose answer was lost
        return;
      }
      assertTrue(answer.statusCode() >= 500, "only a failure is retried: " + answer.body());
      failed.incrementAndGet();
    }
    throw new AssertionError("a voter could not cast within 20 attempts");
  }

  private static void assertTrail() throws Exception {
    WebSession auditor = signedIn(TestAccounts.create("AUDITOR", PASSWORD), PASSWORD);
    HttpResponse<String> csv = auditor.get("/audit/trail.csv");
    assertEquals(200, csv.statusCode());
    String key = new WebSession().get("/api/public/audit/key").body();
    TrailCheck check = TrailCheck.of(new StringReader(csv.body()), key);
    assertTrue(check.firstBreak().isEmpty(), "the chain verifies: " + check.firstBreak());
  }

  private static long count(String value, String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(cluster.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, value);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static WebSession signedIn(String email, String password) {
    WebSession session = new WebSession(HttpClient.Version.HTTP_1_1);
    HttpResponse<String> answer = session.signIn(email, password);
    assertEquals(302, answer.statusCode(), answer.body());
    return session;
  }

  /** curl from one loopback address, so the balancer sees a client other than itself. */
  private record Curl(String address) {
    static Curl from(String address) {
      return new Curl(address);
    }

    int status(String path, String cookie, String header) {
      String out =
          Cluster.shell(
              "curl -ks -o /dev/null -w '%{http_code}' --interface "
                  + address
                  + " -H 'Cookie: "
                  + cookie
                  + "'"
                  + (header.isEmpty() ? "" : " -H '" + header + "'")
                  + " '"
                  + cluster.url()
                  + path
                  + "'");
      return Integer.parseInt(out.strip());
    }

    /** Fills and posts the sign-in form; the page that comes back (or where it redirects). */
    String signIn(String email, String password) {
      String jar = "/tmp/cluster-it-" + address + ".cookies";
      String curl = "curl -ks --interface " + address + " -b " + jar + " -c " + jar + " ";
      String page = Cluster.shell(curl + "'" + cluster.url() + "/public/sign-in.xhtml'");
      Element form = Jsoup.parse(page).getElementById("signIn");
      StringBuilder fields = new StringBuilder();
      for (Element input : form.select("input[name]")) {
        if (!input.attr("type").equals("submit") && !input.attr("name").startsWith("signIn:")) {
          fields.append(" --data-urlencode '").append(input.attr("name")).append('=');
          fields.append(input.attr("value")).append('\'');
        }
      }
      fields.append(" --data-urlencode 'signIn:email=").append(email).append('\'');
      fields.append(" --data-urlencode 'signIn:password=").append(password).append('\'');
      fields.append(" --data-urlencode 'signIn:submit=Sign in'");
      return Cluster.shell(
          curl
              + "-w '%{redirect_url}'"
              + fields
              + " '"
              + cluster.url()
              + form.attr("action")
              + "'");
    }
  }
}
