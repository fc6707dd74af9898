package org.securevote.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * The application does not use the Faces flash (see {@code AfterRedirect}), so a flash cookie a
 * browser still sends is left over from an earlier start: Mojarra's key for it is new at each
 * start, it cannot read it and would log JSF1094 as SEVERE on every request of that browser. The
 * cookie is kept from Faces and expired in the response.
 */
@WebFilter(filterName = "LeftoverFlashCookie")
public class LeftoverFlashCookie extends HttpFilter {
  /** Mojarra's flash cookie. */
  static final String NAME = "csfcfc";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Cookie[] cookies = request.getCookies();
    if (cookies == null || Arrays.stream(cookies).noneMatch(c -> NAME.equals(c.getName()))) {
      chain.doFilter(request, response);
      return;
    }
    Cookie expired = new Cookie(NAME, "");
    expired.setMaxAge(0);
    expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    expired.setSecure(true);
    expired.setHttpOnly(true);
    response.addCookie(expired);
    Cookie[] others =
        Arrays.stream(cookies).filter(c -> !NAME.equals(c.getName())).toArray(Cookie[]::new);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public Cookie[] getCookies() {
            return others.length == 0 ? null : others;
          }
        },
        response);
  }
}
