package org.securevote.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.securevote.platform.ClientOrigin;

/**
 * Resolves where each request came from ({@link ClientAddresses}) and keeps that address and the
 * path in {@link ClientOrigin}, for the filters after it and for the boundaries.
 */
@WebFilter(filterName = "RequestOrigin") // mapped in web.xml, which fixes the filter order
public class RequestOrigin extends HttpFilter {
  @Inject ClientAddresses addresses;
  @Inject ClientOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.set(addresses.of(request), EndpointGroup.path(request));
    chain.doFilter(request, response);
  }
}
