package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Anonymous visitors of public pages get no HTTP session, and the pages still work. */
class AnonymousSessionsIT {
  private static final String PASSWORD = "anonymous-sessions-voter";
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void publicPagesAndErrorPagesSetNoSessionCookie() {
    String open = AdminPages.openElection(admin);
    String published = AdminPages.openElection(admin);
    AdminPages.act(admin, published, "close");
    AdminPages.act(admin, published, "publish");

    for (String path :
        List.of(
            "/",
            "/public/elections.xhtml",
            "/public/board.xhtml?election=" + open,
            "/public/results.xhtml?election=" + published,
            "/public/results.xhtml?election=" + open,
            "/public/board.xhtml?election=" + "0".repeat(32),
            "/no-such-page",
            "/public/error/404.xhtml")) {
      HttpResponse<String> page = new WebSession().get(path);

      assertTrue(page.statusCode() < 500, path + " answered " + page.statusCode());
      assertEquals(List.of(), page.headers().allValues("Set-Cookie"), path);
    }
  }

  @Test
  void theBoardsTrackerLookUpFormWorksWithoutASession() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String election = AdminPages.openElection(admin, voter[0]);
    String tracker = castThroughTheApi(voter, election);
    AdminPages.act(admin, election, "close"); // closing posts every remaining tracker

    WebSession visitor = new WebSession();
    HttpResponse<String> board = visitor.get("/public/board.xhtml?election=" + election);
    Element form = Jsoup.parse(board.body()).selectFirst("form:has(#tracker)");
    assertEquals("post", form.attr("method"));
    Map<String, String> fields =
        form.select("input[name]").stream()
            .collect(Collectors.toMap(i -> i.attr("name"), i -> i.attr("value")));
    fields.put("tracker", tracker.toLowerCase().replace("-", " "));
    HttpResponse<String> looked = visitor.postForm(form.attr("action"), fields);

    assertEquals(200, looked.statusCode());
    assertTrue(
        Jsoup.parse(looked.body()).getElementById("lookup").text().contains("is on the board"),
        looked.body());
    assertTrue(visitor.sessionId().isEmpty(), "no session for the look-up either");
  }

  @Test
  void signingInAndOutFromAPublicPageStillWork() {
    WebSession visitor = new WebSession();
    visitor.get("/public/elections.xhtml");
    assertTrue(visitor.sessionId().isEmpty());

    HttpResponse<String> signedIn = visitor.signIn(Deployed.adminEmail(), Deployed.adminPassword());

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    HttpResponse<String> elections = visitor.get("/public/elections.xhtml");
    HttpResponse<String> signedOut =
        visitor.submit(elections.body(), "signOut", Map.of("signOut:submit", "Sign out"));
    assertEquals(302, signedOut.statusCode(), "signed in, public pages keep a working sign-out");
    assertTrue(signedOut.headers().firstValue("Location").orElseThrow().contains("signedOut"));
  }

  private static String castThroughTheApi(String[] voter, String election) {
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    HttpResponse<String> cast = ApiBallots.cast(session, election, 0);
    assertEquals(201, cast.statusCode(), cast.body());
    Matcher tracker = Pattern.compile("\"shortTracker\":\"([0-9A-Z-]+)\"").matcher(cast.body());
    assertTrue(tracker.find(), cast.body());
    return tracker.group(1);
  }
}
