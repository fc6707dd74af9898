package org.securevote.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.securevote.access.boundary.AuditorTokens;
import org.securevote.access.boundary.TokenCaller;
import org.securevote.account.entity.Role;
import org.securevote.platform.Text;
import org.securevote.web.support.ViewerLanguage;

/**
 * Sign-in of machine clients under {@code /api/audit/}: an {@code Authorization: Bearer} auditor
 * token (MicroProfile JWT), checked on every call, never a session. Not Payara's own MP-JWT
 * mechanism: {@code @LoginConfig(authMethod = "MP-JWT")} would be the application's one Jakarta
 * Security mechanism, replacing {@link SessionSignIn} everywhere, and Payara 6.2025.9 does not even
 * activate it beside web.xml's security constraints (tried: its JwtAuthDeployer warns "security-
 * constraints cannot be defined while using the @LoginConfig annotation" and leaves it off). So
 * {@link SessionSignIn} hands these paths to this class instead.
 */
@ApplicationScoped
public class BearerSignIn {
  /**
   * Set on a request this class let in, which no client can set: the audit API's resources accept
   * only requests carrying it (web.api.BearerOnly), however the path was spelled.
   */
  public static final String VERIFIED = "org.securevote.bearerCaller";

  @Inject AuditorTokens tokens;

  /** Whether a request is served to bearer tokens only: by its decoded, normalised path. */
  static boolean covers(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.startsWith("/api/audit/") || path.equals("/api/audit");
  }

  AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<String> bearer = bearer(request);
    if (bearer.isEmpty()) {
      return refuse(request, response, 401, Text.of("api.sendAuditorToken"), "");
    }
    Optional<TokenCaller> caller = tokens.caller(bearer.get());
    if (caller.isEmpty()) {
      return refuse(
          request, response, 401, Text.of("api.tokenNotValid"), ", error=\"invalid_token\"");
    }
    if (!caller.get().groups().contains(Role.Names.AUDITOR)) {
      return refuse(request, response, 403, Text.of("api.tokenNotForAudit"), "");
    }
    request.setAttribute(VERIFIED, caller.get().name());
    return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
  }

  private static Optional<String> bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).strip();
    return token.isEmpty() || token.length() > 4096 ? Optional.empty() : Optional.of(token);
  }

  /** A refusal in the API's own JSON form, in the client's language; the token is never echoed. */
  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      Text message,
      String challengeDetail) {
    response.setStatus(status);
    if (status == 401) {
      response.setHeader(
          "WWW-Authenticate", "Bearer realm=\"secure-vote-audit\"" + challengeDetail);
    }
    response.setContentType("application/json;charset=UTF-8");
    try {
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("error", message.in(ViewerLanguage.accepted(request)))
                  .build()
                  .toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
