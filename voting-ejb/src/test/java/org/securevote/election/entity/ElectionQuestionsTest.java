package org.securevote.election.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;

/** Further questions on an election's ballot: their answers stay together, after the candidates. */
class ElectionQuestionsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Election draft() {
    return new Election(
        ElectionId.next(),
        new ElectionTerms(
            "Chair", "", BallotType.SINGLE_CHOICE, NOW.plusSeconds(60), NOW.plusSeconds(120)));
  }

  @Test
  void answersGoAfterTheCandidatesAndStayWithTheirQuestion() {
    Election e = draft();
    Question motion = e.addQuestion("Adopt the statutes?", 1, 1);
    e.addCandidate("Yes", "", motion.id());
    e.addCandidate("Ada", "");
    Question committee = e.addQuestion("Committee", 0, 2);
    e.addCandidate("Edsger", "", committee.id());
    e.addCandidate("No", "", motion.id());
    e.addCandidate("Grace", "");
    e.addCandidate("Barbara", "", committee.id());
    e.addCandidate("Alan", "", committee.id());
    assertEquals(
        List.of(
            "Ada",
            "Grace",
            "Adopt the statutes?: Yes",
            "Adopt the statutes?: No",
            "Committee: Edsger",
            "Committee: Barbara",
            "Committee: Alan"),
        e.candidates().stream().map(Candidate::ballotName).toList());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7),
        e.candidates().stream().map(Candidate::displayOrder).toList());
    assertEquals(
        new BallotLayout(
            List.of(
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, new ChoiceBounds(0, 2)))),
        e.ballotLayout());
  }

  @Test
  void aCandidateMovesOnlyWithinItsQuestion() {
    Election e = draft();
    e.addCandidate("Ada", "");
    Question motion = e.addQuestion("Motion", 1, 1);
    String yes = e.addCandidate("Yes", "", motion.id()).id();
    e.addCandidate("No", "", motion.id());
    e.moveCandidate(yes, true); // would cross into the candidates: stays
    assertEquals("Motion: Yes", e.candidates().get(1).ballotName());
    e.moveCandidate(yes, false);
    assertEquals("Motion: No", e.candidates().get(1).ballotName());
    String ada = e.candidates().get(0).id();
    e.moveCandidate(ada, false);
    assertEquals("Ada", e.candidates().get(0).name());
  }

  @Test
  void aQuestionMovesWithItsAnswersAndNeverBeforeTheCandidates() {
    Election e = draft();
    e.addCandidate("Ada", "");
    Question motion = e.addQuestion("Motion", 1, 1);
    e.addCandidate("Yes", "", motion.id());
    e.addCandidate("No", "", motion.id());
    Question committee = e.addQuestion("Committee", 0, 2);
    e.addCandidate("Edsger", "", committee.id());
    e.addCandidate("Barbara", "", committee.id());
    e.addCandidate("Alan", "", committee.id());

    e.moveQuestion(committee.id(), true);
    assertEquals(List.of(committee, motion), e.questions());
    assertEquals(
        List.of(
            "Ada",
            "Committee: Edsger",
            "Committee: Barbara",
            "Committee: Alan",
            "Motion: Yes",
            "Motion: No"),
        e.candidates().stream().map(Candidate::ballotName).toList());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6), e.candidates().stream().map(Candidate::displayOrder).toList());
    assertEquals(
        new BallotLayout(
            List.of(
                new BallotLayout.Question(1, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, new ChoiceBounds(0, 2)),
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE))),
        e.ballotLayout());

    e.moveQuestion(committee.id(), true); // already the first further question: stays
    assertEquals(List.of(committee, motion), e.questions());
    e.moveQuestion(motion.id(), false); // already last: stays
    assertEquals(List.of(committee, motion), e.questions());
    e.moveQuestion(committee.id(), false);
    assertEquals(List.of(motion, committee), e.questions());
    assertEquals("Motion: Yes", e.candidates().get(1).ballotName());
    assertThrows(ElectionRuleViolation.class, () -> e.moveQuestion("no-such-question", true));
  }

  @Test
  void theSameAnswerMayBeGivenToTwoQuestionsButNotTwiceToOne() {
    Election e = draft();
    Question first = e.addQuestion("First motion", 1, 1);
    Question second = e.addQuestion("Second motion", 1, 1);
    e.addCandidate("Yes", "", first.id());
    e.addCandidate("Yes", "", second.id());
    e.addCandidate("Yes", ""); // a candidate of the election's own called Yes: its own question
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> e.addCandidate(" yes ", "", first.id()));
    assertEquals("This question already has yes.", refused.getMessage());
    assertThrows(
        ElectionRuleViolation.class, () -> e.addCandidate("No", "", "not-a-question-of-this"));
  }

  @Test
  void questionsNeedATitleOfTheirOwnAndSensibleBounds() {
    Election e = draft();
    e.addQuestion("Motion", 0, 1);
    assertEquals(
        "There is already a question called motion.",
        assertThrows(ElectionRuleViolation.class, () -> e.addQuestion("motion", 1, 1))
            .getMessage());
    assertThrows(ElectionRuleViolation.class, () -> e.addQuestion("Chair", 1, 1));
    assertThrows(ElectionRuleViolation.class, () -> e.addQuestion("Other", 2, 1));
    assertThrows(ElectionRuleViolation.class, () -> e.addQuestion("Other", 0, 0));
    assertThrows(ElectionRuleViolation.class, () -> e.addQuestion("Other", -1, 1));
  }

  @Test
  void schedulingNeedsTwoAnswersPerQuestionAndBoundsThatFit() {
    Election e = draft();
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    Question motion = e.addQuestion("Motion", 1, 1);
    e.addCandidate("Yes", "", motion.id());
    ElectionActionsTest.withKey(e);
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW));
    assertEquals(
        "The question \"Motion\" needs at least two answers, and at least as many as a voter may"
            + " choose (1).",
        refused.getMessage());
    e.addCandidate("No", "", motion.id());
    Question committee = e.addQuestion("Committee", 0, 3);
    e.addCandidate("Edsger", "", committee.id());
    e.addCandidate("Barbara", "", committee.id());
    assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW), "3 of 2");
    e.removeQuestion(committee.id());
    assertEquals(4, e.candidates().size(), "the question's answers went with it");
    e.schedule(NOW);
    assertThrows(ElectionRuleViolation.class, () -> e.addQuestion("Late", 1, 1));
    assertThrows(ElectionRuleViolation.class, () -> e.removeQuestion(motion.id()));
  }
}
