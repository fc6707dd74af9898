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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.platform.ClientOrigin;

/**
 * A client address that sends more requests, or gets more error responses (4xx, 5xx), than allowed
 * within a window is recorded as a suspicious event, once per window across all instances (the
 * counts are in the data grid). Nothing is blocked.
 */
@WebFilter(filterName = "RequestBursts") // mapped in web.xml, which fixes the filter order
public class RequestBursts extends HttpFilter {
  @Inject ClientOrigin origin;
  @Inject SuspiciousActivity suspicious;
  @Inject BurstGrid grid;

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
    Duration window = Duration.ofSeconds(burstSeconds);
    requests = new Bursts("requests", burstRequests, window, grid.forWindow(window));
    errors = new Bursts("errors", burstErrors, window, grid.forWindow(window));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = origin.address().orElse("?");
    if (requests.overLimit(address, System.currentTimeMillis())) {
      flag(SuspiciousActivity.REQUEST_BURST, request, burstRequests + " requests");
    }
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      int status = failed ? 500 : response.getStatus();
      if (status >= 400 && errors.overLimit(address, System.currentTimeMillis())) {
        flag(SuspiciousActivity.ERROR_BURST, request, burstErrors + " error responses");
      }
    }
  }

  private void flag(String reason, HttpServletRequest request, String what) {
    suspicious.record(
        reason, request.getRemoteUser(), "over " + what + " in " + burstSeconds + " s");
  }
}
