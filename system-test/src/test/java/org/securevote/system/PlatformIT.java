package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void readinessReportsTheDatabaseUp() {
    HttpResponse<String> ready = new WebSession().get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
  }

  @Test
  void signInMetricAppearsInPrometheusFormatAndCountsEachOutcome() {
    long successes = signIns("success");
    long failures = signIns("failure");

    new WebSession().signIn(Deployed.adminEmail(), Deployed.adminPassword());
    new WebSession().signIn(Deployed.adminEmail(), "wrong-password");

    assertEquals(successes + 1, signIns("success"));
    assertEquals(failures + 1, signIns("failure"));
  }

  /** The counter's value in /metrics, 0 before its first increment. */
  private static long signIns(String outcome) {
    String metrics = new WebSession().get("/metrics?scope=application").body();
    Matcher m =
        Pattern.compile(
                "^secure_vote_sign_ins_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*\\} ([0-9.]+)",
                Pattern.MULTILINE)
            .matcher(metrics);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }
}
