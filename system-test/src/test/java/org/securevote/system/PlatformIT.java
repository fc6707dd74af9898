package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Stylesheet, health and metrics of the deployed EAR. */
class PlatformIT {

  @Test
  void compiledTailwindStylesheetIsServedFromTheApplication() {
    WebSession visitor = new WebSession();
    String href =
        Jsoup.parse(visitor.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
    assertTrue(href.startsWith("/"), "served by the application itself, not another host: " + href);

    HttpResponse<String> css = visitor.get(href);

    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    assertTrue(css.body().length() > 1000, "minified Tailwind output, not an empty file");
    assertTrue(css.body().contains(".btn-primary"), "the project's own component classes");
  }

  @Test
  void pagesLoadNothingFromAnotherHost() {
    String html = new WebSession().get("/public/sign-in.xhtml").body();
    assertTrue(
        Jsoup.parse(html).select("[src], link[href]").stream()
            .allMatch(e -> !e.attr("src").contains("//") && !e.attr("href").contains("//")),
        html);
  }

  @Test
  void securityHeadersAreOnPublicVoterAndAdminPages() {
    String password = "voter-password-3";
    WebSession voter = new WebSession();
    voter.signIn(TestAccounts.createVoter(password)[1], password);
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());

    for (HttpResponse<String> page :
        java.util.List.of(
            new WebSession().get("/"),
            new WebSession().get("/public/sign-in.xhtml"),
            voter.get("/vote/"),
            admin.get("/admin/"))) {
      assertEquals(200, page.statusCode(), page.uri().toString());
      var headers = page.headers();
      String csp = headers.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), page.uri() + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), csp);
      assertTrue(!csp.contains("unsafe-inline") && !csp.contains("http"), csp);
      assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""));
      assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"));
      assertTrue(headers.firstValue("X-Powered-By").isEmpty(), "no server fingerprint");
    }
    assertEquals("no-store", voter.get("/vote/").headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void plainHttpIsRedirectedToHttpsEverywhere() {
    for (String path : java.util.List.of("/public/sign-in.xhtml", "/admin/", "/vote/", "/audit/")) {
      HttpResponse<String> plain = new WebSession().get(Deployed.plainUrl(path));
      assertTrue(
          plain.statusCode() == 301 || plain.statusCode() == 302, path + " " + plain.statusCode());
      assertTrue(
          plain.headers().firstValue("Location").orElse("").startsWith("https://"),
          path + " " + plain.headers());
    }
  }

  @Test
  void sessionCookieIsSecureHttpOnlyAndSameSiteStrict() {
    HttpResponse<String> page = new WebSession().get("/public/sign-in.xhtml");
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
  }

  @Test
  void readinessReportsTheDatabaseUp() {
    HttpResponse<String> ready = new WebSession().get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
  }

  @Test
  void signInMetricAppearsInPrometheusFormatAndCountsEachOutcome() {
    long successes = Metrics.signIns("success");
    long failures = Metrics.signIns("failure");

    new WebSession().signIn(Deployed.adminEmail(), Deployed.adminPassword());
    new WebSession().signIn(Deployed.adminEmail(), "wrong-password");

    assertEquals(successes + 1, Metrics.signIns("success"));
    assertEquals(failures + 1, Metrics.signIns("failure"));
  }

  @Test
  void payaraAdministrationAsksForThePassword() throws Exception {
    java.net.URI domain =
        java.net.URI.create(
            "http://localhost:" + System.getProperty("it.admin.port") + "/management/domain");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(domain).header("Accept", "application/json");

    int anonymous = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    String credentials =
        java.util.Base64.getEncoder()
            .encodeToString(
                ("admin:" + System.getProperty("it.payara.admin.password"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int signedIn =
        http.send(
                request.header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();

    assertEquals(401, anonymous);
    assertEquals(200, signedIn);
  }
}
