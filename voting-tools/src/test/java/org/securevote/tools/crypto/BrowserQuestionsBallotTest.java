package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * A ballot of several questions the bundled browser code made from seeded scalars
 * (browser-questions-ballot.json, written by the voting-web Node test) verifies here under its
 * election's questions, has the tracker the browser computed, and opens to the chosen positions,
 * with the secret key and with the revealed randomness; with one question's proof changed it is
 * refused naming that question, and under another layout it is refused.
 */
class BrowserQuestionsBallotTest {
  private Fields fixture;
  private String electionId;
  private BallotLayout layout;
  private List<Integer> chosen;

  @BeforeEach
  void readFixture() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/browser-questions-ballot.json")) {
      assertNotNull(
          in, "browser-questions-ballot.json is missing; the voting-web Node test writes it");
      fixture = JsonFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fixture");
    }
    electionId = fixture.text("election_id");
    List<BallotLayout.Question> questions = new ArrayList<>();
    for (Fields q : fixture.objects("questions")) {
      questions.add(
          new BallotLayout.Question(
              q.integer("candidates"), new ChoiceBounds(q.integer("min"), q.integer("max"))));
    }
    layout = new BallotLayout(questions);
    chosen = new ArrayList<>();
    fixture.object().getJsonArray("chosen").forEach(v -> chosen.add(Integer.valueOf(v.toString())));
  }

  private EncryptedBallot ballot() {
    return BallotJson.fromJson(fixture.object("ballot"));
  }

  @Test
  void theBrowsersBallotIsValidHasItsTrackerAndOpensToTheChosenPositions() {
    EncryptedBallot ballot = ballot();
    assertEquals(fixture.integer("candidates"), layout.candidates());
    assertEquals(
        BallotVerdict.VALID, ballot.verify(electionId, fixture.point("public_key"), layout));
    assertEquals(layout, ballot.namedLayout());
    assertEquals(fixture.text("tracker"), Tracker.of(electionId, ballot));
    assertEquals(
        fixture.text("tracker_short"), Tracker.shortForm(Tracker.digest(electionId, ballot)));
    BigInteger secret = fixture.scalar("secret_key");
    List<BigInteger> randomness = fixture.scalars("randomness");
    for (int i = 0; i < layout.candidates(); i++) {
      int m = chosen.contains(i) ? 1 : 0;
      Ciphertext c = ballot.selections().get(i);
      assertEquals(OptionalLong.of(m), ElGamal.decrypt(secret, c, 1), "candidate " + i);
      assertEquals(
          ElGamal.encrypt(fixture.point("public_key"), m, randomness.get(i)),
          c,
          "candidate " + i + " from the revealed randomness");
    }
  }

  @Test
  void withOneQuestionsProofChangedItIsRefusedNamingThatQuestion() {
    EncryptedBallot ballot = ballot();
    QuestionCounts counts = (QuestionCounts) ballot.count();
    for (int q = 0; q < counts.questions().size(); q++) {
      List<QuestionCounts.QuestionCount> changed = new ArrayList<>(counts.questions());
      QuestionCounts.QuestionCount count = changed.get(q);
      CountInRangeProof range = count.range();
      List<BigInteger> responses = new ArrayList<>(range.responses());
      responses.set(0, responses.get(0).add(BigInteger.ONE).mod(Group.ORDER));
      changed.set(
          q,
          new QuestionCounts.QuestionCount(
              count.candidates(),
              new CountInRangeProof(range.lo(), range.hi(), range.challenges(), responses)));
      EncryptedBallot refused =
          new EncryptedBallot(ballot.selections(), ballot.zeroOrOne(), new QuestionCounts(changed));
      assertEquals(
          new BallotVerdict(BallotVerdict.Check.QUESTION_COUNT, q),
          refused.verify(electionId, fixture.point("public_key"), layout));
      assertNotEquals(Tracker.of(electionId, ballot), Tracker.of(electionId, refused));
    }
  }

  @Test
  void underAnotherLayoutOrAsTheBallotOfOneRaceItIsRefused() {
    EncryptedBallot ballot = ballot();
    int n = layout.candidates();
    assertEquals(
        BallotVerdict.Check.SUM_IS_ONE,
        ballot.verify(electionId, fixture.point("public_key"), n).failed());
    assertEquals(
        BallotVerdict.Check.COUNT_IN_RANGE,
        ballot.verify(electionId, fixture.point("public_key"), n, new ChoiceBounds(0, n)).failed());
    List<BallotLayout.Question> reversed = new ArrayList<>(layout.questions());
    java.util.Collections.reverse(reversed);
    assertEquals(
        BallotVerdict.Check.QUESTION_COUNT,
        ballot
            .verify(electionId, fixture.point("public_key"), new BallotLayout(reversed))
            .failed());
  }
}
