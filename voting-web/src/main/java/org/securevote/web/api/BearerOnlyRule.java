package org.securevote.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.securevote.platform.Text;
import org.securevote.web.security.BearerSignIn;
import org.securevote.web.support.ViewerLanguage;

/**
 * Second lock on the audit API: a call reaches a {@link BearerOnly} resource only when the sign-in
 * mechanism verified its bearer token on this very request, so a session cannot get in through a
 * path spelled so that the mechanism did not see it as the audit API's.
 */
@Provider
@BearerOnly
@Priority(Priorities.AUTHENTICATION)
public class BearerOnlyRule implements ContainerRequestFilter {
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.getAttribute(BearerSignIn.VERIFIED) == null) {
      request.abortWith(
          ApiError.response(
              401,
              Text.of("api.sendAuditorToken")
                  .in(ViewerLanguage.firstSpoken(request.getAcceptableLanguages()))));
    }
  }
}
