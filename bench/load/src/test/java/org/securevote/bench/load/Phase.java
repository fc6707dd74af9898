package org.securevote.bench.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * One measured phase: its election, the records its virtual users take one each (a signed-in
 * voter's session and a ballot made for this election) and when its first user started and its last
 * one finished, for the rate (Gatling's own rate divides by the whole run).
 */
final class Phase {
  final String name;
  final String election;
  final List<Map<String, Object>> records;
  private final AtomicInteger left;
  private final LongAccumulator first = new LongAccumulator(Math::min, Long.MAX_VALUE);
  private final LongAccumulator last = new LongAccumulator(Math::max, Long.MIN_VALUE);

  Phase(String name, String election, List<Map<String, Object>> records) {
    this.name = name;
    this.election = election;
    this.records = records;
    this.left = new AtomicInteger(records.size());
  }

  /** Whether a record is left for one more iteration. */
  boolean take() {
    return left.getAndDecrement() > 0;
  }

  Session started(Session session) {
    first.accumulate(System.nanoTime());
    return session;
  }

  Session ended(Session session) {
    last.accumulate(System.nanoTime());
    return session;
  }

  double seconds() {
    return (last.get() - first.get()) / 1e9;
  }

  /** The phases' populations, each starting when the one before has finished. */
  static PopulationBuilder oneAfterAnother(List<PopulationBuilder> populations) {
    PopulationBuilder chain = populations.get(populations.size() - 1);
    for (int i = populations.size() - 2; i >= 0; i--) {
      chain = populations.get(i).andThen(chain);
    }
    return chain;
  }

  /** HTTP to the server under test (it.base.url), with no client cache, as a fresh browser. */
  static HttpProtocolBuilder protocol() {
    return http.baseUrl(System.getProperty("it.base.url"))
        .disableCaching()
        .userAgentHeader("secure-vote-bench");
  }

  /** Appends figures to the run's properties file, which the run script reads. */
  static void append(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
