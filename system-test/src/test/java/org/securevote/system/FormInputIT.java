package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every field of every form, sent oversized (100,000 characters) or with a NUL character, gets a
 * 4xx answer with the page and a message, never a 500, and changes nothing.
 */
class FormInputIT {
  private static final String OVERSIZED = "x".repeat(100_000);
  private static final String NUL = "a\u0000b";
  private static final String PASSWORD = "form-input-voter-pw";

  private static final WebSession admin = new WebSession();
  private static final WebSession voter = new WebSession();
  private static final WebSession newVoter = new WebSession();
  private static String voterRef;
  private static String draftElection;
  private static String openElection;

  @BeforeAll
  static void setUp() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] v = TestAccounts.createVoter(PASSWORD);
    voterRef = v[0];
    voter.signIn(v[1], PASSWORD);
    newVoter.signIn(TestAccounts.createVoter(PASSWORD, false)[1], PASSWORD);
    draftElection = AdminPages.draftElection(admin);
    openElection = AdminPages.openElection(admin, voterRef);
  }

  @Test
  void signInForm() {
    everyFieldRefused(new WebSession(), "/public/sign-in.xhtml", "signIn", "signIn:submit");
  }

  @Test
  void activationForm() {
    everyFieldRefused(
        new WebSession(), TestAccounts.activationLink(), "activate", "activate:submit");
  }

  @Test
  void codeForm() {
    everyFieldRefused(newVoter, "/vote/verify.xhtml", "verify", "verify:submit");
  }

  @Test
  void ballotForm() {
    everyFieldRefused(
        voter, "/vote/ballot.xhtml?election=" + openElection, "ballot", "ballot:review");
  }

  @Test
  void newElectionForm() {
    everyFieldRefused(admin, "/admin/elections.xhtml", "create", "create:submit");
  }

  @Test
  void electionPageForms() {
    String page = "/admin/election.xhtml?id=" + draftElection;
    everyFieldRefused(admin, page, "terms", "terms:submit");
    everyFieldRefused(admin, page, "addCandidate", "addCandidate:submit");
    everyFieldRefused(admin, page, "enrol", "enrol:submit");
  }

  @Test
  void voterForm() {
    everyFieldRefused(admin, "/admin/voters.xhtml", "voter", "voter:submit");
  }

  @Test
  void trackerLookUp() {
    // Far beyond a tracker, a control character, and not a tracker at all.
    for (String tracker : new String[] {"x".repeat(2000), NUL, "not-a-tracker"}) {
      int status = BoardLookUp.post(admin, openElection, tracker).statusCode();
      assertTrue(status >= 400 && status < 500, "tracker look-up answered " + status);
    }
  }

  @Test
  void bodyOverTheListenerLimitIsRefused() {
    Map<String, String> fields = fields(admin.get("/admin/voters.xhtml").body(), "voter");
    fields.put("voter:name", "y".repeat(12 * 1024 * 1024));
    fields.put("voter:submit", "Add voter");
    int status =
        admin
            .postForm(action(admin.get("/admin/voters.xhtml").body(), "voter"), fields)
            .statusCode();
    assertTrue(status >= 400 && status < 500, "a 12 MB form answered " + status);
  }

  @Test
  void rollFileOverTheLimitIsRefused() {
    HttpResponse<String> answer = upload(new byte[17 * 1024 * 1024]); // over 16 MB and the form
    assertEquals(413, answer.statusCode());
    assertTrue(answer.body().contains("larger than any form"), answer.body());
  }

  @Test
  void rollFileThatIsNotTextIsRefusedWithAMessage() {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    HttpResponse<String> answer = upload(binary);
    assertEquals(400, answer.statusCode());
    assertTrue(answer.body().contains("not UTF-8 text"), answer.body());
  }

  private static HttpResponse<String> upload(byte[] file) {
    return AdminPages.uploadRoll(admin, file);
  }

  /**
   * Submits the form once per field with that field oversized, and once with a NUL in it; every
   * answer must be a 4xx with a message on the page, and no row a form could write may change. A
   * form without a field to try fails: it would prove nothing.
   */
  private static void everyFieldRefused(
      WebSession session, String page, String formId, String button) {
    List<String> failures = new ArrayList<>();
    Map<String, String> original = fields(session.get(page).body(), formId);
    Map<String, String> rowsBefore = rows();
    int tried = 0;
    for (String field : original.keySet()) {
      if (field.equals(formId) || field.startsWith("jakarta.faces.")) {
        continue;
      }
      tried++;
      for (String value : new String[] {OVERSIZED, NUL}) {
        String html = session.get(page).body();
        Map<String, String> values = fields(html, formId);
        values.put(field, value);
        values.put(button, "submit");
        HttpResponse<String> answer = session.postForm(action(html, formId), values);
        int status = answer.statusCode();
        if (status < 400 || status >= 500) {
          failures.add(field + (value == NUL ? " with NUL" : " oversized") + " answered " + status);
        } else if (status != 413
            && !answer.body().contains("id=\"messages\"")
            && !answer.body().contains("text-red-700")) {
          failures.add(field + " answered " + status + " without a message");
        }
      }
    }
    assertTrue(tried > 0, page + " " + formId + ": no field to try in " + original.keySet());
    assertTrue(failures.isEmpty(), page + " " + formId + ": " + failures);
    Map<String, String> rowsAfter = rows();
    List<String> changed =
        rowsBefore.keySet().stream()
            .filter(table -> !rowsBefore.get(table).equals(rowsAfter.get(table)))
            .toList();
    assertTrue(changed.isEmpty(), page + " " + formId + ": refused input changed " + changed);
  }

  /**
   * A digest of every row a form could write, per table. Of elections only their terms, and of
   * participations only who voted: the election clock changes an election's status and the
   * shuffle's flags while the test runs.
   */
  private static Map<String, String> rows() {
    Map<String, String> selects = new LinkedHashMap<>();
    for (String table :
        List.of(
            "account",
            "account_role",
            "voter",
            "candidate",
            "eligibility",
            "activation_token",
            "one_time_code",
            "credential_change",
            "sign_in_failure")) {
      selects.put(table, "select * from " + table);
    }
    selects.put(
        "election",
        "select id, title, description, ballot_type, opens_at, closes_at, allowed_networks,"
            + " fresh_code_required from election");
    selects.put("participation", "select election_id, account_id from participation");
    selects.put("ballot", "select id, election_id, tracker from ballot");
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        Statement query = db.createStatement()) {
      for (Map.Entry<String, String> select : selects.entrySet()) {
        try (ResultSet digest =
            query.executeQuery(
                "select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from ("
                    + select.getValue()
                    + ") r")) {
          digest.next();
          digests.put(select.getKey(), digest.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return digests;
  }

  /** The form's fields as a browser sends them: inputs, text areas and selects. */
  private static Map<String, String> fields(String html, String formId) {
    Element form = Jsoup.parse(html).getElementById(formId);
    if (form == null) {
      throw new IllegalStateException("No form " + formId + " in " + html);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], textarea[name], select[name]")) {
      String type = input.attr("type");
      if (type.equals("submit")
          || type.equals("button")
          || type.equals("checkbox")
          || type.equals("file")) {
        continue;
      }
      if (type.equals("radio") && fields.containsKey(input.attr("name"))) {
        continue;
      }
      String value =
          input.tagName().equals("textarea")
              ? input.text()
              : input.tagName().equals("select")
                  ? input.select("option").first().attr("value")
                  : input.attr("value");
      fields.put(input.attr("name"), value);
    }
    return fields;
  }

  private static String action(String html, String formId) {
    return Jsoup.parse(html).getElementById(formId).attr("action");
  }
}
