package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;

/**
 * One ballot of three questions from the admin's form to a verified record: the chair (one of Ada
 * and Grace), a motion (yes / no / abstain) and a committee (up to two of three). A voter answers
 * all three in Chromium, is refused while the motion is unanswered, challenges a ballot (the tool
 * confirms every answer from its file) and casts a fresh one with one receipt; one votes without
 * the script; an API client's ballot made for other questions is refused, its honest one taken. Two
 * of three trustees decrypt; each answer has its count; `trustee verify` passes the record.
 */
class QuestionsBallotIT {
  private static final String PASSWORD = "questions-voter-password";
  private static final String MOTION = "Adopt the new statutes?";
  private static final String COMMITTEE = "Audit committee";
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path downloads;
  @TempDir Path work;
  private WebDriver browser;
  private WebDriverWait wait;
  private BrowserSteps pages;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium(downloads);
    wait = Browsers.waitFor(browser, Duration.ofSeconds(30));
    pages = new BrowserSteps(browser, wait);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aBallotOfThreeQuestionsIsCastOnceCountedPerAnswerAndItsRecordVerifies() throws Exception {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String id = AdminPages.draftElection(admin);
    HttpResponse<String> inverted = AdminPages.addQuestion(admin, id, "Inverted", 2, 1);
    assertEquals(400, inverted.statusCode(), "refused on the form");
    assertTrue(inverted.body().contains("the least no more than the most"), inverted.body());
    AdminPages.addQuestion(admin, id, MOTION, 1, 1, "Yes", "No", "Abstain");
    HttpResponse<String> twice = AdminPages.addQuestion(admin, id, COMMITTEE, 0, 2, "Edsger");
    assertEquals(200, twice.statusCode());
    HttpResponse<String> again = AdminPages.addAnswer(admin, id, 1, " edsger ");
    assertEquals(400, again.statusCode(), "an answer given twice to one question");
    assertTrue(again.body().contains("This question already has edsger."), again.body());
    for (String answer : List.of("Barbara", "Alan")) {
      assertEquals(200, AdminPages.addAnswer(admin, id, 1, answer).statusCode());
    }
    Trustees.KeyCeremony ceremony = Trustees.complete(id, 2, 3);
    String[] answering = TestAccounts.createVoter(PASSWORD);
    String[] noScript = TestAccounts.createVoter(PASSWORD);
    String[] client = TestAccounts.createVoter(PASSWORD);
    AdminPages.openDraft(admin, id, List.of("Ada", "Grace"), answering[0], noScript[0], client[0]);
    Document election = Jsoup.parse(admin.get("/admin/election.xhtml?id=" + id).body());
    assertEquals(
        "Ballot: one candidate; then 2 questions.", election.getElementById("ballotKind").text());
    assertEquals(
        List.of(MOTION, COMMITTEE), election.select("#furtherQuestions .questionTitle").eachText());

    // In the browser: the motion left unanswered is refused; then every answer is reviewed.
    pages.signIn(answering[1], PASSWORD);
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + id).toString());
    List<WebElement> legends =
        wait.until(ExpectedConditions.numberOfElementsToBe(By.tagName("legend"), 3));
    assertEquals("Choose one candidate.", legends.get(0).getText());
    assertEquals(MOTION + "\nChoose one answer.", legends.get(1).getText());
    assertEquals(COMMITTEE + "\nChoose up to 2 answers.", legends.get(2).getText());
    label("Grace").click();
    label("Edsger").click();
    label("Alan").click();
    pages.click(By.id("ballot:review"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "\u201c" + MOTION + "\u201d: Choose one answer. You chose 0."));
    label("Yes").click();
    pages.click(By.id("ballot:review"));
    wait.until(ExpectedConditions.textToBe(By.id("chosen"), "Grace"));
    assertEquals(
        List.of(MOTION + ": Yes", COMMITTEE + ": Edsger, Alan"),
        browser.findElements(By.cssSelector("#chosenAnswers li")).stream()
            .map(WebElement::getText)
            .toList());
    String challenged = pages.reviewTracker();
    pages.click(By.id("challenge"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenged")));
    assertEquals(
        "Grace, " + MOTION + ": Yes, " + COMMITTEE + ": Edsger, " + COMMITTEE + ": Alan",
        browser.findElement(By.id("challengedChoice")).getText());
    String tracker = pages.reviewTracker();
    assertNotEquals(challenged, tracker, "a fresh ballot after the challenge");
    pages.click(By.id("challengeFile"));
    String name = "challenged-ballot-" + challenged + ".json";
    pages.downloaded(downloads, name);
    String file = downloads.resolve(name).toAbsolutePath().toString();
    String keyHex = Group.pointHex(ceremony.key().publicKey());
    TrusteePages.ToolRun every =
        TrusteePages.checkChallenge(
            work,
            file,
            keyHex,
            "Grace",
            MOTION + ": Yes",
            COMMITTEE + ": Edsger",
            COMMITTEE + ": Alan");
    assertEquals(0, every.exit(), every.out() + every.err());
    TrusteePages.ToolRun otherMotion =
        TrusteePages.checkChallenge(
            work,
            file,
            keyHex,
            "Grace",
            MOTION + ": No",
            COMMITTEE + ": Edsger",
            COMMITTEE + ": Alan");
    assertEquals(1, otherMotion.exit(), otherMotion.out() + otherMotion.err());
    pages.click(By.id("confirm:cast"));
    assertEquals(
        tracker,
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText());

    // Without the script: the form posts the answers and the server encrypts them.
    WebSession plain = new WebSession();
    plain.signIn(noScript[1], PASSWORD);
    JsonObject paper = paper(plain, id);
    List<String> ids = optionIds(paper);
    Document ballotPage = Jsoup.parse(plain.get("/vote/ballot.xhtml?election=" + id).body());
    Element form = ballotPage.getElementById("ballot");
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Element hidden : form.select("input[type=hidden]")) {
      fields.add(Map.entry(hidden.attr("name"), hidden.attr("value")));
    }
    fields.add(Map.entry("ballot:choice", ids.get(0))); // Ada
    fields.add(Map.entry("ballot:questions:0:answer", ids.get(3))); // No
    fields.add(Map.entry("ballot:review", "Review my choice"));
    HttpResponse<String> reviewed = plain.postForm(form.attr("action"), fields);
    Document confirm = Jsoup.parse(reviewed.body());
    assertEquals("Ada", confirm.getElementById("chosen").text(), reviewed.body());
    assertEquals(
        List.of(MOTION + ": No", COMMITTEE + ": no answer"),
        confirm.select("#chosenAnswers li").eachText());
    HttpResponse<String> cast =
        plain.submit(reviewed.body(), "confirm", Map.of("confirm:cast", "Cast this ballot"));
    assertEquals(302, cast.statusCode(), cast.body());

    // An API client: ballots made for other questions are refused; its honest ballot is taken.
    WebSession api = new WebSession();
    api.signIn(client[1], PASSWORD);
    JsonObject apiPaper = paper(api, id);
    assertEquals(
        List.of(MOTION, COMMITTEE),
        apiPaper.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
            .map(q -> q.getString("title"))
            .toList());
    var key = ceremony.key().publicKey();
    BallotLayout yesAndNo =
        new BallotLayout(
            List.of(
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, new ChoiceBounds(0, 3)),
                new BallotLayout.Question(3, new ChoiceBounds(0, 2))));
    HttpResponse<String> twoAnswers =
        ApiBallots.post(api, id, ballot(id, key, yesAndNo, Set.of(0, 2, 3)));
    assertEquals(422, twoAnswers.statusCode(), twoAnswers.body());
    assertTrue(
        twoAnswers.body().contains("number of answers chosen in question 2 is within its bounds"),
        twoAnswers.body());
    HttpResponse<String> oneRace =
        ApiBallots.post(
            api, id, ballot(id, key, BallotLayout.single(8, new ChoiceBounds(1, 3)), Set.of(0)));
    assertEquals(422, oneRace.statusCode(), oneRace.body());
    assertTrue(
        oneRace.body().contains("does not prove a count for each of the election's questions"),
        oneRace.body());
    BallotLayout layout =
        new BallotLayout(
            List.of(
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, new ChoiceBounds(0, 2))));
    HttpResponse<String> taken = ApiBallots.post(api, id, ballot(id, key, layout, Set.of(0, 4, 6)));
    assertEquals(201, taken.statusCode(), taken.body());

    // Two of three trustees decrypt; every answer has its count; the record verifies.
    AdminPages.act(admin, id, "close");
    Trustees.decryptAndSend(ceremony, id, 1, 3);
    AdminPages.act(admin, id, "publish");
    HttpResponse<String> record = new WebSession().get("/api/public/elections/" + id + "/record");
    assertEquals(200, record.statusCode(), record.body());
    JsonObject r = JsonFiles.parse(record.body(), "record").object();
    assertEquals(
        List.of(MOTION + " 3 1..1", COMMITTEE + " 3 0..2"),
        r.getJsonObject("election").getJsonArray("questions").getValuesAs(JsonObject.class).stream()
            .map(
                q ->
                    q.getString("title")
                        + " "
                        + q.getInt("candidates")
                        + " "
                        + q.getInt("minChoices")
                        + ".."
                        + q.getInt("maxChoices"))
            .toList());
    assertEquals(
        List.of(
            "Ada 2",
            "Grace 1",
            MOTION + ": Yes 1",
            MOTION + ": No 1",
            MOTION + ": Abstain 1",
            COMMITTEE + ": Edsger 1",
            COMMITTEE + ": Barbara 1",
            COMMITTEE + ": Alan 1"),
        r.getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("candidate") + " " + c.getInt("count"))
            .toList());
    for (JsonValue b : r.getJsonArray("ballots")) {
      assertTrue(b.asJsonObject().containsKey("questionCounts"), b.toString());
    }
    Document results =
        Jsoup.parse(new WebSession().get("/public/results.xhtml?election=" + id).body());
    assertEquals(
        List.of(
            "Ada 2 66.7%",
            "Grace 1 33.3%",
            MOTION,
            "Yes 1 33.3%",
            "No 1 33.3%",
            "Abstain 1 33.3%",
            COMMITTEE,
            "Edsger 1 33.3%",
            "Barbara 1 33.3%",
            "Alan 1 33.3%"),
        results.select("#results tbody tr").eachText(),
        "grouped by question, each answer under its own");
    assertEquals(List.of(MOTION, COMMITTEE), results.select(".chart-question").eachText());
    Files.writeString(work.resolve("record.json"), record.body());
    TrusteePages.ToolRun verified = TrusteePages.anyone(work, "verify", "--record", "record.json");
    assertEquals(0, verified.exit(), verified.out() + verified.err());
    assertTrue(verified.out().contains("passes all"), verified.out());
  }

  private WebElement label(String name) {
    return browser.findElement(By.xpath("//label[normalize-space()='" + name + "']"));
  }

  private static JsonObject paper(WebSession voter, String id) {
    HttpResponse<String> paper = voter.get("/api/vote/elections/" + id + "/ballot");
    assertEquals(200, paper.statusCode(), paper.body());
    return JsonFiles.parse(paper.body(), "paper").object();
  }

  /** Every option's id in ballot order: the candidates, then each question's answers. */
  private static List<String> optionIds(JsonObject paper) {
    List<String> ids = new ArrayList<>();
    paper.getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("candidateId"))
        .forEach(ids::add);
    for (JsonObject q : paper.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
          .map(o -> o.getString("candidateId"))
          .forEach(ids::add);
    }
    return ids;
  }

  private static String ballot(
      String id, org.bouncycastle.math.ec.ECPoint key, BallotLayout layout, Set<Integer> chosen) {
    return BallotJson.toJson(EncryptedBallot.encrypt(id, key, layout, chosen, RANDOM).ballot())
        .toString();
  }
}
