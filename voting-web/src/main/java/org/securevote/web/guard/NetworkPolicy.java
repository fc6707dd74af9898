package org.securevote.web.guard;

import jakarta.annotation.PostConstruct;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.platform.ClientOrigin;
import org.securevote.platform.NetworkRanges;
import org.securevote.platform.Text;

/**
 * The operator's allowlists: VOTING_ALLOWED_NETWORKS covers voting, admin, audit and API paths;
 * VOTING_ADMIN_NETWORKS further narrows admin and audit paths. Either left empty allows any
 * network. Elections can narrow voting further (see {@code @ElectionNetwork}). A refused request
 * gets a 403 and, once a minute per address across all instances, a suspicious event.
 */
@WebFilter(filterName = "NetworkPolicy")
public class NetworkPolicy extends HttpFilter {
  @Inject
  @ConfigProperty(name = "voting.allowed.networks")
  Optional<String> allowedSetting;

  @Inject
  @ConfigProperty(name = "voting.admin.networks")
  Optional<String> adminSetting;

  @Inject ClientOrigin origin;
  @Inject SuspiciousActivity suspicious;
  @Inject BurstGrid grid;

  private NetworkRanges allowed;
  private NetworkRanges admin;
  private Bursts refusals;

  /** A malformed range stops the deployment with a message naming it, rather than allowing all. */
  @PostConstruct
  void parse() {
    allowed = ranges("VOTING_ALLOWED_NETWORKS", allowedSetting);
    admin = ranges("VOTING_ADMIN_NETWORKS", adminSetting);
    Duration minute = Duration.ofMinutes(1);
    refusals = new Bursts("refusals", 0, minute, grid.forWindow(minute));
  }

  private static NetworkRanges ranges(String variable, Optional<String> setting) {
    try {
      return NetworkRanges.parse(setting.orElse(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(variable + ": " + e.getMessage(), e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = origin.path().orElse("/");
    String address = origin.address().orElse("");
    EndpointGroup group = EndpointGroup.of(path);
    boolean refused =
        group.restricted()
            && (!allowed.admits(address) || (group.staff() && !admin.admits(address)));
    if (refused) {
      if (refusals.overLimit(address, System.currentTimeMillis())) {
        suspicious.record(SuspiciousActivity.OUTSIDE_NETWORK, request.getRemoteUser(), path);
      }
      if (ApiRefusal.isApi(request)) {
        ApiRefusal.send(
            request, response, HttpServletResponse.SC_FORBIDDEN, Text.of("guard.outsideNetwork"));
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
