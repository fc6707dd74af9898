package org.securevote.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}: {@code /api/public/…} for anyone, {@code /api/vote/…} for a
 * signed-in voter, {@code /api/trustee/…} for a signed-in trustee (both by the session cookie), and
 * {@code /api/audit/…} for machine clients with an auditor token. It calls the same boundaries as
 * the pages, so the same interceptors (voting window, election networks) and roles apply. Described
 * by MicroProfile OpenAPI at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Secure Vote API",
            version = "1",
            description = "Elections, ballots, trustees' files and the auditors' read-only API."))
@SecurityScheme(
    securitySchemeName = Api.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An auditor token (MicroProfile JWT, ES256) issued on /admin/tokens.xhtml.")
@SecurityScheme(
    securitySchemeName = Api.COOKIE,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "JSESSIONID",
    description = "The session of a person signed in on /public/sign-in.xhtml.")
public class Api extends Application {
  /** Security scheme names in the OpenAPI description. */
  public static final String BEARER = "bearer";

  public static final String COOKIE = "cookie";

  /** No generated WADL description: it names the framework and its version to anyone who asks. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
