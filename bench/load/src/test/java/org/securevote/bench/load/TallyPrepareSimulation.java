package org.securevote.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.system.BenchElections;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;

/**
 * Fills one election with {@code bench.ballots} ballots for bench/tally/run.sh's prepared database.
 * The election is opened on the admin pages with a 1-of-1 trustee and a window of a year (the clock
 * must not close it while the copy waits to be used); its voters are put in the database and on its
 * roll. Then {@code bench.users} virtual users cast, one voter after another, as a voter's browser
 * and client do: the sign-in page, sign in (landing on the voter's page), the ballot encrypted with
 * proofs by voting-tools posted to {@code /api}, and sign out, so no session outlives its voter.
 */
public class TallyPrepareSimulation extends Simulation {
  private static final int BALLOTS = Integer.getInteger("bench.ballots", 1_000_000);
  private static final int USERS = Integer.getInteger("bench.users", 32);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Path out =
      Path.of(System.getProperty("bench.out", "target/tally-prepare.properties"));
  private final String election;
  private final Phase phase;

  public TallyPrepareSimulation() {
    long started = System.nanoTime();
    BenchElections setup = new BenchElections();
    election = setup.openElection(365);
    List<String> emails = setup.voters(BALLOTS, Integer.getInteger("bench.voter.iterations", 1000));
    setup.enrol(election);
    BenchElections.Paper paper =
        BenchElections.paper(setup.signIn(emails.subList(0, 1)).get(0), election);
    // The election's trustee and id now, so the run script has them even if casting fails.
    Phase.append(
        out,
        String.format(
            Locale.ROOT,
            "election=%s%ntrustee=%s%nsetup_s=%.1f%n",
            election,
            BenchElections.trustee(election),
            (System.nanoTime() - started) / 1e9));
    phase = new Phase("prepare", election, List.of());
    AtomicInteger left = new AtomicInteger(BALLOTS);
    var scenario =
        scenario("prepare")
            .exec(phase::started)
            .asLongAs(s -> left.getAndDecrement() > 0)
            .on(feed(ballots(emails, paper)).exec(castAsVoter()))
            .exec(phase::ended);
    setUp(scenario.injectOpen(atOnceUsers(USERS)))
        .protocols(Phase.protocol().header("Origin", BenchElections.origin()));
  }

  @Override
  public void after() {
    Phase.append(
        out, String.format(Locale.ROOT, "cast_s=%.1f%nusers=%d%n", phase.seconds(), USERS));
  }

  /** One voter: signs in on the page, casts through /api with that session, signs out. */
  private ChainBuilder castAsVoter() {
    return exec(
        flushCookieJar(),
        http("sign-in page")
            .get("/public/sign-in.xhtml")
            .check(status().is(200), css("#signIn", "action").saveAs("action"))
            .check(form("#signIn").saveAs("form")),
        // Filled in the captured form itself: a formParam would be sent besides its empty field.
        exec(session -> session.set("form", signIn(session))),
        // Followed to the voter's landing page, which carries the sign-out form.
        http("sign in")
            .post("#{action}")
            .form("#{form}")
            .check(status().is(200), css("#signOut", "action").saveAs("signOutAction"))
            .check(form("#signOut").saveAs("signOut")),
        http("cast")
            .post("/api/vote/elections/" + election + "/ballot")
            .body(StringBody("#{ballot}"))
            .asJson()
            .check(status().is(201)),
        exec(
            session ->
                session.set("signOut", pressed(session, "signOut", "signOut:submit", "Sign out"))),
        http("sign out")
            .post("#{signOutAction}")
            .form("#{signOut}")
            .disableFollowRedirect()
            .check(status().is(302)));
  }

  private static Map<String, Object> signIn(Session session) {
    Map<String, Object> form = pressed(session, "form", "signIn:submit", "Sign in");
    form.put("signIn:email", session.getString("email"));
    form.put("signIn:password", BenchElections.PASSWORD);
    return form;
  }

  /** A captured form with one of its buttons pressed, as the browser sends it. */
  private static Map<String, Object> pressed(
      Session session, String form, String button, String label) {
    Map<String, Object> fields = new HashMap<>(session.getMap(form));
    fields.put(button, label);
    return fields;
  }

  /**
   * Voter i's email and a ballot for candidate i % candidates, encrypted with proofs when a user
   * takes it, so a million ballots are never held at once.
   */
  private Iterator<Map<String, Object>> ballots(List<String> emails, BenchElections.Paper paper) {
    ECPoint key = Group.pointFromHex(paper.publicKey());
    int candidates = paper.candidateIds().size();
    AtomicInteger next = new AtomicInteger();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return next.get() < emails.size();
      }

      @Override
      public Map<String, Object> next() {
        int i = next.getAndIncrement();
        EncryptedBallot ballot =
            EncryptedBallot.encrypt(election, key, candidates, i % candidates, RANDOM).ballot();
        return Map.of("email", emails.get(i), "ballot", BallotJson.toJson(ballot).toString());
      }
    };
  }
}
