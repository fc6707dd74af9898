package org.securevote.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.platform.ClientOrigin;

/**
 * Resolves where each request came from, times it per endpoint group, and writes one log line per
 * state-changing request: method, path, account, client address, status and duration. The line
 * never holds a query string, form field, header or cookie, so passwords, codes, ballots, tokens
 * and session ids cannot end up in it. Voters are logged as "voter", not by name: a timestamped
 * line per voter next to the ballot box would be metadata about when each person voted. Slow
 * requests are logged and counted; bursts of requests or of error responses from one address are
 * recorded as suspicious events.
 */
@WebFilter(filterName = "RequestAudit")
public class RequestAudit extends HttpFilter {
  static final Logger LOG = Logger.getLogger("org.securevote.requests");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String DURATION = "secure_vote_request_duration";
  private static final String RESPONSES = "secure_vote_responses";
  private static final String SLOW = "secure_vote_slow_requests";

  @Inject ClientAddresses addresses;
  @Inject ClientOrigin origin;
  @Inject SuspiciousActivity suspicious;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "voting.slow.request.millis", defaultValue = "2000")
  long slowMillis;

  @Inject
  @ConfigProperty(name = "voting.burst.seconds", defaultValue = "10")
  int burstSeconds;

  @Inject
  @ConfigProperty(name = "voting.burst.requests", defaultValue = "300")
  int burstRequests;

  @Inject
  @ConfigProperty(name = "voting.burst.errors", defaultValue = "30")
  int burstErrors;

  private Bursts requests;
  private Bursts errors;

  @Override
  public void init() {
    requests = new Bursts(burstRequests, Duration.ofSeconds(burstSeconds));
    errors = new Bursts(burstErrors, Duration.ofSeconds(burstSeconds));
    for (EndpointGroup group : EndpointGroup.values()) {
      Tag groupTag = new Tag("group", group.label());
      metrics.timer(DURATION, groupTag);
      metrics.counter(SLOW, groupTag);
      for (int status = 2; status <= 5; status++) {
        metrics.counter(RESPONSES, groupTag, new Tag("status_class", status + "xx"));
      }
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    String address = addresses.of(request);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    EndpointGroup group = EndpointGroup.of(path);
    origin.set(address, path);
    if (requests.overLimit(address, System.currentTimeMillis())) {
      flag(SuspiciousActivity.REQUEST_BURST, request, burstRequests + " requests");
    }
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      int status = failed ? 500 : response.getStatus();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      record(request, path, group, status, took);
    }
  }

  private void record(
      HttpServletRequest request, String path, EndpointGroup group, int status, Duration took) {
    Tag groupTag = new Tag("group", group.label());
    metrics.timer(DURATION, groupTag).update(took);
    metrics.counter(RESPONSES, groupTag, new Tag("status_class", status / 100 + "xx")).inc();
    boolean slow = took.toMillis() >= slowMillis;
    if (slow) {
      metrics.counter(SLOW, groupTag).inc();
    }
    if (status >= 400
        && errors.overLimit(origin.address().orElse("?"), System.currentTimeMillis())) {
      flag(SuspiciousActivity.ERROR_BURST, request, burstErrors + " error responses");
    }
    // A voter's requests leave no line: with its time and address next to that voter's named
    // sign-in, a line would say who cast when. Metrics above still count them.
    boolean voterPath = group == EndpointGroup.VOTE || path.startsWith("/api/vote/");
    if (!voterPath && (slow || !SAFE_METHODS.contains(request.getMethod()))) {
      LOG.log(
          slow ? Level.WARNING : Level.INFO,
          "{0} {1} account={2} address={3} status={4} millis={5}{6}",
          new Object[] {
            request.getMethod(),
            path,
            Optional.ofNullable(request.getRemoteUser()).orElse("-"),
            origin.address().orElse("?"),
            String.valueOf(status),
            String.valueOf(took.toMillis()),
            slow ? " SLOW" : ""
          });
    }
  }

  private void flag(String reason, HttpServletRequest request, String what) {
    suspicious.record(
        reason, request.getRemoteUser(), "over " + what + " in " + burstSeconds + " s");
  }
}
