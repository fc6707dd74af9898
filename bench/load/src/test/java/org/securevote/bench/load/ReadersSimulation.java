package org.securevote.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.securevote.system.BenchElections;
import org.securevote.system.WebSession;

/**
 * Readers of a published election (bench/readers/run.sh). Set-up, not measured: an election with
 * ballots cast through /api, closed, decrypted by its trustee and published. Then, one phase after
 * the other, that many readers each request one address again and again on their own keep-alive
 * connection for a while: first the site's stylesheet (the baseline: a static resource of the same
 * server), then the results and bulletin board pages and their JSON under /api/public.
 */
public class ReadersSimulation extends io.gatling.javaapi.core.Simulation {
  private static final int READERS = Integer.getInteger("bench.readers", 200);
  private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
  private final List<Phase> phases = new ArrayList<>();
  private final Path out =
      Path.of(System.getProperty("bench.out", "target/bench-readers.properties"));

  public ReadersSimulation() {
    BenchElections setup = new BenchElections();
    String election = setup.openElection();
    List<String> voters = setup.voters(Integer.getInteger("bench.ballots", 100));
    setup.enrol(election);
    BenchElections.castThroughApi(setup.signIn(voters), election);
    setup.publish(election);
    String results = "/public/results.xhtml?election=" + election;
    String stylesheet =
        Jsoup.parse(new WebSession(HttpClient.Version.HTTP_1_1).get(results).body())
            .select("link[rel=stylesheet]")
            .attr("href");
    Map<String, String> addresses = new LinkedHashMap<>();
    addresses.put("static stylesheet", stylesheet);
    addresses.put("results page", results);
    addresses.put("board page", "/public/board.xhtml?election=" + election);
    addresses.put("results json", "/api/public/elections/" + election + "/results");
    addresses.put("board json", "/api/public/elections/" + election + "/board");
    List<PopulationBuilder> populations = new ArrayList<>();
    addresses.forEach(
        (name, address) -> {
          Phase phase = new Phase(name, election, List.of());
          phases.add(phase);
          populations.add(
              scenario(name)
                  .exec(phase::started)
                  .during(PHASE)
                  .on(http(name).get(address).check(status().is(200)))
                  .exec(phase::ended)
                  .injectOpen(atOnceUsers(READERS)));
        });
    setUp(Phase.oneAfterAnother(populations)).protocols(Phase.protocol());
  }

  @Override
  public void after() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "readers=%d%n", READERS));
    for (Phase p : phases) {
      text.append(String.format(Locale.ROOT, "phase.%s.seconds=%.3f%n", p.name, p.seconds()));
    }
    Phase.append(out, text.toString());
  }
}
