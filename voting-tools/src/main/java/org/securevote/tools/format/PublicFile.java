package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.CoefficientCommitments;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SchnorrProof;
import org.securevote.tools.crypto.TrusteePublicKey;

/**
 * trustee-i.public.json: what trustee i publishes in the key ceremony, its transport key and its
 * coefficient commitments, each with a proof of knowledge.
 */
public record PublicFile(
    Ceremony ceremony, TrusteePublicKey key, CoefficientCommitments commitments) {
  public static final String FORMAT = "securevote/trustee-public/v1";

  public static String name(int trustee) {
    return "trustee-" + trustee + ".public.json";
  }

  public JsonObject toJson() {
    JsonArrayBuilder points = Json.createArrayBuilder();
    for (CoefficientCommitments.Commitment c : commitments.commitments()) {
      points.add(
          Json.createObjectBuilder()
              .add("point", Group.pointHex(c.point()))
              .add("challenge", Group.scalarHex(c.proof().challenge()))
              .add("response", Group.scalarHex(c.proof().response())));
    }
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("electionId", ceremony.electionId())
        .add("trustees", ceremony.trustees())
        .add("threshold", ceremony.threshold())
        .add("trustee", ceremony.trustee())
        .add("publicKey", Group.pointHex(key.key()))
        .add(
            "publicKeyProof",
            Json.createObjectBuilder()
                .add("challenge", Group.scalarHex(key.proof().challenge()))
                .add("response", Group.scalarHex(key.proof().response())))
        .add("commitments", points)
        .build();
  }

  /** From text (e.g. a trustee's upload); {@link #check} says whether it holds. */
  public static PublicFile read(String text, String source) {
    return fromJson(JsonFiles.parse(text, source));
  }

  /** The file's contents as written; {@link #check} says whether they hold. */
  public static PublicFile fromJson(Fields f) {
    f.requireFormat(FORMAT);
    Ceremony ceremony = Ceremony.of(f, f.text("electionId"), f.integer("trustee"));
    Fields proof = f.object("publicKeyProof");
    TrusteePublicKey key =
        new TrusteePublicKey(
            ceremony.trustee(),
            f.point("publicKey"),
            new SchnorrProof(proof.scalar("challenge"), proof.scalar("response")));
    List<CoefficientCommitments.Commitment> commitments = new ArrayList<>();
    for (Fields c : f.objects("commitments")) {
      commitments.add(
          new CoefficientCommitments.Commitment(
              c.point("point"), new SchnorrProof(c.scalar("challenge"), c.scalar("response"))));
    }
    return new PublicFile(
        ceremony, key, new CoefficientCommitments(ceremony.trustee(), commitments));
  }

  /** Refuses a file that is not trustee `expected`'s in this ceremony, or whose proofs fail. */
  public void check(Ceremony expected, int trustee, String source) {
    if (!ceremony.electionId().equals(expected.electionId())) {
      throw new FormatRefusal(
          source
              + ": for election \""
              + ceremony.electionId()
              + "\", not \""
              + expected.electionId()
              + "\"");
    }
    if (ceremony.trustee() != trustee) {
      throw new FormatRefusal(source + ": says it is trustee " + ceremony.trustee() + "'s");
    }
    if (ceremony.trustees() != expected.trustees()
        || ceremony.threshold() != expected.threshold()) {
      throw new FormatRefusal(
          source
              + ": for "
              + ceremony.threshold()
              + " of "
              + ceremony.trustees()
              + " trustees, not "
              + expected.threshold()
              + " of "
              + expected.trustees());
    }
    if (commitments.threshold() != expected.threshold()) {
      throw new FormatRefusal(
          source + ": " + commitments.threshold() + " commitments, not " + expected.threshold());
    }
    if (!key.verify(expected.electionId())) {
      throw new FormatRefusal(source + ": trustee " + trustee + "'s key proof fails");
    }
    if (!commitments.verify(expected.electionId())) {
      throw new FormatRefusal(source + ": trustee " + trustee + "'s commitment proofs fail");
    }
  }
}
