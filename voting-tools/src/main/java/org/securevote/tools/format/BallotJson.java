package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ConstantProof;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SingleChoiceBallot;
import org.securevote.tools.crypto.ZeroOneProof;

/**
 * One stored ballot in the wire shape the browser sends (docs/election-crypto.md): `selections` (a,
 * b per candidate), `zeroOrOne` (c0, c1, v0, v1 per candidate) and `sumIsOne`.
 */
public final class BallotJson {
  /** BUILDERS.createObjectBuilder() looks the provider up on every call; this is per ballot. */
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private BallotJson() {}

  public static JsonObject toJson(SingleChoiceBallot ballot) {
    JsonArrayBuilder selections = BUILDERS.createArrayBuilder();
    for (Ciphertext c : ballot.selections()) {
      selections.add(
          BUILDERS
              .createObjectBuilder()
              .add("a", Group.pointHex(c.a()))
              .add("b", Group.pointHex(c.b())));
    }
    JsonArrayBuilder proofs = BUILDERS.createArrayBuilder();
    for (ZeroOneProof p : ballot.zeroOrOne()) {
      proofs.add(
          BUILDERS
              .createObjectBuilder()
              .add("c0", Group.scalarHex(p.c0()))
              .add("c1", Group.scalarHex(p.c1()))
              .add("v0", Group.scalarHex(p.v0()))
              .add("v1", Group.scalarHex(p.v1())));
    }
    return BUILDERS
        .createObjectBuilder()
        .add("selections", selections)
        .add("zeroOrOne", proofs)
        .add(
            "sumIsOne",
            BUILDERS
                .createObjectBuilder()
                .add("challenge", Group.scalarHex(ballot.sumIsOne().challenge()))
                .add("response", Group.scalarHex(ballot.sumIsOne().response())))
        .build();
  }

  /** The wire text of a ballot (e.g. as the server stores it), named source in any refusal. */
  public static SingleChoiceBallot read(String text, String source) {
    return fromJson(JsonFiles.parse(text, source).only("selections", "zeroOrOne", "sumIsOne"));
  }

  /** The ballot in its wire form, as text. */
  public static String text(SingleChoiceBallot ballot) {
    return JsonFiles.text(toJson(ballot));
  }

  /** The ballot as written; whether its proofs hold is the verdict's business. */
  public static SingleChoiceBallot fromJson(Fields f) {
    List<Ciphertext> selections = new ArrayList<>();
    for (Fields c : f.objects("selections")) {
      selections.add(new Ciphertext(c.point("a"), c.point("b")));
    }
    List<ZeroOneProof> proofs = new ArrayList<>();
    for (Fields p : f.objects("zeroOrOne")) {
      proofs.add(new ZeroOneProof(p.scalar("c0"), p.scalar("c1"), p.scalar("v0"), p.scalar("v1")));
    }
    Fields sum = f.object("sumIsOne");
    return new SingleChoiceBallot(
        selections, proofs, new ConstantProof(sum.scalar("challenge"), sum.scalar("response")));
  }
}
