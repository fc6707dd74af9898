package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Sets up elections the way an administrator does, through the admin pages. */
final class AdminPages {
  private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private AdminPages() {}

  /** A draft election whose window started a minute ago and lasts a day; returns its id. */
  static String draftElection(WebSession admin) {
    return draftElection(admin, "");
  }

  /** A draft election as above whose voters may vote only from these networks ("" for any). */
  static String draftElection(WebSession admin, String allowedNetworks) {
    return draftElection(admin, allowedNetworks, -1, 1);
  }

  /** A draft election whose window opens {@code minutes} from now (the clock leaves it alone). */
  static String draftElectionOpeningIn(WebSession admin, int minutes) {
    return draftElection(admin, "", minutes, 1);
  }

  private static String draftElection(
      WebSession admin, String allowedNetworks, int opensIn, int closesInDays) {
    return created(
        createElection(admin, allowedNetworks, opensIn, closesInDays, "SINGLE_CHOICE", 1, 1));
  }

  /** A draft approval election, as above, whose voters choose min to max candidates. */
  static String draftApproval(WebSession admin, int min, int max) {
    return created(createElection(admin, "", -1, 1, "APPROVAL", min, max));
  }

  /** The answer to the create form with these terms. */
  static HttpResponse<String> createElection(
      WebSession admin,
      String allowedNetworks,
      int opensIn,
      int closesInDays,
      String ballotType,
      int min,
      int max) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("create:title", "System test " + UUID.randomUUID());
    fields.put("create:opensAt", FIELD.format(now.plusMinutes(opensIn)));
    fields.put("create:closesAt", FIELD.format(now.plusDays(closesInDays)));
    fields.put("create:ballotType", ballotType);
    fields.put("create:minChoices", Integer.toString(min));
    fields.put("create:maxChoices", Integer.toString(max));
    fields.put("create:allowedNetworks", allowedNetworks);
    fields.put("create:submit", "Create election");
    return admin.submit(admin.get("/admin/elections.xhtml").body(), "create", fields);
  }

  private static String created(HttpResponse<String> created) {
    assertEquals(302, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("id=") + 3);
  }

  /** An open election with candidates Ada and Grace and the given voters on its roll. */
  static String openElection(WebSession admin, String... voterRefs) {
    return openElection(admin, java.util.List.of("Ada", "Grace"), voterRefs);
  }

  /** An open election with these candidates and the given voters on its roll. */
  static String openElection(
      WebSession admin, java.util.List<String> candidates, String... voterRefs) {
    return open(admin, draftElection(admin), candidates, voterRefs);
  }

  /**
   * An open election with these candidates whose window lasts this many days, so the clock does not
   * close it while a benchmark's prepared database waits to be used.
   */
  static String openElectionFor(int days, WebSession admin, java.util.List<String> candidates) {
    return open(admin, draftElection(admin, "", -1, days), candidates);
  }

  /** An open election as above whose voters may vote only from these networks. */
  static String openElectionFrom(WebSession admin, String allowedNetworks, String... voterRefs) {
    return open(
        admin, draftElection(admin, allowedNetworks), java.util.List.of("Ada", "Grace"), voterRefs);
  }

  /** An open approval election (min to max of Ada, Grace and Edsger) with these voters. */
  static String openApproval(WebSession admin, int min, int max, String... voterRefs) {
    return open(
        admin,
        draftApproval(admin, min, max),
        java.util.List.of("Ada", "Grace", "Edsger"),
        voterRefs);
  }

  /** An open election for Ada or Grace, then a motion (yes / no / abstain), with these voters. */
  static String openWithMotion(WebSession admin, String... voterRefs) {
    String id = draftElection(admin);
    addQuestion(admin, id, "Adopt the new statutes?", 1, 1, "Yes", "No", "Abstain");
    return open(admin, id, java.util.List.of("Ada", "Grace"), voterRefs);
  }

  /**
   * Adds a further question to a draft on its page, then each answer through that question's own
   * form; the answer to adding the question (a refusal stops there).
   */
  static HttpResponse<String> addQuestion(
      WebSession admin, String id, String title, int min, int max, String... answers) {
    String page = "/admin/election.xhtml?id=" + id;
    HttpResponse<String> added =
        admin.submit(
            admin.get(page).body(),
            "addQuestion",
            Map.of(
                "addQuestion:title",
                title,
                "addQuestion:minChoices",
                Integer.toString(min),
                "addQuestion:maxChoices",
                Integer.toString(max),
                "addQuestion:submit",
                "Add question"));
    if (added.statusCode() >= 400) {
      return added;
    }
    int index = Jsoup.parse(added.body()).select("#furtherQuestions .question").size() - 1;
    for (String answer : answers) {
      ok(addAnswer(admin, id, index, answer));
    }
    return added;
  }

  /** Adds an answer to the draft's further question at this index (0-based); the answer. */
  static HttpResponse<String> addAnswer(WebSession admin, String id, int question, String answer) {
    String form = "questions:" + question + ":addAnswer";
    return admin.submit(
        admin.get("/admin/election.xhtml?id=" + id).body(),
        form,
        Map.of(form + ":name", answer, form + ":submit", "Add answer"));
  }

  /**
   * Opens a draft election whose key its trustees made earlier (e.g. {@code Trustees.complete}):
   * candidates, roll, schedule; its ceremony is kept.
   */
  static String openDraft(
      WebSession admin, String id, java.util.List<String> candidates, String... voterRefs) {
    return open(admin, id, candidates, false, voterRefs);
  }

  private static String open(
      WebSession admin, String id, java.util.List<String> candidates, String... voterRefs) {
    return open(admin, id, candidates, true, voterRefs);
  }

  private static String open(
      WebSession admin,
      String id,
      java.util.List<String> candidates,
      boolean oneTrustee,
      String... voterRefs) {
    String page = "/admin/election.xhtml?id=" + id;
    for (String candidate : candidates) {
      ok(
          admin.submit(
              admin.get(page).body(),
              "addCandidate",
              Map.of("addCandidate:name", candidate, "addCandidate:submit", "Add candidate")));
    }
    for (String voterRef : voterRefs) {
      ok(
          admin.submit(
              admin.get(page).body(),
              "enrol",
              Map.of("enrol:voterRef", voterRef, "enrol:submit", "Add to roll")));
    }
    if (oneTrustee) {
      TrusteePages.oneTrusteeCeremony(admin, id);
    }
    act(admin, id, "schedule");
    // The window has begun, so the election clock may open it before "Open now" is pressed.
    for (int i = 0; i < 100; i++) {
      String html = admin.get(page).body();
      if (Jsoup.parse(html).getElementById("status").text().equals("open")) {
        return id;
      }
      if (html.contains("id=\"lifecycle:open\"")) {
        String asked = admin.submit(html, "lifecycle", Map.of("lifecycle:open", "open")).body();
        if (asked.contains("id=\"confirm\"")) {
          admin.submit(asked, "confirm", Map.of("confirm:yes", "Yes, go ahead"));
        }
      }
      sleep();
    }
    throw new AssertionError("election " + id + " did not open");
  }

  /**
   * Edits a voter's email on the voters page, as an admin does, and expects it taken; the answer.
   */
  static HttpResponse<String> editEmail(WebSession admin, String voterRef, String email) {
    HttpResponse<String> saved = submitEmail(admin, voterRef, email);
    ok(saved);
    return saved;
  }

  /** Submits a new email for a voter on the voters page, whatever the answer; returns it. */
  static HttpResponse<String> submitEmail(WebSession admin, String voterRef, String email) {
    String editing = pressOnVoterRow(admin, voterRef, "Edit").body();
    String name = Jsoup.parse(editing).selectFirst("#voter\\:name").attr("value");
    return admin.submit(
        editing,
        "voter",
        Map.of(
            "voter:voterRef", voterRef,
            "voter:name", name,
            "voter:email", email,
            "voter:submit", "Save"));
  }

  /** Presses a button (Edit, Send password link, Deactivate, …) on a voter's row; the answer. */
  static HttpResponse<String> pressOnVoterRow(WebSession admin, String voterRef, String label) {
    String page = admin.get("/admin/voters.xhtml?q=" + voterRef).body();
    Element button =
        Jsoup.parse(page).select("#list\\:voters tr").stream()
            .filter(tr -> tr.text().contains(voterRef))
            .findFirst()
            .orElseThrow(() -> new AssertionError(voterRef + " not on the voters page"))
            .selectFirst("input[value=" + label + "]");
    return admin.submit(page, "list", Map.of(button.attr("name"), button.attr("value")));
  }

  /** What the voters page lists as not sent to this voter, newest first ("voting code", ...). */
  static java.util.List<String> mailFailures(WebSession admin, String voterRef) {
    return Jsoup.parse(admin.get("/admin/voters.xhtml").body())
        .select("#mailFailures tbody tr")
        .stream()
        .filter(tr -> tr.selectFirst(".failedVoter").text().equals(voterRef))
        .map(tr -> tr.select("td").get(1).text())
        .toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Presses a lifecycle button (open, close, publish, …) and confirms it. */
  static void act(WebSession admin, String id, String action) {
    String page = "/admin/election.xhtml?id=" + id;
    HttpResponse<String> asked =
        admin.submit(admin.get(page).body(), "lifecycle", Map.of("lifecycle:" + action, action));
    ok(asked);
    ok(admin.submit(asked.body(), "confirm", Map.of("confirm:yes", "Yes, go ahead")));
  }

  private static void ok(HttpResponse<String> response) {
    assertTrue(response.statusCode() < 400, response.statusCode() + ": " + response.body());
  }

  /** Sends a roll file through the import form's "Check file", as a browser's multipart post. */
  static HttpResponse<String> uploadRoll(WebSession admin, byte[] file) {
    return admin.upload(
        "/admin/import.xhtml",
        "upload",
        "upload:file",
        Map.of("upload:check", "Check file"),
        "roll.csv",
        "text/csv",
        file);
  }
}
