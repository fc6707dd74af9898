package org.securevote.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.securevote.platform.Text;
import org.securevote.web.support.ViewerLanguage;

/**
 * CSRF rule of the API: a call that changes something must come from this site's own pages. The
 * browser's {@code Origin} header (which a page cannot set) must name this server; without one,
 * {@code Sec-Fetch-Site: same-origin} will do. Calls also have to send JSON, which a cross-site
 * form cannot, and the session cookie is SameSite=Strict.
 */
@Provider
@PreMatching
public class SameOriginRule implements ContainerRequestFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    URI self = request.getUriInfo().getBaseUri();
    String origin = request.getHeaderString("Origin");
    boolean sameOrigin =
        origin != null
            ? origin.equalsIgnoreCase(originOf(self))
            : "same-origin".equals(request.getHeaderString("Sec-Fetch-Site"));
    if (!sameOrigin) {
      request.abortWith(
          ApiError.response(
              403,
              Text.of("api.crossSite")
                  .in(ViewerLanguage.firstSpoken(request.getAcceptableLanguages()))));
    }
  }

  private static String originOf(URI uri) {
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (uri.getScheme().equals("https") && port == 443)
            || (uri.getScheme().equals("http") && port == 80);
    return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
  }
}
