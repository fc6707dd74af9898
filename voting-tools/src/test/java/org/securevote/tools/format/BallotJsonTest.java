package org.securevote.tools.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Tracker;

/**
 * A ballot's wire form: one count proof, sumIsOne, countInRange or questionCounts, and nothing
 * else.
 */
class BallotJsonTest {
  private static final String ELECTION = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final KeyPair key = KeyPair.generate(RANDOM);

  @Test
  void anApprovalBallotReadsBackToTheSameBallotAndTracker() {
    EncryptedBallot ballot = approval();
    String text = compact(ballot);
    assertTrue(text.contains("\"countInRange\":{\"lo\":0,\"hi\":2,"), text);
    assertEquals(ballot, BallotJson.read(BallotJson.text(ballot), "the ballot"));
    EncryptedBallot read = BallotJson.read(text, "the ballot");
    assertEquals(ballot, read);
    assertEquals(Tracker.of(ELECTION, ballot), Tracker.of(ELECTION, read));
  }

  @Test
  void aSingleChoiceBallotStillHasItsSumProof() {
    EncryptedBallot ballot =
        EncryptedBallot.encrypt(ELECTION, key.publicKey(), 2, 1, RANDOM).ballot();
    String text = compact(ballot);
    assertTrue(text.contains("\"sumIsOne\":{\"challenge\":"), text);
    assertEquals(ballot, BallotJson.read(text, "the ballot"));
  }

  @Test
  void bothCountProofsOrNeitherAreRefused() {
    String approval = compact(approval());
    String single =
        compact(EncryptedBallot.encrypt(ELECTION, key.publicKey(), 3, 1, RANDOM).ballot());
    String sum = single.substring(single.indexOf(",\"sumIsOne\""), single.length() - 1);
    String both = approval.substring(0, approval.length() - 1) + sum + "}";
    assertEquals(
        "the ballot: \"sumIsOne\" or countInRange or questionCounts: exactly one must be given",
        assertThrows(FormatRefusal.class, () -> BallotJson.read(both, "the ballot")).getMessage());
    String neither = approval.substring(0, approval.indexOf(",\"countInRange\"")) + "}";
    assertThrows(FormatRefusal.class, () -> BallotJson.read(neither, "the ballot"));
  }

  @Test
  void aBallotOfSeveralQuestionsReadsBackWithEachQuestionsCount() {
    BallotLayout layout =
        new BallotLayout(
            List.of(
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, new ChoiceBounds(0, 2))));
    EncryptedBallot ballot =
        EncryptedBallot.encrypt(ELECTION, key.publicKey(), layout, Set.of(1, 2, 4), RANDOM)
            .ballot();
    String text = compact(ballot);
    assertTrue(text.contains("\"questionCounts\":[{\"candidates\":2,\"lo\":1,\"hi\":1,"), text);
    EncryptedBallot read = BallotJson.read(text, "the ballot");
    assertEquals(ballot, read);
    assertEquals(Tracker.of(ELECTION, ballot), Tracker.of(ELECTION, read));
    String one = text.replaceFirst("\\[\\{\"candidates\":2,.*?\\},\\{", "[{");
    assertEquals(
        "the ballot: \"questionCounts\" a ballot with question counts has two questions or more",
        assertThrows(FormatRefusal.class, () -> BallotJson.read(one, "the ballot")).getMessage());
    String empty = text.replace("\"candidates\":2", "\"candidates\":0");
    assertThrows(FormatRefusal.class, () -> BallotJson.read(empty, "the ballot"));
  }

  @Test
  void aCountProofWhoseListsDoNotMatchItsBoundsIsRefused() {
    String text = compact(approval()).replace("\"hi\":2", "\"hi\":3");
    FormatRefusal refusal =
        assertThrows(FormatRefusal.class, () -> BallotJson.read(text, "the ballot"));
    assertTrue(refusal.getMessage().contains("do not match lo..hi"), refusal.getMessage());
    String negative = compact(approval()).replace("\"lo\":0", "\"lo\":-1");
    assertThrows(FormatRefusal.class, () -> BallotJson.read(negative, "the ballot"));
  }

  private static String compact(EncryptedBallot ballot) {
    return BallotJson.toJson(ballot).toString();
  }

  private EncryptedBallot approval() {
    return EncryptedBallot.encrypt(
            ELECTION, key.publicKey(), 3, new ChoiceBounds(0, 2), Set.of(0, 2), RANDOM)
        .ballot();
  }
}
