package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After a button on an admin or voting page, the address the browser shows (the form's action)
 * still names the election, search or page, so reloading it shows the same thing instead of a 404.
 */
class PostbackAddressIT {
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void theElectionPageKeepsItsIdThroughEveryPostback() {
    // Opening later: once scheduled, an election whose window has begun opens at the next tick.
    String id = AdminPages.draftElectionOpeningIn(admin, 60);
    String page = "/admin/election.xhtml?id=" + id;
    String title = Jsoup.parse(admin.get(page).body()).selectFirst("h1").text();

    // A candidate added: the answer's forms post to the election, and the address reloads it.
    HttpResponse<String> added =
        admin.submit(
            admin.get(page).body(),
            "addCandidate",
            Map.of("addCandidate:name", "Ada", "addCandidate:submit", "Add candidate"));
    assertEquals(200, added.statusCode());
    assertTrue(added.body().contains("Candidate added."), added.body());
    String address = action(added.body(), "addCandidate");
    assertTrue(address.contains("id=" + id), address);
    assertSameElection(address, title);

    // Refused input renders the page again without the action: its address keeps the id too.
    HttpResponse<String> refused =
        admin.submit(
            added.body(),
            "addCandidate",
            Map.of("addCandidate:name", "", "addCandidate:submit", "Add candidate"));
    assertTrue(refused.body().contains("Give the candidate"), refused.body());
    assertSameElection(action(refused.body(), "addCandidate"), title);

    HttpResponse<String> second =
        admin.submit(
            refused.body(),
            "addCandidate",
            Map.of("addCandidate:name", "Grace", "addCandidate:submit", "Add candidate"));
    assertTrue(second.body().contains("Candidate added."), second.body());

    // Schedule asks first; both the question and the answer keep the id.
    TrusteePages.oneTrusteeCeremony(admin, id);
    HttpResponse<String> asked =
        admin.submit(admin.get(page).body(), "lifecycle", Map.of("lifecycle:schedule", "schedule"));
    assertTrue(action(asked.body(), "confirm").contains("id=" + id), asked.body());
    HttpResponse<String> done =
        admin.submit(asked.body(), "confirm", Map.of("confirm:yes", "Yes, go ahead"));
    assertTrue(done.body().contains("the election is now scheduled"), done.body());
    String after = action(done.body(), "lifecycle");
    assertSameElection(after, title);
    assertEquals("scheduled", Jsoup.parse(admin.get(after).body()).getElementById("status").text());
  }

  @Test
  void theVotersPageKeepsItsSearchThroughAPostback() {
    String[] voter = TestAccounts.createVoter("postback-address-pw");
    String page = "/admin/voters.xhtml?q=" + voter[0];
    String html = admin.get(page).body();
    assertTrue(action(html, "list").contains("q=" + voter[0]), action(html, "list"));

    Element edit = row(html, voter[0]).selectFirst("input[value=Edit]");
    HttpResponse<String> editing =
        admin.submit(html, "list", Map.of(edit.attr("name"), edit.attr("value")));
    String address = action(editing.body(), "voter");
    assertTrue(address.contains("q=" + voter[0]), address);
    Document reloaded = Jsoup.parse(admin.get(address).body());
    assertEquals(1, reloaded.select("#list\\:voters tbody tr").size(), reloaded.text());
    assertTrue(row(reloaded.outerHtml(), voter[0]) != null);
  }

  @Test
  void linksAfterAPostbackCarryOnlyTheirOwnPage() {
    TestAccounts.createVoter("postback-address-pw"); // V-…, so a page after "A" has voters
    String html = admin.get("/admin/voters.xhtml?after=A").body();
    Element edit = Jsoup.parse(html).selectFirst("#list\\:voters input[value=Edit]");
    HttpResponse<String> editing =
        admin.submit(html, "list", Map.of(edit.attr("name"), edit.attr("value")));
    Document answer = Jsoup.parse(editing.body());
    assertTrue(
        action(editing.body(), "voter").contains("after=A"), action(editing.body(), "voter"));

    // Previous goes back from this page's first voter, not to the page posted from.
    String previous = answer.getElementById("votersPrevious").attr("href");
    assertTrue(previous.contains("before="), previous);
    assertTrue(!previous.contains("after="), previous);
  }

  @Test
  void theBallotKeepsItsElectionThroughTheReviewStep() {
    String[] voter = TestAccounts.createVoter("postback-ballot-pw");
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession session = new WebSession();
    session.signIn(voter[1], "postback-ballot-pw");
    String ballot = session.get("/vote/ballot.xhtml?election=" + id).body();
    String choice = Jsoup.parse(ballot).selectFirst("input[type=radio]").attr("value");

    HttpResponse<String> review =
        session.submit(
            ballot, "ballot", Map.of("ballot:choice", choice, "ballot:review", "Review"));
    assertEquals(200, review.statusCode(), review.body());
    String address = action(review.body(), "confirm");
    assertTrue(address.contains("election=" + id), address);
    HttpResponse<String> reloaded = session.get(address);
    assertEquals(200, reloaded.statusCode(), address + ": " + reloaded.body());
    assertTrue(Jsoup.parse(reloaded.body()).getElementById("ballot") != null, reloaded.body());
  }

  private static void assertSameElection(String address, String title) {
    HttpResponse<String> reloaded = admin.get(address);
    assertEquals(200, reloaded.statusCode(), address + ": " + reloaded.body());
    assertEquals(title, Jsoup.parse(reloaded.body()).selectFirst("h1").text(), address);
  }

  private static String action(String html, String formId) {
    Element form = Jsoup.parse(html).getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " in " + html);
    }
    return form.attr("action");
  }

  private static Element row(String html, String ref) {
    return Jsoup.parse(html).select("#list\\:voters tr").stream()
        .filter(tr -> tr.text().contains(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ref + " not on the voters page"));
  }
}
