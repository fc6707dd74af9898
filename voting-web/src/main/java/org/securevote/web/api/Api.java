package org.securevote.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JSON API under {@code /api}: {@code /api/public/…} for anyone, {@code /api/vote/…} for a
 * signed-in voter. It calls the same boundaries as the pages, so the same interceptors (voting
 * window, election networks) and roles apply.
 */
@ApplicationPath("/api")
public class Api extends Application {
  /** No generated WADL description: it names the framework and its version to anyone who asks. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
