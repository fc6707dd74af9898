package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.EqualityProof;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.PartialDecryption;

/**
 * One trustee's partial decryption of each candidate's sum over the checked ballots, each with its
 * proof, in the ballots file's candidate order. Public: alone it tells nothing about the counts.
 */
public record PartialsFile(
    String electionId, int trustee, List<String> candidates, List<PartialDecryption> partials) {
  public static final String FORMAT = "securevote/partial-decryptions/v1";

  public PartialsFile {
    candidates = List.copyOf(candidates);
    partials = List.copyOf(partials);
  }

  public JsonObject toJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (int i = 0; i < partials.size(); i++) {
      PartialDecryption p = partials.get(i);
      array.add(
          Json.createObjectBuilder()
              .add("candidate", candidates.get(i))
              .add("share", Group.pointHex(p.share()))
              .add("challenge", Group.scalarHex(p.proof().challenge()))
              .add("response", Group.scalarHex(p.proof().response())));
    }
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("electionId", electionId)
        .add("trustee", trustee)
        .add("partials", array)
        .build();
  }

  /** From text (e.g. a trustee's upload); its proofs are checked against the sums elsewhere. */
  public static PartialsFile read(String text, String source) {
    return fromJson(JsonFiles.parse(text, source));
  }

  public static PartialsFile fromJson(Fields f) {
    f.requireFormat(FORMAT);
    int trustee = f.integer("trustee");
    List<String> candidates = new ArrayList<>();
    List<PartialDecryption> partials = new ArrayList<>();
    for (Fields p : f.objects("partials")) {
      candidates.add(p.text("candidate"));
      partials.add(
          new PartialDecryption(
              trustee,
              p.point("share"),
              new EqualityProof(p.scalar("challenge"), p.scalar("response"))));
    }
    return new PartialsFile(f.text("electionId"), trustee, candidates, partials);
  }
}
