package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The public bulletin board: unknown elections are a 404, unpublished results a 409; a posted
 * tracker look-up answers.
 */
class BulletinBoardIT {

  @Test
  void anUnknownOrMalformedElectionIsANotFoundPage() {
    assertEquals(
        404, new WebSession().get("/public/board.xhtml?election=" + "0".repeat(32)).statusCode());
    HttpResponse<String> malformed =
        new WebSession().get("/public/board.xhtml?election=1%27%20or%201=1");
    assertEquals(404, malformed.statusCode());
    assertTrue(!malformed.body().contains("Exception"), "no stack trace");
    assertEquals(404, new WebSession().get("/public/results.xhtml?election=nope").statusCode());
  }

  @Test
  void resultsBeforePublicationAreA409PageSayingSoAsInTheApi() {
    String election = scheduledElection();

    HttpResponse<String> page = new WebSession().get("/public/results.xhtml?election=" + election);
    HttpResponse<String> api =
        new WebSession().get("/api/public/elections/" + election + "/results");

    assertEquals(409, page.statusCode());
    String message = Jsoup.parse(page.body()).getElementById("messages").text();
    assertTrue(message.contains("are not published yet"), page.body());
    assertEquals(page.statusCode(), api.statusCode(), api.body());
  }

  @Test
  void aTrackerLookUpSaysWhetherItIsThere() {
    WebSession visitor = new WebSession();
    String election = scheduledElection();

    HttpResponse<String> looked = BoardLookUp.post(visitor, election, "zzzzz zzzzz zzzzz");

    assertEquals(200, looked.statusCode());
    assertTrue(
        Jsoup.parse(looked.body())
            .getElementById("lookup")
            .text()
            .contains("is not on the board yet"),
        looked.body());
    assertFalse(
        looked.uri().toString().contains("tracker"), "the tracker stays out of the address");
  }

  /** A tracker in the address would stay in logs and history: the form posts it instead. */
  @Test
  void theLookUpFormPostsAndATrackerInTheAddressIsNotLookedUp() {
    WebSession visitor = new WebSession();
    String election = scheduledElection();

    Element form =
        Jsoup.parse(visitor.get("/public/board.xhtml?election=" + election).body())
            .getElementById("lookUp");
    HttpResponse<String> inAddress =
        visitor.get("/public/board.xhtml?election=" + election + "&tracker=zzzzz-zzzzz-zzzzz");

    assertEquals("post", form.attr("method"));
    assertFalse(form.attr("action").contains("tracker"), form.attr("action"));
    assertEquals(302, inAddress.statusCode(), inAddress.body());
    String location = inAddress.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/public/board.xhtml?election=" + election), location);
    assertNull(
        Jsoup.parse(visitor.follow(inAddress).body()).getElementById("lookup"), "not looked up");
  }

  /**
   * An admin creates an election with two candidates, one trustee makes its key, and the admin
   * schedules it, through the pages.
   */
  private static String scheduledElection() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
    java.time.format.DateTimeFormatter field =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    HttpResponse<String> created =
        admin.submit(
            admin.get("/admin/elections.xhtml").body(),
            "create",
            Map.of(
                "create:title",
                "Board " + java.util.UUID.randomUUID(),
                "create:opensAt",
                field.format(now.plusDays(1)),
                "create:closesAt",
                field.format(now.plusDays(2)),
                "create:ballotType",
                "SINGLE_CHOICE",
                "create:submit",
                "Create election"));
    HttpResponse<String> page = admin.follow(created);
    String election = page.uri().toString().replaceAll(".*id=([0-9a-f]{32}).*", "$1");
    for (String name : new String[] {"Ada", "Grace"}) {
      page =
          admin.submit(
              page.body(),
              "addCandidate",
              Map.of("addCandidate:name", name, "addCandidate:submit", "Add candidate"));
    }
    TrusteePages.oneTrusteeCeremony(admin, election);
    page = admin.get("/admin/election.xhtml?id=" + election);
    page = admin.submit(page.body(), "lifecycle", Map.of("lifecycle:schedule", "Schedule…"));
    page = admin.submit(page.body(), "confirm", Map.of("confirm:yes", "Yes, go ahead"));
    assertEquals("scheduled", Jsoup.parse(page.body()).getElementById("status").text());
    return election;
  }
}
