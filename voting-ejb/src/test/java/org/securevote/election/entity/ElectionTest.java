package org.securevote.election.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.securevote.tools.crypto.ChoiceBounds;

class ElectionTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Instant OPENS = NOW.plus(Duration.ofHours(1));
  private static final Instant CLOSES = NOW.plus(Duration.ofHours(2));

  private static Election draft(Instant opens, Instant closes) {
    return new Election(
        ElectionId.next(), new ElectionTerms("Board", "", BallotType.SINGLE_CHOICE, opens, closes));
  }

  private static Election scheduled() {
    Election e = draft(OPENS, CLOSES);
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    ElectionActionsTest.withKey(e);
    e.schedule(NOW);
    return e;
  }

  @Test
  void windowMustCloseAfterItOpens() {
    assertThrows(ElectionRuleViolation.class, () -> draft(NOW, NOW));
  }

  @Test
  void windowStaysBetweenTheYears2000And9999() {
    Instant lastMinuteOf9999 = Instant.parse("9999-12-31T23:59:00Z");
    assertEquals(lastMinuteOf9999, draft(NOW, lastMinuteOf9999).closesAt());
    assertThrows(
        ElectionRuleViolation.class, () -> draft(NOW, Instant.parse("+10000-01-03T00:00:00Z")));
    assertThrows(
        ElectionRuleViolation.class, () -> draft(Instant.parse("1970-01-01T00:00:00Z"), NOW));
    assertThrows(ElectionRuleViolation.class, () -> draft(Instant.MIN, Instant.MAX));
  }

  @Test
  void candidateNamesThatReadTheSameCollide() {
    Election e = draft(NOW.plusSeconds(60), NOW.plusSeconds(120));
    e.addCandidate("Ada Lovelace", "");
    for (String same :
        new String[] {
          " ada lovelace ",
          "ADA  LOVELACE",
          "Ada\u200B Lovelace",
          "Ada\tLovelace",
          "\uFF21da Lovelace"
        }) {
      assertThrows(ElectionRuleViolation.class, () -> e.addCandidate(same, ""), same);
    }
    e.addCandidate("Ada Byron", "");
    assertEquals(2, e.candidates().size());
  }

  @Test
  void rankedBallotsCannotBeCreatedYet() {
    assertThrows(
        ElectionRuleViolation.class,
        () ->
            new Election(
                ElectionId.next(),
                new ElectionTerms("x", "", BallotType.RANKED, NOW, NOW.plusSeconds(60))));
  }

  @Test
  void anApprovalBallotKeepsItsBoundsAndASingleChoiceBallotChoosesOne() {
    assertEquals(new ChoiceBounds(0, 3), approval(0, 3).choiceBounds());
    Election single =
        new Election(
            ElectionId.next(),
            new ElectionTerms(
                "x", "", BallotType.SINGLE_CHOICE, NOW, NOW.plusSeconds(60), "", false, 0, 4));
    assertEquals(ChoiceBounds.EXACTLY_ONE, single.choiceBounds());
  }

  @ParameterizedTest
  @CsvSource({"2, 1", "-1, 2", "0, 0", "1, 1"})
  void approvalBoundsThatChooseNothingSensibleAreRefused(int min, int max) {
    assertThrows(ElectionRuleViolation.class, () -> approval(min, max));
  }

  @Test
  void schedulingRefusesAMaximumAboveTheCandidates() {
    Election e = approval(1, 3);
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW));
    assertEquals(
        "Voters may choose up to 3 candidates, but the ballot has only 2. Add candidates or lower"
            + " the most a voter may choose.",
        refused.getMessage());
  }

  private static Election approval(int min, int max) {
    return new Election(
        ElectionId.next(),
        new ElectionTerms(
            "x",
            "",
            BallotType.APPROVAL,
            NOW.plusSeconds(60),
            NOW.plusSeconds(120),
            "",
            false,
            min,
            max));
  }

  @Test
  void schedulingNeedsTwoCandidates() {
    Election e = draft(NOW.plusSeconds(60), NOW.plusSeconds(120));
    e.addCandidate("Ada", "");
    assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW));
  }

  @Test
  void schedulingNeedsTheKeyOfACompletedCeremony() {
    Election e = draft(OPENS, CLOSES);
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW));
    assertEquals("The trustees have not completed the key ceremony yet.", refused.getMessage());
    e.appointTrustees(1, 1);
    assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW), "trustees but no key");
    ElectionActionsTest.withKey(e);
    e.schedule(NOW);
    assertThrows(ElectionRuleViolation.class, e::dropKey, "the key is frozen");
    assertThrows(ElectionRuleViolation.class, () -> e.appointTrustees(2, 1), "and its trustees");
  }

  @Test
  void candidatesAndTermsAreFrozenOnceScheduled() {
    Election e = scheduled();
    assertThrows(ElectionRuleViolation.class, () -> e.addCandidate("Barbara", ""));
    assertThrows(ElectionRuleViolation.class, () -> e.removeCandidate(e.candidates().get(0).id()));
    assertThrows(
        ElectionRuleViolation.class,
        () ->
            e.revise(
                new ElectionTerms("New", "", BallotType.SINGLE_CHOICE, NOW, NOW.plusSeconds(60))));
  }

  @Test
  void candidateNamesAreUniqueIgnoringCase() {
    Election e = draft(NOW.plusSeconds(60), NOW.plusSeconds(120));
    e.addCandidate("Ada", "");
    assertThrows(ElectionRuleViolation.class, () -> e.addCandidate(" ada ", ""));
  }

  @Test
  void movingACandidateRenumbersTheBallotOrder() {
    Election e = draft(NOW.plusSeconds(60), NOW.plusSeconds(120));
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    e.moveCandidate(e.candidates().get(1).id(), true);
    assertEquals("Grace", e.candidates().get(0).name());
    assertEquals(1, e.candidates().get(0).displayOrder());
    assertEquals(2, e.candidates().get(1).displayOrder());
  }

  @Test
  void acceptsBallotsOnlyInsideTheWindow() {
    Election e = scheduled();
    assertFalse(e.acceptsBallotsAt(NOW));
    assertTrue(e.acceptsBallotsAt(NOW.plus(Duration.ofMinutes(90))));
    assertFalse(e.acceptsBallotsAt(NOW.plus(Duration.ofHours(2))), "the closing instant is out");
  }

  @Test
  void openingEarlyMovesTheOpeningToNow() {
    Election e = scheduled();
    e.open(NOW);
    assertEquals(ElectionStatus.OPEN, e.status());
    assertEquals(NOW, e.opensAt());
    assertTrue(e.acceptsBallotsAt(NOW));
  }

  @Test
  void closingEarlyEndsTheWindowNow() {
    Election e = scheduled();
    e.open(NOW);
    e.close(NOW.plusSeconds(30));
    assertEquals(ElectionStatus.CLOSED, e.status());
    assertFalse(e.acceptsBallotsAt(NOW.plusSeconds(31)));
  }

  @Test
  void publishingNeedsACountedClosedElection() {
    Election e = scheduled();
    assertThrows(ElectionRuleViolation.class, e::publish);
    e.close(NOW);
    assertThrows(ElectionRuleViolation.class, e::publish);
    e.recordTally("digest");
    e.publish();
    assertEquals(ElectionStatus.PUBLISHED, e.status());
  }

  @Test
  void aCancelledElectionCannotBeOpenedOrCounted() {
    Election e = scheduled();
    e.cancel();
    assertThrows(ElectionRuleViolation.class, () -> e.open(NOW));
    assertThrows(ElectionRuleViolation.class, () -> e.recordTally("x"));
    assertFalse(e.acceptsBallotsAt(NOW.plus(Duration.ofMinutes(90))));
  }

  @Test
  void theRollFreezesWhenVotingStartsEvenBeforeTheStatusSaysOpen() {
    Election e = scheduled();
    assertTrue(e.rollCanChange(NOW));
    assertFalse(e.rollCanChange(NOW.plus(Duration.ofMinutes(61))));
  }

  @Test
  void rejectsMalformedElectionIds() {
    assertThrows(IllegalArgumentException.class, () -> new ElectionId("1 or 1=1"));
    assertThrows(IllegalArgumentException.class, () -> new ElectionId(null));
  }

  @Test
  void dueToOpenExactlyWhileTheWindowAdmitsBallots() {
    Election e = scheduled();
    for (Instant at :
        new Instant[] {NOW, OPENS, OPENS.plusSeconds(1), CLOSES.minusMillis(1), CLOSES}) {
      assertEquals(e.acceptsBallotsAt(at), e.dueToOpenAt(at), "at " + at);
    }
    assertFalse(e.dueToOpenAt(OPENS.minusMillis(1)));
    assertTrue(e.dueToOpenAt(OPENS));
    assertFalse(e.dueToOpenAt(CLOSES), "a window that has passed as a whole is left to closing");
  }

  @Test
  void anOpenElectionIsNotDueToOpenAgain() {
    Election e = scheduled();
    e.open(OPENS);
    assertFalse(e.dueToOpenAt(OPENS.plusSeconds(1)));
  }

  @Test
  void dueToCloseFromTheClosingInstantWhetherOpenedOrNot() {
    Election e = scheduled();
    assertFalse(e.dueToCloseAt(CLOSES.minusMillis(1)));
    assertTrue(e.dueToCloseAt(CLOSES), "scheduled but never opened");
    e.open(OPENS);
    assertTrue(e.dueToCloseAt(CLOSES));
  }

  @Test
  void closedAndCancelledElectionsAreNeverDue() {
    Election closed = scheduled();
    closed.close(NOW);
    Election cancelled = scheduled();
    cancelled.cancel();
    for (Election e : new Election[] {closed, cancelled}) {
      assertFalse(e.dueToOpenAt(OPENS));
      assertFalse(e.dueToCloseAt(CLOSES));
    }
  }
}
