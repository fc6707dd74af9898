package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;

/**
 * An approval ballot the bundled browser code made from seeded scalars
 * (browser-approval-ballot.json, written by the voting-web Node test) verifies here under its
 * election's bounds and opens to the approved candidates; with a count-proof scalar changed it is
 * refused by the count proof.
 */
class BrowserApprovalBallotTest {
  private Fields fixture;
  private String electionId;
  private ChoiceBounds bounds;
  private int candidates;

  @BeforeEach
  void readFixture() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/browser-approval-ballot.json")) {
      assertNotNull(
          in, "browser-approval-ballot.json is missing; the voting-web Node test writes it");
      fixture = JsonFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fixture");
    }
    electionId = fixture.text("election_id");
    bounds = new ChoiceBounds(fixture.integer("min"), fixture.integer("max"));
    candidates = fixture.integer("candidates");
  }

  @Test
  void theBrowsersApprovalBallotIsValidAndOpensToTheApprovedCandidates() {
    EncryptedBallot ballot = BallotJson.fromJson(fixture.object("ballot"));
    assertEquals(
        BallotVerdict.VALID,
        ballot.verify(electionId, fixture.point("public_key"), candidates, bounds));
    BigInteger secret = fixture.scalar("secret_key");
    List<Integer> approved = new ArrayList<>();
    fixture
        .object()
        .getJsonArray("approved")
        .forEach(v -> approved.add(Integer.valueOf(v.toString())));
    for (int i = 0; i < candidates; i++) {
      assertEquals(
          OptionalLong.of(approved.contains(i) ? 1 : 0),
          ElGamal.decrypt(secret, ballot.selections().get(i), 1),
          "candidate " + i);
    }
  }

  @Test
  void withOneCountProofResponseChangedItIsRefusedByTheCountProof() {
    EncryptedBallot ballot = BallotJson.fromJson(fixture.object("ballot"));
    CountInRangeProof count = (CountInRangeProof) ballot.count();
    List<BigInteger> responses = new ArrayList<>(count.responses());
    responses.set(0, responses.get(0).add(BigInteger.ONE).mod(Group.ORDER));
    EncryptedBallot changed =
        new EncryptedBallot(
            ballot.selections(),
            ballot.zeroOrOne(),
            new CountInRangeProof(count.lo(), count.hi(), count.challenges(), responses));
    assertEquals(
        BallotVerdict.Check.COUNT_IN_RANGE,
        changed.verify(electionId, fixture.point("public_key"), candidates, bounds).failed());
  }
}
