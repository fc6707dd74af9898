package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What pages tell the person looking at them: times in their own zone (read and shown), their roles
 * in words, and when their tracker will be on the bulletin board.
 */
class ViewerPagesIT {
  private static final String PASSWORD = "viewer-pages-voter-pw";

  @Test
  void aTimeTypedInBerlinIsAnHourEarlierInUtcAndShownAsTyped() {
    typedTimeIsReadInTheViewersZone("Europe%2FBerlin", "Europe/Berlin", "09:00");
  }

  @Test
  void aTimeTypedInNewYorkIsFiveHoursLaterInUtcAndShownAsTyped() {
    typedTimeIsReadInTheViewersZone("America%2FNew_York", "America/New_York", "15:00");
  }

  /**
   * An admin whose browser set the zone cookie (URL-encoded, as timezone.js does) creates an
   * election opening 15 January 2031 at 10:00 their time; an admin without the cookie (UTC) sees
   * the opening at {@code utcTime}, and the first admin sees 10:00 and the zone's name.
   */
  private static void typedTimeIsReadInTheViewersZone(String cookie, String zone, String utcTime) {
    WebSession local = new WebSession();
    local.cookie("tz", cookie);
    local.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String form = local.get("/admin/elections.xhtml").body();
    assertTrue(
        Jsoup.parse(form).text().contains("Times are in your time zone (" + zone + ")"), form);

    HttpResponse<String> created =
        local.submit(
            form,
            "create",
            Map.of(
                "create:title",
                "Zone " + UUID.randomUUID(),
                "create:opensAt",
                "2031-01-15T10:00",
                "create:closesAt",
                "2031-01-16T10:00",
                "create:ballotType",
                "SINGLE_CHOICE",
                "create:submit",
                "Create election"));
    assertEquals(302, created.statusCode(), created.body());
    String page = local.follow(created).body();
    Document shown = Jsoup.parse(page);
    assertTrue(
        shown
            .text()
            .contains("Voting from Wed 15 Jan 2031, 10:00 to Thu 16 Jan 2031, 10:00 (" + zone),
        shown.text());
    assertEquals("2031-01-15T10:00", shown.getElementById("terms:opensAt").attr("value"));

    WebSession utc = new WebSession();
    utc.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String path = created.headers().firstValue("Location").orElseThrow();
    String inUtc = Jsoup.parse(utc.get(created.uri().resolve(path)).body()).text();
    assertTrue(inUtc.contains("Voting from Wed 15 Jan 2031, " + utcTime), inUtc);
    assertTrue(inUtc.contains("(UTC)"), inUtc);
  }

  @Test
  void rolesAreNamedInWords() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String auditor = TestAccounts.create("AUDITOR", PASSWORD);

    Document home = Jsoup.parse(admin.get("/admin/index.xhtml").body());

    assertEquals("Administrator", home.getElementById("signedInRoles").text());
    Element row =
        home.select("#accounts tr").stream()
            .filter(tr -> tr.text().contains(auditor))
            .findFirst()
            .orElseThrow();
    assertTrue(row.text().contains("Auditor"), row.text());
    assertFalse(home.text().contains("[ADMIN]") || home.text().contains("AUDITOR"), home.text());
  }

  @Test
  void theReceiptSaysWhenTheTrackerWillBeOnTheBoardWithoutSayingHowManyWait() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String election = AdminPages.openElection(admin, voter[0]);
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);

    HttpResponse<String> receipt = cast(session, election, "Ada");

    Document page = Jsoup.parse(receipt.body());
    String tracker = page.getElementById("tracker").text();
    String appears = page.getElementById("appears").text();
    assertTrue(
        appears.matches(
            ".*Yours appears once (\\d+) ballots are waiting, counting yours: after at most \\d+"
                + " more ballots, and when voting closes at the latest \\(\\w{3} \\d{1,2} \\w{3}"
                + " \\d{4}, \\d{2}:\\d{2}, UTC\\)\\."),
        appears);
    // The test domain's batch is larger than any test: the tracker waits for the closing.
    String board = BoardLookUp.post(session, election, tracker).body();
    assertTrue(
        Jsoup.parse(board).getElementById("lookup").text().contains("not on the board yet"), board);
  }

  /** Chooses a candidate, reviews and casts, as the ballot page's buttons do; the receipt. */
  static HttpResponse<String> cast(WebSession voter, String election, String candidate) {
    String ballot = voter.get("/vote/ballot.xhtml?election=" + election).body();
    Document paper = Jsoup.parse(ballot);
    Element label =
        paper.select("#ballot label").stream()
            .filter(l -> l.text().equals(candidate))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + candidate + " in " + ballot));
    Element choice = paper.getElementById(label.attr("for"));
    HttpResponse<String> reviewed =
        voter.submit(
            ballot,
            "ballot",
            Map.of("ballot:choice", choice.attr("value"), "ballot:review", "Review my choice"));
    assertEquals(200, reviewed.statusCode(), reviewed.body());
    HttpResponse<String> cast =
        voter.submit(reviewed.body(), "confirm", Map.of("confirm:cast", "Cast my ballot"));
    assertEquals(302, cast.statusCode(), cast.body());
    HttpResponse<String> receipt = voter.follow(cast);
    assertEquals(200, receipt.statusCode(), receipt.body());
    return receipt;
  }
}
