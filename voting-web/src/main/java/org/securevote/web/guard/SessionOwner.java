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
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.securevote.account.boundary.AccountSessions;
import org.securevote.account.entity.Role;
import org.securevote.platform.Text;
import org.securevote.web.security.BearerSignIn;
import org.securevote.web.security.SecurityConfiguration;
import org.securevote.web.security.SessionSignIn;

/**
 * Binds a signed-in session to the account it signed in as (by id, on its first request). When the
 * sign-in name no longer belongs to that account (an admin changed the email and another account
 * now has it) or the account was deactivated, the session ends and the visitor is sent to sign in
 * again: a name must never come to mean someone else mid-session. So it does when the session holds
 * a role the account no longer has (an administrator withdrew it): roles are fixed at sign-in.
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
      Optional<AccountSessions.ActiveAccount> now = accounts.activeAccount(name);
      Object bound = session.getAttribute(ACCOUNT);
      boolean gone = now.isEmpty() || lostRole(request, now.get());
      if (bound == null && !gone) {
        session.setAttribute(ACCOUNT, now.get().id());
      } else if (gone || !now.get().id().equals(bound)) {
        request.logout();
        session.invalidate();
        if (ApiRefusal.isApi(request)) {
          ApiRefusal.send(
              request,
              response,
              HttpServletResponse.SC_UNAUTHORIZED,
              Text.of("guard.sessionEnded"));
        } else {
          response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE);
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean lostRole(HttpServletRequest request, AccountSessions.ActiveAccount now) {
    Set<String> held = SessionSignIn.signedInGroups(request);
    return Arrays.stream(Role.values())
        .anyMatch(r -> held.contains(r.name()) && !now.roles().contains(r));
  }
}
