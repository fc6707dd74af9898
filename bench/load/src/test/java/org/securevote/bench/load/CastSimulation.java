package org.securevote.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.system.BenchElections;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;

/**
 * Casting at several numbers of concurrent voters (bench/cast/run.sh). Set-up, not measured: one
 * election per phase, voters signed in once and on every roll, each phase's ballots encrypted with
 * proofs beforehand, and the cast's own checks per second on every core (the crypto baseline).
 * Then, one phase after the other, that many virtual users cast one ballot per voter: through
 * {@code /api} as a machine client does, or on the ballot page as a browser does (page, review with
 * the choice, cast with the encrypted ballot in the hidden field, view state included).
 */
public class CastSimulation extends Simulation {
  private static final int VOTERS = Integer.getInteger("bench.voters", 256);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final List<Phase> phases = new ArrayList<>();
  private final Path out = Path.of(System.getProperty("bench.out", "target/bench-cast.properties"));

  public CastSimulation() {
    long started = System.nanoTime();
    BenchElections setup = new BenchElections();
    // bench/tally/run.sh signs in thousands of voters with cheaper hashes (bench.voter.iterations).
    List<String> emails =
        setup.voters(
            VOTERS, Integer.getInteger("bench.voter.iterations", BenchElections.FULL_ITERATIONS));
    List<String[]> plan = new ArrayList<>();
    plan.add(new String[] {"api", "8", "warm-up"});
    levels("bench.api.levels", "8,32,128").forEach(c -> plan.add(new String[] {"api", c, ""}));
    levels("bench.page.levels", "32").forEach(c -> plan.add(new String[] {"page", c, ""}));
    List<String> elections = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      elections.add(setup.openElection());
      setup.enrol(elections.get(i));
    }
    long opened = System.nanoTime();
    List<String> sessions = setup.signIn(emails, Integer.getInteger("bench.signin.threads", 2));
    long signedIn = System.nanoTime();
    List<PopulationBuilder> populations = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      String[] p = plan.get(i);
      String name = p[2].isEmpty() ? p[0] + " c=" + p[1] : p[2];
      Phase phase = new Phase(name, elections.get(i), records(sessions, elections.get(i)));
      phases.add(phase);
      int users = Integer.parseInt(p[1]);
      var scenario =
          scenario(name)
              .exec(phase::started)
              .asLongAs(s -> phase.take())
              .on(feed(listFeeder(phase.records).queue()).exec(asVoter()).exec(cast(p[0], name)))
              .exec(phase::ended);
      populations.add(scenario.injectOpen(atOnceUsers(users)));
    }
    long encrypted = System.nanoTime();
    BenchElections.Paper paper = BenchElections.paper(sessions.get(0), elections.get(0));
    double checks =
        CryptoBaseline.checksPerSecond(
            elections.get(0),
            Group.pointFromHex(paper.publicKey()),
            BenchElections.CANDIDATES.size(),
            phases.get(0).records.stream().map(r -> (String) r.get("ballot")).toList(),
            Double.parseDouble(System.getProperty("bench.crypto.seconds", "5")));
    Phase.append(
        out,
        String.format(
            Locale.ROOT,
            "setup.elections_s=%.1f%nsetup.sign_in_s=%.1f%nsetup.ballots_s=%.1f%nvoters=%d%n"
                + "crypto_checks_per_s=%.1f%n",
            (opened - started) / 1e9,
            (signedIn - opened) / 1e9,
            (encrypted - signedIn) / 1e9,
            VOTERS,
            checks));
    setUp(Phase.oneAfterAnother(populations))
        .protocols(Phase.protocol().header("Origin", BenchElections.origin()));
  }

  @Override
  public void after() {
    StringBuilder text = new StringBuilder();
    for (Phase p : phases) {
      // "api c=8" as "api.8": the key holds no '=' and the report finds path and level in it.
      String key = p.name.replace(" c=", ".");
      text.append(
          String.format(
              Locale.ROOT,
              "phase.%s.seconds=%.3f%nphase.%s.casts=%d%n",
              key,
              p.seconds(),
              key,
              p.records.size()));
    }
    Phase.append(out, text.toString());
  }

  /** The voter's session cookie in the virtual user's jar, as the voter's browser holds it. */
  private static ChainBuilder asVoter() {
    String host = java.net.URI.create(System.getProperty("it.base.url")).getHost();
    return exec(
        flushCookieJar(),
        addCookie(Cookie("JSESSIONID", "#{session}").withDomain(host).withPath("/")));
  }

  /** One cast: the JSON post of /api, or the ballot page's three steps as a browser does them. */
  private static ChainBuilder cast(String path, String name) {
    if (path.equals("api")) {
      return exec(
          http("cast " + name)
              .post("/api/vote/elections/#{election}/ballot")
              .body(StringBody("#{ballot}"))
              .asJson()
              .check(status().is(201)));
    }
    return group("vote " + name)
        .on(
            exec(
                http("open ballot " + name)
                    .get("/vote/ballot.xhtml?election=#{election}")
                    .check(status().is(200), css("#ballot", "action").saveAs("action"))
                    .check(form("#ballot").saveAs("form")),
                http("review " + name)
                    .post("#{action}")
                    .form("#{form}")
                    .formParam("ballot:choice", "#{candidate}")
                    .formParam("ballot:review", "Review my choice")
                    .check(status().is(200), css("#confirm", "action").saveAs("action"))
                    .check(form("#confirm").saveAs("form")),
                // What the page's script does: the encrypted ballot in the form's hidden field.
                exec(session -> session.set("form", withBallot(session))),
                // Answered with a redirect to the receipt, which Gatling follows as a browser does.
                http("cast " + name)
                    .post("#{action}")
                    .form("#{form}")
                    .formParam("confirm:cast", "Cast this ballot")
                    .check(status().is(200), css("#tracker").exists())
                    .check(substring(BY_BROWSER))));
  }

  private static final String BY_BROWSER = "Your ballot was encrypted by your browser.";

  private static Map<String, Object> withBallot(Session session) {
    Map<String, Object> form = new HashMap<>(session.getMap("form"));
    form.put("confirm:ballot", session.getString("ballot"));
    return form;
  }

  /** Per voter: the session, the election, a choice and its ballot encrypted with proofs. */
  private static List<Map<String, Object>> records(List<String> sessions, String election) {
    BenchElections.Paper paper = BenchElections.paper(sessions.get(0), election);
    ECPoint key = Group.pointFromHex(paper.publicKey());
    int candidates = paper.candidateIds().size();
    return BenchElections.parallel(
        sessions.size(),
        Runtime.getRuntime().availableProcessors(),
        i ->
            Map.of(
                "session",
                sessions.get(i),
                "election",
                election,
                "candidate",
                paper.candidateIds().get(i % candidates),
                "ballot",
                BallotJson.toJson(
                        EncryptedBallot.encrypt(election, key, candidates, i % candidates, RANDOM)
                            .ballot())
                    .toString()));
  }

  private static Stream<String> levels(String property, String defaults) {
    return Stream.of(System.getProperty(property, defaults).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
