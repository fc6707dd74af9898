package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;

/**
 * A challenged (spoiled) ballot, Benaloh style: the ballot the voter's device made, with the
 * randomness of every ciphertext, so anyone can recompute them and see what the device encrypted.
 * It is never cast; a device cannot tell a challenge from a real vote before it commits to the
 * ballot, so one that cheats is caught with the probability that its voter challenges.
 */
public record ChallengedBallot(
    String electionId,
    ECPoint publicKey,
    List<String> candidates,
    String tracker,
    EncryptedBallot ballot,
    List<BigInteger> randomness) {
  public static final String FORMAT = "securevote/challenged-ballot/v1";

  public ChallengedBallot {
    candidates = List.copyOf(candidates);
    randomness = List.copyOf(randomness);
  }

  public JsonObject toJson() {
    JsonArrayBuilder names = Json.createArrayBuilder();
    candidates.forEach(names::add);
    JsonArrayBuilder scalars = Json.createArrayBuilder();
    randomness.forEach(r -> scalars.add(Group.scalarHex(r)));
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("electionId", electionId)
        .add("publicKey", Group.pointHex(publicKey))
        .add("candidates", names)
        .add("tracker", tracker)
        .add("ballot", BallotJson.toJson(ballot))
        .add("randomness", scalars)
        .build();
  }

  /** The file's text, as the voter downloads it. */
  public String text() {
    return JsonFiles.text(toJson());
  }

  public static ChallengedBallot read(Path file) {
    return fromJson(JsonFiles.read(file));
  }

  public static ChallengedBallot read(String text, String source) {
    return fromJson(JsonFiles.parse(text, source));
  }

  /** As written; whether it encrypted what the voter chose is the check's business. */
  public static ChallengedBallot fromJson(Fields f) {
    f.requireFormat(FORMAT);
    f.only("format", "electionId", "publicKey", "candidates", "tracker", "ballot", "randomness");
    String electionId = f.text("electionId");
    if (!electionId.matches("[0-9a-f]{32}")) {
      throw f.refuse("electionId", "is not 32 lowercase hex digits");
    }
    List<String> candidates = f.texts("candidates");
    if (candidates.isEmpty() || new HashSet<>(candidates).size() != candidates.size()) {
      throw f.refuse("candidates", "is empty or names a candidate twice");
    }
    String tracker = f.text("tracker");
    if (!tracker.matches("[0-9a-f]{64}")) {
      throw f.refuse("tracker", "is not 64 lowercase hex digits");
    }
    Fields ballot = f.object("ballot").only(BallotJson.FIELDS.toArray(String[]::new));
    return new ChallengedBallot(
        electionId,
        f.point("publicKey"),
        candidates,
        tracker,
        BallotJson.fromJson(ballot),
        f.scalars("randomness"));
  }
}
