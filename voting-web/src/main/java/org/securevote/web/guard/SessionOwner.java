package org.securevote.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.securevote.account.boundary.AccountSessions;
import org.securevote.web.security.BearerSignIn;
import org.securevote.web.security.SecurityConfiguration;

/**
 * Binds a signed-in session to the account it signed in as (by id, on its first request). When the
 * sign-in name no longer belongs to that account (an admin changed the email and another account
 * now has it) or the account was deactivated, the session ends and the visitor is sent to sign in
 * again: a name must never come to mean someone else mid-session.
 */
@WebFilter(filterName = "SessionOwner")
public class SessionOwner extends HttpFilter {
  static final String ACCOUNT = "org.securevote.account";

  @Inject AccountSessions accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(BearerSignIn.VERIFIED) != null) {
      chain.doFilter(request, response); // a token's call: any session cookie beside it is unused
      return;
    }
    HttpSession session = request.getSession(false);
    String name = request.getRemoteUser();
    if (session != null && name != null) {
      Optional<Long> now = accounts.activeAccount(name);
      Object bound = session.getAttribute(ACCOUNT);
      if (bound == null && now.isPresent()) {
        session.setAttribute(ACCOUNT, now.get());
      } else if (now.isEmpty() || !now.get().equals(bound)) {
        request.logout();
        session.invalidate();
        if (ApiRefusal.isApi(request)) {
          ApiRefusal.send(
              response,
              HttpServletResponse.SC_UNAUTHORIZED,
              "Your session has ended: sign in again.");
        } else {
          response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE);
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
