package org.securevote.web.monitoring;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.audit.boundary.Telemetry;

/**
 * Registers the application's gauges. They live in the web tier because metrics declared in the
 * EAR's EJB module did not reach /metrics; their values come from {@link Telemetry}, so every
 * instance reports the database's figures. Per-election gauges are added as elections appear.
 */
@ApplicationScoped
public class ApplicationMetrics {
  private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject Telemetry telemetry;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<String> electionsWithGauges = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> refresh;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge("secure_vote_elections_open", telemetry, Telemetry::electionsOpen);
    registry.gauge("secure_vote_elections_open_seconds", telemetry, Telemetry::openElectionSeconds);
    registry.gauge("secure_vote_audit_chain_length", telemetry, Telemetry::auditChainLength);
    registry.gauge(
        "secure_vote_tally_duration_seconds",
        telemetry,
        t -> t.lastTallyMillis().map(ms -> ms / 1000.0).orElse(0.0));
    for (String reason :
        new String[] {SuspiciousActivity.DOUBLE_VOTE, SuspiciousActivity.NOT_ON_ROLL}) {
      registry.gauge(
          "secure_vote_suspicious_events",
          telemetry,
          t -> t.suspiciousEvents(reason),
          new Tag("reason", reason.replace('-', '_')));
    }
    registry.gauge(
        "secure_vote_double_vote_attempts",
        telemetry,
        t -> t.suspiciousEvents(SuspiciousActivity.DOUBLE_VOTE));
    refresh = scheduler.scheduleWithFixedDelay(this::refreshElections, 0, 5, TimeUnit.SECONDS);
  }

  /** Adds a ballot-count gauge for each election not seen before. */
  void refreshElections() {
    try {
      for (String election : telemetry.ballotsPerElection().keySet()) {
        if (electionsWithGauges.add(election)) {
          registry.gauge(
              "secure_vote_ballots_cast",
              telemetry,
              t -> t.ballots(election),
              new Tag("election", election));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not refresh per-election metrics", e);
    }
  }

  @PreDestroy
  void stop() {
    if (refresh != null) {
      refresh.cancel(false);
    }
  }
}
