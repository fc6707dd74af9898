package org.securevote.bench.crypto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs ElectionCryptoBenchmark with JMH, then prints ms per operation (mean, median, p95) and each
 * figure as a multiple of one scalar multiplication measured in the same run.
 *
 * <p>Run (one core): {@code taskset -c 0 java -jar bench/crypto/target/benchmarks.jar}; any JMH
 * option (e.g. {@code -f 2 -i 20}) overrides the defaults below.
 */
public class RunElectionCryptoBench {
  private static final String BASELINE = "scalarMultRandomPoint";
  private static final String BASELINE_G = "scalarMultG";

  public static void main(String[] args) throws Exception {
    Options defaults =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(ElectionCryptoBenchmark.class.getName())
            .forks(1)
            .warmupIterations(5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(10)
            .measurementTime(TimeValue.seconds(1))
            .build();
    Collection<RunResult> results = new Runner(defaults).run();

    Map<String, Statistics> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getStatistics());
    }
    double baseline = median(byName.get(BASELINE));
    double baselineG = median(byName.get(BASELINE_G));
    System.out.println();
    System.out.printf(
        "Available processors (JVM): %d, %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    System.out.printf(
        "%-24s %10s %10s %10s %10s %12s %12s%n",
        "benchmark", "samples", "mean ms", "median ms", "p95 ms", "x k*P", "x k*G");
    List<String> order = new ArrayList<>(byName.keySet());
    order.sort(null);
    for (String name : order) {
      Statistics s = byName.get(name);
      System.out.printf(
          "%-24s %10d %10.4f %10.4f %10.4f %12.1f %12.1f%n",
          name,
          s.getN(),
          s.getMean(),
          median(s),
          s.getPercentile(95),
          median(s) / baseline,
          median(s) / baselineG);
    }
    System.out.println();
    System.out.printf(
        "ratio ballot-check / scalar-mult (medians): 3 candidates %.1f, 10 candidates %.1f"
            + " (baseline k*P, random point, %.4f ms)%n",
        median(byName.get("verify3Candidates")) / baseline,
        median(byName.get("verify10Candidates")) / baseline,
        baseline);
    System.out.printf(
        "ratio approval / single-choice check, 10 candidates, up to 5 (medians): %.2f%n",
        median(byName.get("verifyApproval10Candidates"))
            / median(byName.get("verify10Candidates")));
    System.out.printf(
        "target: <= 3 ms to check a 3-candidate ballot on one core: median %.3f ms%n",
        median(byName.get("verify3Candidates")));
  }

  private static double median(Statistics s) {
    return s.getPercentile(50);
  }
}
