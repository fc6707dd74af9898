package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.format.Ballots;

/**
 * After closing, trustees decrypt over HTTP (the API and the trustee page) and the election record
 * comes out: 404 for an unknown election, 409 until its results may be seen, then a record whose
 * ballots add up to its encrypted totals and whose results are the votes cast.
 */
class ElectionRecordIT {
  private static final List<String> CANDIDATES = List.of("Ada", "Grace");

  @Test
  void twoOfThreeTrusteesDecryptOverHttpAndTheRecordAddsUp() throws Exception {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String id = AdminPages.draftElection(admin);
    Trustees.KeyCeremony ceremony = Trustees.complete(id, 2, 3);
    List<String[]> voters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      voters.add(TestAccounts.createVoter("voter-password-not-secret"));
    }
    AdminPages.openDraft(
        admin, id, CANDIDATES, voters.get(0)[0], voters.get(1)[0], voters.get(2)[0]);
    Map<String, Integer> votes = new LinkedHashMap<>();
    votes.put(voters.get(0)[1], 0);
    votes.put(voters.get(1)[1], 1);
    votes.put(voters.get(2)[1], 0);
    Trustees.cast(id, ceremony.key(), 2, votes);
    String record = "/api/public/elections/" + id + "/record";
    WebSession visitor = new WebSession();

    assertEquals(
        404, visitor.get("/api/public/elections/" + "0".repeat(32) + "/record").statusCode());
    HttpResponse<String> open = visitor.get(record);
    assertEquals(409, open.statusCode(), open.body());
    assertTrue(open.body().contains("not published yet"), open.body());
    String totals = "/api/public/elections/" + id + "/totals";
    HttpResponse<String> early = visitor.get(totals);
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("added up when voting closes"), early.body());

    AdminPages.act(admin, id, "close");
    assertEquals("awaiting trustees", status(admin, id));
    JsonObject published = publishedTotals(visitor, id);
    assertEquals(409, admin.get(record).statusCode(), "not decrypted: not even for admins");

    WebSession trustee1 = signedIn(ceremony.emails().get(0));
    HttpResponse<String> page = trustee1.get("/trustee/decrypt.xhtml?election=" + id);
    assertEquals(200, page.statusCode());
    assertEquals("awaiting trustees", Jsoup.parse(page.body()).getElementById("stage").text());
    Path ballots = Trustees.download(trustee1, id);
    assertEquals(3, Ballots.read(ballots).ballots().size());
    // What is public at closing is what the trustees are asked to decrypt: the ballots' sums.
    List<Ciphertext> sums = Ballots.read(ballots).sums(ceremony.key(), ballots);
    assertEquals(3, published.getInt("counted"));
    assertTotals(sums, published.getJsonArray("totals"));

    WebSession outsider = signedIn(TestAccounts.create("TRUSTEE", Trustees.PASSWORD));
    String file1 = Trustees.decrypt(ballots, ceremony.key(), 1, ceremony.shares().get(0));
    assertEquals(
        403, outsider.get("/api/trustee/elections/" + id + "/decryption/ballots").statusCode());
    assertEquals(403, Trustees.send(outsider, id, file1).statusCode());
    assertEquals(403, outsider.get("/trustee/decrypt.xhtml?election=" + id).statusCode());
    HttpResponse<String> garbage = Trustees.send(trustee1, id, "{\"format\": \"nonsense\"}");
    assertEquals(422, garbage.statusCode(), garbage.body());
    assertTrue(garbage.body().contains("\"error\""), garbage.body());

    HttpResponse<String> sent = Trustees.send(trustee1, id, file1);
    assertEquals(200, sent.statusCode(), sent.body());
    assertEquals(409, Trustees.send(trustee1, id, file1).statusCode(), "sent twice");
    assertEquals("awaiting trustees", status(admin, id), "one of two trustees decrypts nothing");

    WebSession trustee3 = signedIn(ceremony.emails().get(2));
    String file3 =
        Trustees.decrypt(
            Trustees.download(trustee3, id), ceremony.key(), 3, ceremony.shares().get(2));
    HttpResponse<String> uploaded = upload(trustee3, id, file3);
    assertEquals(200, uploaded.statusCode(), uploaded.body());
    assertTrue(uploaded.body().contains("checked and kept"), uploaded.body());
    assertEquals("closed", status(admin, id));
    assertEquals(200, admin.get(record).statusCode(), "admins see the record before publication");
    assertEquals(409, visitor.get(record).statusCode(), "the public once published");

    AdminPages.act(admin, id, "publish");
    HttpResponse<String> released = visitor.get(record);
    assertEquals(200, released.statusCode(), released.body());
    JsonObject r = Json.createReader(new StringReader(released.body())).readObject();
    assertEquals("securevote/election-record/v1", r.getString("format"));
    assertEquals(id, r.getJsonObject("election").getString("id"));
    assertEquals(
        CANDIDATES, r.getJsonArray("candidates").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(3, r.getInt("trustees"));
    assertEquals(2, r.getInt("threshold"));
    assertEquals(3, r.getJsonArray("trusteePublics").size());
    assertEquals(3, r.getInt("voted"));
    JsonArray recorded = r.getJsonArray("ballots");
    assertEquals(3, recorded.size());
    List<String> trackers =
        recorded.stream().map(b -> b.asJsonObject().getString("tracker")).toList();
    assertEquals(trackers.stream().sorted().toList(), trackers, "in tracker order");
    // The record's ballots, read with the tool's own reader, add up to its encrypted totals.
    assertTotals(sums, r.getJsonArray("encryptedTotals"));
    assertEquals(published.getJsonArray("totals"), r.getJsonArray("encryptedTotals"));
    assertEquals(2, r.getJsonArray("partialDecryptions").size());
    JsonArray results = r.getJsonArray("results");
    assertEquals(2, results.getJsonObject(0).getInt("count"));
    assertEquals(1, results.getJsonObject(1).getInt("count"));
    assertEquals("Grace", results.getJsonObject(1).getString("candidate"));
    assertTrue(
        visitor.get("/public/board.xhtml?election=" + id).body().contains(record),
        "the bulletin board links the record");
  }

  /** The totals from the API, which the bulletin board shows too. */
  private static JsonObject publishedTotals(WebSession visitor, String id) {
    HttpResponse<String> answer = visitor.get("/api/public/elections/" + id + "/totals");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject totals = Json.createReader(new StringReader(answer.body())).readObject();
    assertEquals(id, totals.getString("election"));
    var board = Jsoup.parse(visitor.get("/public/board.xhtml?election=" + id).body());
    String shown = board.getElementById("encryptedTotals").text();
    for (JsonObject t : totals.getJsonArray("totals").getValuesAs(JsonObject.class)) {
      assertTrue(shown.contains(t.getString("a")) && shown.contains(t.getString("b")), shown);
    }
    return totals;
  }

  private static void assertTotals(List<Ciphertext> sums, JsonArray totals) {
    assertEquals(CANDIDATES.size(), totals.size());
    for (int i = 0; i < CANDIDATES.size(); i++) {
      JsonObject t = totals.getJsonObject(i);
      assertEquals(CANDIDATES.get(i), t.getString("candidate"));
      assertEquals(sums.get(i), Ciphertext.fromHex(t.getString("a"), t.getString("b")));
    }
  }

  private static String status(WebSession admin, String id) {
    return Jsoup.parse(admin.get("/admin/election.xhtml?id=" + id).body())
        .getElementById("status")
        .text();
  }

  private static WebSession signedIn(String email) {
    WebSession session = new WebSession();
    session.signIn(email, Trustees.PASSWORD);
    return session;
  }

  /** Sends the file through the trustee page's upload form, as a browser's multipart post. */
  private static HttpResponse<String> upload(WebSession trustee, String id, String file) {
    return trustee.upload(
        "/trustee/decrypt.xhtml?election=" + id,
        "upload",
        "upload:file",
        Map.of("upload:send", "Send"),
        "partials.json",
        "application/json",
        file.getBytes(StandardCharsets.UTF_8));
  }
}
