package org.securevote.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;

/**
 * Form sign-in whose session restores the caller by name and groups on every request.
 *
 * <p>Not Soteria's {@code @AutoApplySession}: on Payara 6.2025.9 it hands the container the
 * previous request's principal and no groups, and under concurrent requests of one session the
 * container sometimes cannot find them again, so the request runs without roles
 * (payara/Payara#6145, 403 on pages, 401 on the API). Passing the name and groups as plain values
 * avoids that state entirely, and also survives a session moving to another cluster member
 * (payara/Payara#6342). ConcurrentSessionsIT pins it. For the same reason it does not use
 * {@code @LoginToContinue}, whose interceptor would send a restored session to the sign-in page
 * before this mechanism runs: a protected page asked for without a session redirects to sign in and
 * is remembered for afterwards.
 *
 * <p>Requests under {@code /api/audit/} are {@link BearerSignIn}'s: a token, never this session.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {
  static final String CALLER = "org.securevote.caller";
  static final String REQUESTED_PAGE = "org.securevote.requestedPage";

  @Inject IdentityStoreHandler identityStores;
  @Inject BearerSignIn bearerSignIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (BearerSignIn.covers(request)) {
      return bearerSignIn.validateRequest(request, response, context); // never the session there
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result); // a failure, with nothing remembered
      }
      SignedInCaller caller =
          SignedInCaller.of(result.getCallerPrincipal().getName(), result.getCallerGroups());
      request.getSession().setAttribute(CALLER, caller);
      return context.notifyContainerAboutLogin(caller.name(), caller.groupSet());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groupSet());
    }
    if (context.isProtected()) {
      rememberRequestedPage(request);
      return context.redirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE);
    }
    return context.doNothing();
  }

  /**
   * The groups this session signed in with; empty without one. Cheaper than asking the container
   * role by role, which on Payara goes through synchronised JACC maps on every call.
   */
  public static Set<String> signedInGroups(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller
        ? caller.groupSet()
        : Set.of();
  }

  /** A page asked for by GET, to go back to after signing in; only a path of this application. */
  private static void rememberRequestedPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getMethod().equals("GET")
        && path.startsWith("/")
        && !path.startsWith("//")
        && path.indexOf('\\') < 0) {
      String query = request.getQueryString();
      request.getSession().setAttribute(REQUESTED_PAGE, query == null ? path : path + "?" + query);
    }
  }

  /** The page to go to once signed in, if one was asked for before; forgotten once read. */
  static Optional<String> requestedPage(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(REQUESTED_PAGE) instanceof String page)) {
      return Optional.empty();
    }
    session.removeAttribute(REQUESTED_PAGE);
    return Optional.of(page);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
