package org.securevote.web.guard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.platform.NetworkRanges;

/**
 * The client address of a request. {@code X-Forwarded-For} is believed only when the direct peer is
 * a configured trusted proxy (VOTING_TRUSTED_PROXIES), and then only up to the first hop that is
 * not itself a trusted proxy: anything left of that was written by the client and may be forged.
 */
@ApplicationScoped
public class ClientAddresses {
  @Inject
  @ConfigProperty(name = "voting.trusted.proxies")
  Optional<String> trustedProxiesSetting;

  private NetworkRanges trustedProxies;

  @PostConstruct
  void parse() {
    trustedProxies = NetworkRanges.parse(trustedProxiesSetting.orElse(""));
  }

  public String of(HttpServletRequest request) {
    String peer = canonical(request.getRemoteAddr());
    if (!trustedProxies.contains(peer)) { // an empty list contains nothing: no proxy is trusted
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      var hop = NetworkRanges.address(hops.get(i));
      if (hop.isEmpty()) {
        break; // a malformed entry: keep the last hop a trusted proxy vouched for
      }
      client = hop.get().getHostAddress();
      if (!trustedProxies.contains(client)) {
        break;
      }
    }
    return client;
  }

  private static String canonical(String address) {
    return NetworkRanges.address(address).map(InetAddress::getHostAddress).orElse(address);
  }
}
