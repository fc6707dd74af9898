package org.securevote.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * This instance's request metrics per endpoint group: how long requests take, their responses per
 * status class, and how many were slow.
 */
@Dependent
public class RequestMetrics {
  private static final String DURATION = "secure_vote_request_duration";
  private static final String RESPONSES = "secure_vote_responses";
  private static final String SLOW = "secure_vote_slow_requests";

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  /** Registered at start, so every series shows, at zero, before its first request. */
  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (EndpointGroup group : EndpointGroup.values()) {
      Tag groupTag = new Tag("group", group.label());
      metrics.timer(DURATION, groupTag);
      metrics.counter(SLOW, groupTag);
      for (int status = 2; status <= 5; status++) {
        metrics.counter(RESPONSES, groupTag, new Tag("status_class", status + "xx"));
      }
    }
  }

  void record(RequestOutcome outcome) {
    Tag groupTag = new Tag("group", outcome.group().label());
    metrics.timer(DURATION, groupTag).update(outcome.took());
    metrics
        .counter(RESPONSES, groupTag, new Tag("status_class", outcome.status() / 100 + "xx"))
        .inc();
    if (outcome.slow()) {
      metrics.counter(SLOW, groupTag).inc();
    }
  }
}
