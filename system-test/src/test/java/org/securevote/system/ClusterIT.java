package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.securevote.ballot.boundary.BallotSweep;
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
  private static final int VOTERS = Integer.getInteger("cluster.voters", 48);
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
  @Order(0)
  void theInstancesShareBurstCountsAndImportProgress() throws Exception {
    // 20 requests to each instance from one client: over the limit of 30 only when counted
    // together.
    String urls =
        String.join(
            " ",
            java.util.Collections.nCopies(
                20,
                cluster.instanceUrl("sv-1")
                    + "/api/public/elections "
                    + cluster.instanceUrl("sv-2")
                    + "/api/public/elections"));
    Cluster.shell("curl -ks --interface 127.0.0.7 " + urls + " >/dev/null");
    assertEquals(
        1,
        Deployed.count(
            "select count(*) from suspicious_event where reason = 'request-burst'"
                + " and address = ?",
            "127.0.0.7"),
        "one burst, counted by both instances together and reported once");

    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    StringBuilder csv = new StringBuilder("voter_id,name,email\n");
    String tag = Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 2000; i++) {
      csv.append("C").append(tag).append('-').append(i).append(",Voter ").append(i);
      csv.append(",c").append(i).append('-').append(tag).append("@example.org\n");
    }
    System.setProperty("it.base.url", cluster.instanceUrl("sv-1"));
    HttpResponse<String> checked = AdminPages.uploadRoll(admin, csv.toString().getBytes());
    System.setProperty("it.base.url", cluster.instanceUrl("sv-2"));
    HttpResponse<String> started =
        admin.submit(checked.body(), "commit", Map.of("commit:import", "Import 2000 voters"));
    assertEquals(302, started.statusCode(), "the other instance took the form: " + started.body());
    String job = started.headers().firstValue("Location").orElseThrow();
    job = job.substring(job.indexOf("job="));
    for (String instance : Cluster.INSTANCES) {
      System.setProperty("it.base.url", cluster.instanceUrl(instance));
      String page = "";
      for (int poll = 0; poll < 120 && !page.contains("2000 voters imported."); poll++) {
        Cluster.sleep(500);
        page = admin.get("/admin/import.xhtml?" + job).body();
      }
      assertTrue(page.contains("2000 voters imported."), instance + " shows the import: " + page);
    }
    System.setProperty("it.base.url", cluster.url());
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
    assertEquals(3, Deployed.count(FAILURES, pair + "127.0.0.5"), "the guesser's own count");
    assertEquals(1, Deployed.count(FAILURES, pair + "127.0.0.6"), "another client's own count");
    assertEquals(
        0, Deployed.count(FAILURES, pair + "127.0.0.1"), "nothing counted for the balancer");
  }

  @Test
  @Order(3)
  void aChangeThroughOneInstanceEmptiesThePublicViewsOfEvery() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String id = AdminPages.openElection(admin, voter[0]);
    String view = cluster.instanceUrl("sv-2") + "/api/public/elections/" + id;
    WebSession reader = new WebSession();
    assertTrue(reader.get(java.net.URI.create(view)).body().contains("\"OPEN\""));

    // Behind the application's back: the kept view does not see it, so the cache is live.
    try (Connection db = DriverManager.getConnection(cluster.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement edit =
            db.prepareStatement("update election set title = 'Retitled by the DBA' where id = ?")) {
      edit.setString(1, id);
      assertEquals(1, edit.executeUpdate());
    }
    assertFalse(reader.get(java.net.URI.create(view)).body().contains("Retitled by the DBA"));

    System.setProperty("it.base.url", cluster.instanceUrl("sv-1"));
    try {
      AdminPages.act(admin, id, "close");
    } finally {
      System.setProperty("it.base.url", cluster.url());
    }
    String after = reader.get(java.net.URI.create(view)).body();
    assertTrue(after.contains("\"CLOSED\""), "sv-2 shows sv-1's closing at once: " + after);
    assertTrue(after.contains("Retitled by the DBA"), "and reads the row afresh: " + after);
  }

  /**
   * One instance is killed with {@code kill -9} while voters cast through the balancer and an admin
   * has a form open on it: the admin's session and form, and every acknowledged cast, survive. (One
   * kill for both: each restart of an instance costs the suite most of a minute.)
   */
  @Test
  @Order(4)
  void anInstanceKilledUnderLoadLosesNoSessionNoOpenFormAndNoAcknowledgedCast() throws Exception {
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String form = admin.get("/admin/elections.xhtml").body();
    String instance = cluster.instanceHolding(admin.sessionId().orElseThrow());

    Load load = castWhile(VOTERS, () -> cluster.kill(instance));
    assertNothingLost("instance killed", load);
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

    // Pages whose view-scoped beans hold the most: each must go into the replicated session whole.
    String location = created.headers().firstValue("Location").orElseThrow();
    assertEquals(200, admin.get(location.substring(location.indexOf("/admin/"))).statusCode());
    assertEquals(200, admin.get("/admin/staff.xhtml").statusCode());
    Cluster.sleep(1000); // the session is written to the data grid as the request ends
    for (String each : Cluster.INSTANCES) {
      assertFalse(
          cluster.log(each).contains("Cannot serialize session attribute"),
          each + " left part of a session behind: see its server.log");
    }
  }

  @Test
  @Order(5)
  void whenPostgresRestartsUnderLoadReadinessFallsAndRisesAndNothingIsLost() throws Exception {
    Load load =
        castWhile(
            VOTERS,
            () -> {
              cluster.postgres.stop();
              awaitReadiness(503);
              Cluster.sleep(2000);
              cluster.postgres.start();
              awaitReadiness(200);
            });
    assertNothingLost("database restarted", load);
  }

  /**
   * The README's rolling upgrade, tried once under load (bench/failover/run.sh switches it on; the
   * suite leaves it out for time): a new build goes in one instance at a time while voters cast and
   * signed-in admins keep reading pages.
   */
  @Test
  @Order(6)
  @EnabledIfSystemProperty(named = "cluster.upgrade", matches = "true")
  void aRollingUpgradeUnderLoadLosesNoSessionAndNoBallot() throws Exception {
    cluster.up(false); // both instances, after the tests above
    Path newBuild = Files.createTempFile("secure-vote-next", ".ear");
    Files.copy(cluster.ear(), newBuild, StandardCopyOption.REPLACE_EXISTING);
    Cluster.shell(
        "cd $(mktemp -d) && mkdir -p META-INF && date > META-INF/build.txt && jar uf "
            + newBuild
            + " META-INF/build.txt");
    List<WebSession> readers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      readers.add(signedIn(Deployed.adminEmail(), Deployed.adminPassword()));
    }
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger signedOut = new AtomicInteger();
    AtomicInteger pageFailures = new AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean upgrading =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService readerThreads = Executors.newFixedThreadPool(readers.size());
    for (WebSession reader : readers) {
      readerThreads.submit(
          () -> {
            while (upgrading.get()) {
              try {
                int status = reader.onNewConnections().get("/admin/elections.xhtml").statusCode();
                if (status == 200) {
                  pages.incrementAndGet();
                } else if (status == 302) {
                  signedOut.incrementAndGet(); // sent to sign in: the session was lost
                } else {
                  pageFailures.incrementAndGet();
                }
              } catch (IllegalStateException lost) {
                pageFailures.incrementAndGet();
              }
              Cluster.sleep(500);
            }
          });
    }
    long started = System.nanoTime();
    var upgrade = new java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>>();
    // Two voters a few seconds apart all along: the upgrade takes minutes, not seconds.
    Load load =
        castWhile(
            VOTERS * 2,
            2,
            3000,
            () ->
                upgrade.set(
                    CompletableFuture.runAsync(
                        () -> cluster.up(false, Map.of("VOTING_EAR", newBuild.toString())))));
    upgrade.get().join(); // fails the test if the upgrade failed
    upgrading.set(false);
    readerThreads.shutdown();
    readerThreads.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    System.out.printf(
        "[cluster] rolling upgrade took %d s under load; admin pages read=%d signed-out=%d"
            + " failed=%d%n",
        (System.nanoTime() - started) / 1_000_000_000L,
        pages.get(),
        signedOut.get(),
        pageFailures.get());
    assertNothingLost("rolling upgrade", load);
    assertEquals(0, signedOut.get(), "no signed-in admin lost the session");
  }

  /**
   * The cluster runs on the README's two database roles (DatabaseRolesIT checks their rights): the
   * migrations were applied by the owner, the application's role owns only the tables its sweep
   * rewrites, and its sweep runs.
   */
  @Test
  @Order(7)
  void theMigrationsRanAsTheOwnerAndTheApplicationsRoleStillSweeps() throws Exception {
    try (Connection db = DriverManager.getConnection(cluster.dbUrl(), Deployed.dbUser(), "");
        Statement sql = db.createStatement()) {
      assertEquals(
          List.of(Cluster.OWNER_ROLE),
          SqlRows.column(sql, "select distinct installed_by from flyway_schema_history"));
      assertEquals(
          BallotSweep.TABLES.stream().sorted().toList(),
          SqlRows.column(
              sql,
              "select tablename from pg_tables where schemaname = 'public' and tableowner = '"
                  + Cluster.APP_ROLE
                  + "' order by 1"));

      String due =
          SqlRows.column(sql, "insert into ballot_sweep_due default values returning shuffle")
              .get(0);
      long deadline = System.currentTimeMillis() + 60_000; // due at once, as a closing's
      while (!SqlRows.column(sql, "select 1 from ballot_sweep_due where shuffle = " + due)
          .isEmpty()) {
        assertTrue(System.currentTimeMillis() < deadline, "the sweep did not run within 60 s");
        Cluster.sleep(1000);
      }
    }
  }

  /** Every instance's own /health/ready answers this status (checked directly, not balanced). */
  private static void awaitReadiness(int status) {
    for (String instance : Cluster.INSTANCES) {
      if (!cluster.running(instance)) {
        continue; // killed by the test before
      }
      long started = System.nanoTime();
      int last = -1;
      while (System.nanoTime() - started < 120_000_000_000L) {
        try {
          last =
              new WebSession()
                  .get(java.net.URI.create(cluster.instanceUrl(instance) + "/health/ready"))
                  .statusCode();
        } catch (IllegalStateException unreachable) {
          last = -1;
        }
        if (last == status) {
          break;
        }
        Cluster.sleep(200);
      }
      System.out.printf(
          "[cluster] %s readiness %d after %d ms%n",
          instance, last, (System.nanoTime() - started) / 1_000_000);
      assertEquals(status, last, instance + " readiness");
    }
  }

  private record Load(
      String election,
      int voters,
      Set<String> acknowledged,
      AtomicInteger failed,
      AtomicInteger retried,
      AtomicInteger alreadyStored,
      AtomicInteger sessionsLost) {}

  /**
   * Voters signed in beforehand cast through the balancer, eight at a time, retrying what fails;
   * when a third are acknowledged, the disruption happens while the rest go on.
   */
  private static Load castWhile(int voters, Runnable disruption) throws Exception {
    return castWhile(voters, 8, 0, disruption);
  }

  /** As above with this many clients, each pausing this long between its voters. */
  private static Load castWhile(int voters, int clientCount, long pauseMillis, Runnable disruption)
      throws Exception {
    List<String[]> roll = new ArrayList<>();
    for (int i = 0; i < voters; i++) {
      roll.add(TestAccounts.createVoter(PASSWORD));
    }
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String id = AdminPages.openElection(admin, roll.stream().map(v -> v[0]).toArray(String[]::new));
    Map<String, WebSession> sessions = new HashMap<>(); // by email
    Map<String, String> ballots = new HashMap<>(); // encrypted before the load, as clients do
    for (String[] voter : roll) {
      WebSession session = signedIn(voter[1], PASSWORD);
      sessions.put(voter[1], session);
      ballots.put(voter[1], ApiBallots.encrypt(session, id, 0));
    }
    Load load =
        new Load(
            id,
            voters,
            ConcurrentHashMap.newKeySet(),
            new AtomicInteger(),
            new AtomicInteger(),
            new AtomicInteger(),
            new AtomicInteger());
    ExecutorService clients = Executors.newFixedThreadPool(clientCount);
    List<Future<?>> casts = new ArrayList<>();
    ballots.forEach(
        (email, ballot) ->
            casts.add(
                clients.submit(
                    () -> {
                      castUntilStored(sessions.get(email), email, ballot, load);
                      Cluster.sleep(pauseMillis);
                    })));
    while (load.acknowledged().size() < voters / 3) {
      Cluster.sleep(20);
    }
    disruption.run();
    for (Future<?> cast : casts) {
      cast.get();
    }
    clients.shutdown();
    return load;
  }

  private static void assertNothingLost(String what, Load load) throws Exception {
    long stored =
        Deployed.count("select count(*) from ballot where election_id = ?", load.election());
    long participations =
        Deployed.count("select count(*) from participation where election_id = ?", load.election());
    System.out.printf(
        "[cluster] %s: voters=%d acknowledged=%d stored=%d failed=%d retried=%d"
            + " already-stored-on-retry=%d sessions-lost=%d participations=%d%n",
        what,
        load.voters(),
        load.acknowledged().size(),
        stored,
        load.failed().get(),
        load.retried().get(),
        load.alreadyStored().get(),
        load.sessionsLost().get(),
        participations);
    assertEquals(load.voters(), stored, "every voter's ballot is stored");
    assertEquals(load.voters(), participations, "every participation has its ballot");
    assertEquals(
        load.voters(),
        load.acknowledged().size() + load.alreadyStored().get(),
        "each voter acknowledged once");
    for (String tracker : load.acknowledged()) {
      assertEquals(
          1,
          Deployed.count("select count(*) from ballot where tracker = ?", tracker),
          "acknowledged tracker stored exactly once: " + tracker);
    }
    assertTrail();
  }

  /**
   * Casts, and on a failed request (no answer, 5xx) tries again until the ballot is stored; a voter
   * whose session is gone (401) signs in again first, and is counted.
   */
  private static void castUntilStored(WebSession session, String email, String ballot, Load load) {
    for (int attempt = 0; attempt < 90; attempt++) {
      if (attempt > 0) {
        load.retried().incrementAndGet();
        Cluster.sleep(500);
      }
      HttpResponse<String> answer;
      try {
        answer = ApiBallots.post(session.onNewConnections(), load.election(), ballot);
      } catch (IllegalStateException lost) {
        load.failed().incrementAndGet(); // the connection died with its instance
        continue;
      }
      if (answer.statusCode() == 201) {
        Matcher tracker = TRACKER.matcher(answer.body());
        assertTrue(tracker.find(), answer.body());
        load.acknowledged().add(tracker.group(1));
        return;
      }
      if (answer.statusCode() == 409) {
        load.alreadyStored().incrementAndGet(); // stored by a request whose answer was lost
        return;
      }
      if (answer.statusCode() == 401) {
        load.sessionsLost().incrementAndGet();
        session.signIn(email, PASSWORD);
        continue;
      }
      assertTrue(answer.statusCode() >= 500, "only a failure is retried: " + answer.body());
      load.failed().incrementAndGet();
    }
    throw new AssertionError("a voter could not cast within 90 attempts");
  }

  private static void assertTrail() throws Exception {
    WebSession auditor = signedIn(TestAccounts.create("AUDITOR", PASSWORD), PASSWORD);
    HttpResponse<String> csv = auditor.get("/audit/trail.csv");
    assertEquals(200, csv.statusCode());
    String key = new WebSession().get("/api/public/audit/key").body();
    TrailCheck check = TrailCheck.of(new StringReader(csv.body()), key);
    assertTrue(check.firstBreak().isEmpty(), "the chain verifies: " + check.firstBreak());
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
