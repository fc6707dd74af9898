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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.monitoring.boundary.Telemetry;

/**
 * Registers the application's gauges. They live in the web tier because metrics declared in the
 * EAR's EJB module did not reach /metrics; their values come from {@link Telemetry}, so every
 * instance reports the database's figures. Per-election gauges are added as elections appear.
 */
@ApplicationScoped
public class ApplicationMetrics {
  private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

  // Counters incremented where their events happen, registered here so they show from the start.
  public static final String SIGN_INS = "secure_vote_sign_ins";
  public static final String OTP_SENT = "secure_vote_otp_sent";
  public static final String OTP_SEND_FAILURES = "secure_vote_otp_send_failures";
  public static final String OTP_REJECTED = "secure_vote_otp_rejected";
  public static final String OTP_CONFIRMED = "secure_vote_otp_confirmed";

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject Telemetry telemetry;

  @Resource ManagedScheduledExecutorService scheduler;

  /** The pool's maximum, as server-config/payara.sh sets it from the same variable. */
  @Inject
  @ConfigProperty(name = "voting.db.pool.max", defaultValue = "32")
  int poolMax;

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
    for (String reason : SuspiciousActivity.REASONS) {
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
    // Pool usage itself comes from Payara (server-config/payara/metrics.xml); its maximum from
    // here.
    registry.gauge("secure_vote_db_pool_connections_max", () -> poolMax);
    // Counters show from the start at 0, so a scraper sees them before their first event.
    for (String counter : new String[] {OTP_SENT, OTP_SEND_FAILURES, OTP_REJECTED, OTP_CONFIRMED}) {
      registry.counter(counter);
    }
    for (String outcome : new String[] {"success", "failure", "throttled"}) {
      registry.counter(SIGN_INS, new Tag("outcome", outcome));
    }
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
