package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ConstantProof;
import org.securevote.tools.crypto.CountInRangeProof;
import org.securevote.tools.crypto.CountProof;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.QuestionCounts;
import org.securevote.tools.crypto.ZeroOneProof;

/**
 * One stored ballot in the wire shape the browser sends (docs/election-crypto.md): `selections` (a,
 * b per candidate), `zeroOrOne` (c0, c1, v0, v1 per candidate) and the count proof: `sumIsOne` on a
 * single-choice ballot, `countInRange` on an approval ballot, `questionCounts` (one per question)
 * on a ballot of several questions.
 */
public final class BallotJson {
  /** BUILDERS.createObjectBuilder() looks the provider up on every call; this is per ballot. */
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  static final String SUM_IS_ONE = "sumIsOne";
  static final String COUNT_IN_RANGE = "countInRange";
  static final String QUESTION_COUNTS = "questionCounts";

  /** The fields of a ballot on the wire; a ballot has one of the last three. */
  static final List<String> FIELDS =
      List.of("selections", "zeroOrOne", SUM_IS_ONE, COUNT_IN_RANGE, QUESTION_COUNTS);

  private BallotJson() {}

  public static JsonObject toJson(EncryptedBallot ballot) {
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
        .add(countName(ballot.count()), countJson(ballot.count()))
        .build();
  }

  /** The field the count proof goes in: sumIsOne, countInRange or questionCounts. */
  static String countName(CountProof count) {
    if (count instanceof CountInRangeProof) {
      return COUNT_IN_RANGE;
    }
    return count instanceof QuestionCounts ? QUESTION_COUNTS : SUM_IS_ONE;
  }

  static JsonValue countJson(CountProof count) {
    if (count instanceof CountInRangeProof range) {
      return range(BUILDERS.createObjectBuilder(), range);
    }
    if (count instanceof QuestionCounts questions) {
      JsonArrayBuilder each = BUILDERS.createArrayBuilder();
      for (QuestionCounts.QuestionCount q : questions.questions()) {
        each.add(
            range(BUILDERS.createObjectBuilder().add("candidates", q.candidates()), q.range()));
      }
      return each.build();
    }
    ConstantProof sum = (ConstantProof) count;
    return BUILDERS
        .createObjectBuilder()
        .add("challenge", Group.scalarHex(sum.challenge()))
        .add("response", Group.scalarHex(sum.response()))
        .build();
  }

  private static JsonObject range(JsonObjectBuilder json, CountInRangeProof range) {
    JsonArrayBuilder challenges = BUILDERS.createArrayBuilder();
    JsonArrayBuilder responses = BUILDERS.createArrayBuilder();
    for (int i = 0; i < range.challenges().size(); i++) {
      challenges.add(Group.scalarHex(range.challenges().get(i)));
      responses.add(Group.scalarHex(range.responses().get(i)));
    }
    return json.add("lo", range.lo())
        .add("hi", range.hi())
        .add("challenges", challenges)
        .add("responses", responses)
        .build();
  }

  /** The wire text of a ballot (e.g. as the server stores it), named source in any refusal. */
  public static EncryptedBallot read(String text, String source) {
    return fromJson(JsonFiles.parse(text, source).only(FIELDS.toArray(String[]::new)));
  }

  /** The ballot in its wire form, as text. */
  public static String text(EncryptedBallot ballot) {
    return JsonFiles.text(toJson(ballot));
  }

  /** The ballot as written; whether its proofs hold is the verdict's business. */
  public static EncryptedBallot fromJson(Fields f) {
    List<Ciphertext> selections = new ArrayList<>();
    for (Fields c : f.objects("selections")) {
      selections.add(new Ciphertext(c.point("a"), c.point("b")));
    }
    List<ZeroOneProof> proofs = new ArrayList<>();
    for (Fields p : f.objects("zeroOrOne")) {
      proofs.add(new ZeroOneProof(p.scalar("c0"), p.scalar("c1"), p.scalar("v0"), p.scalar("v1")));
    }
    return new EncryptedBallot(selections, proofs, count(f));
  }

  /** An election's bounds as its files write them: minChoices and maxChoices. */
  static ChoiceBounds choiceBounds(Fields f) {
    try {
      return new ChoiceBounds(f.integer("minChoices"), f.integer("maxChoices"));
    } catch (CryptoRefusal e) {
      throw f.refuse("maxChoices", "and minChoices are not bounds: " + e.getMessage());
    }
  }

  /** Exactly one of sumIsOne, countInRange and questionCounts. */
  private static CountProof count(Fields f) {
    int given =
        (f.has(SUM_IS_ONE) ? 1 : 0)
            + (f.has(COUNT_IN_RANGE) ? 1 : 0)
            + (f.has(QUESTION_COUNTS) ? 1 : 0);
    if (given != 1) {
      throw f.refuse(
          SUM_IS_ONE,
          "or " + COUNT_IN_RANGE + " or " + QUESTION_COUNTS + ": exactly one must be given");
    }
    if (f.has(SUM_IS_ONE)) {
      Fields sum = f.object(SUM_IS_ONE).only("challenge", "response");
      return new ConstantProof(sum.scalar("challenge"), sum.scalar("response"));
    }
    if (f.has(COUNT_IN_RANGE)) {
      return range(f.object(COUNT_IN_RANGE).only("lo", "hi", "challenges", "responses"));
    }
    List<QuestionCounts.QuestionCount> questions = new ArrayList<>();
    for (Fields q : f.objects(QUESTION_COUNTS)) {
      q.only("candidates", "lo", "hi", "challenges", "responses");
      try {
        questions.add(new QuestionCounts.QuestionCount(q.integer("candidates"), range(q)));
      } catch (CryptoRefusal e) {
        throw q.refuse("candidates", "is not a question's number of candidates: " + e.getMessage());
      }
    }
    try {
      return new QuestionCounts(questions);
    } catch (CryptoRefusal e) {
      throw f.refuse(QUESTION_COUNTS, e.getMessage());
    }
  }

  private static CountInRangeProof range(Fields range) {
    try {
      return new CountInRangeProof(
          range.integer("lo"),
          range.integer("hi"),
          range.scalars("challenges"),
          range.scalars("responses"));
    } catch (CryptoRefusal e) {
      throw range.refuse("challenges", "and responses do not match lo..hi: " + e.getMessage());
    }
  }
}
