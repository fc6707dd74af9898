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

/**
 * Times each request and hands how it ended to {@link RequestMetrics} and {@link RequestLog}: one
 * measurement, so both call the same requests slow.
 */
@WebFilter(filterName = "RequestTimer") // mapped in web.xml, which fixes the filter order
public class RequestTimer extends HttpFilter {
  @Inject RequestMetrics metrics;
  @Inject RequestLog log;

  @Inject
  @ConfigProperty(name = "voting.slow.request.millis", defaultValue = "2000")
  long slowMillis;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    String path = EndpointGroup.path(request);
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      RequestOutcome outcome =
          new RequestOutcome(
              path,
              EndpointGroup.of(path),
              failed ? 500 : response.getStatus(),
              took,
              took.toMillis() >= slowMillis);
      metrics.record(outcome);
      log.write(request, outcome);
    }
  }
}
