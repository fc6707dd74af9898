package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securevote.tools.format.JsonFiles;

/**
 * The trustee pages and the published key over HTTP: refused uploads answer 4xx with the tool's
 * message, strangers get nothing, and the key appears only once the election is scheduled.
 */
class TrusteePagesIT {
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void aRefusedUploadIsA4xxWithTheToolsMessageAndNothingIsKept() {
    String id = AdminPages.draftElection(admin);
    String email = TrusteePages.newTrustee();
    TrusteePages.appoint(admin, id, 1, email);
    WebSession trustee = new WebSession();
    trustee.signIn(email, TrusteePages.PASSWORD);

    HttpResponse<String> garbage =
        trustee.upload(
            TrusteePages.ceremonyPage(id),
            "publish",
            "publish:file",
            Map.of("publish:submit", "Publish my public file"),
            "trustee-1.public.json",
            "application/json",
            "{not json".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, garbage.statusCode());
    String message = Jsoup.parse(garbage.body()).getElementById("messages").text();
    assertTrue(message.contains("trustee-1.public.json: not one JSON object"), message);
    assertFalse(garbage.body().contains("Exception"), "no stack trace");

    HttpResponse<String> huge =
        trustee.upload(
            TrusteePages.ceremonyPage(id),
            "publish",
            "publish:file",
            Map.of("publish:submit", "Publish my public file"),
            "trustee-1.public.json",
            "application/json",
            new byte[70_000]);
    assertEquals(422, huge.statusCode());
    assertTrue(huge.body().contains("larger than 64 KiB"), huge.body());

    String page = trustee.get(TrusteePages.ceremonyPage(id)).body();
    assertTrue(Jsoup.parse(page).getElementById("publish") != null, "still nothing published");
    assertEquals(
        "waiting for public files (0 of 1)",
        Jsoup.parse(page).getElementById("ceremonyStage").text());
  }

  @Test
  void strangersGetNeitherThePagesNorTheFiles() {
    String id = AdminPages.draftElection(admin);
    TrusteePages.appoint(admin, id, 1, TrusteePages.newTrustee());

    WebSession voter = new WebSession();
    voter.signIn(TestAccounts.createVoter("stranger-password")[1], "stranger-password");
    assertEquals(403, voter.get("/trustee/").statusCode());
    assertEquals(401, voter.get(TrusteePages.files(id) + "/CEREMONY.json").statusCode());

    WebSession otherTrustee = new WebSession();
    String other = TrusteePages.newTrustee();
    otherTrustee.signIn(other, TrusteePages.PASSWORD);
    assertEquals(404, otherTrustee.get(TrusteePages.files(id) + "/CEREMONY.json").statusCode());
    assertEquals(404, otherTrustee.get(TrusteePages.ceremonyPage(id)).statusCode());
    HttpResponse<String> posted =
        otherTrustee.send(
            "POST",
            TrusteePages.files(id) + "/public-file",
            "application/json",
            "{}",
            Map.of("Origin", Deployed.url("/").toString().replaceAll("/$", "")));
    assertEquals(404, posted.statusCode(), posted.body());
  }

  @Test
  void theKeyIsPublishedOnceTheElectionIsScheduled() {
    String draft = AdminPages.draftElection(admin);
    WebSession visitor = new WebSession();
    assertEquals(404, visitor.get("/api/public/elections/" + draft + "/key").statusCode());
    HttpResponse<String> unknown = visitor.get("/api/public/elections/" + "0".repeat(32) + "/key");
    assertEquals(404, unknown.statusCode());
    assertFalse(unknown.body().contains("Exception"));
    assertEquals(404, visitor.get("/api/public/elections/nope/key").statusCode());

    String id = AdminPages.openElection(admin);
    HttpResponse<String> key = visitor.get("/api/public/elections/" + id + "/key");
    assertEquals(200, key.statusCode(), key.body());
    var json = JsonFiles.parse(key.body(), "key");
    assertEquals(id, json.text("electionId"));
    assertEquals(1, json.integer("trustees"));
    assertEquals(1, json.integer("threshold"));
    assertEquals(1, json.objects("trusteePublics").size());
    var board = Jsoup.parse(visitor.get("/public/board.xhtml?election=" + id).body());
    assertEquals(json.text("publicKey"), board.getElementById("keyHex").text());
    assertEquals(
        json.text("fingerprint"), board.getElementById("keyFingerprint").text().replace(" ", ""));
  }
}
