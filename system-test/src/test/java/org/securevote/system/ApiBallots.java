package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;

/**
 * What a machine client of /api does to vote: reads the ballot paper (the election key and the
 * candidates in ballot order) and encrypts its choice itself with the protocol's library.
 */
final class ApiBallots {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiBallots() {}

  /** The encrypted ballot for the candidate at this position (0-based) on the paper. */
  static String encrypt(WebSession voter, String electionId, int candidate) {
    JsonObject paper = paper(voter, electionId);
    int candidates = paper.getJsonArray("options").size();
    return BallotJson.toJson(
            EncryptedBallot.encrypt(
                    electionId,
                    Group.pointFromHex(paper.getString("publicKey")),
                    candidates,
                    candidate,
                    RANDOM)
                .ballot())
        .toString();
  }

  /** Posts an encrypted ballot (or whatever else) from this site, as a machine client does. */
  static HttpResponse<String> post(WebSession voter, String electionId, String ballot) {
    URI base = Deployed.url("/");
    return voter.send(
        "POST",
        "/api/vote/elections/" + electionId + "/ballot",
        "application/json",
        ballot,
        Map.of("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort()));
  }

  /** Encrypts a vote for the candidate at this position and casts it; the answer. */
  static HttpResponse<String> cast(WebSession voter, String electionId, int candidate) {
    return post(voter, electionId, encrypt(voter, electionId, candidate));
  }

  /** The candidate ids on the paper, in ballot order. */
  static List<String> candidateIds(WebSession voter, String electionId) {
    return paper(voter, electionId).getJsonArray("options").stream()
        .map(JsonValue::asJsonObject)
        .map(o -> o.getString("candidateId"))
        .toList();
  }

  private static JsonObject paper(WebSession voter, String electionId) {
    HttpResponse<String> paper = voter.get("/api/vote/elections/" + electionId + "/ballot");
    assertEquals(200, paper.statusCode(), paper.body());
    return JsonFiles.parse(paper.body(), "ballot paper").object();
  }
}
