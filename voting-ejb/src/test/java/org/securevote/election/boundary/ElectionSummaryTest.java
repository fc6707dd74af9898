package org.securevote.election.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securevote.election.boundary.ElectionSummary.QuestionSummary;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionStatus;

/** The ballot in words on the admin's election page, in English and in French. */
class ElectionSummaryTest {
  private static ElectionSummary summary(BallotType type, int min, int max, int questions) {
    List<QuestionSummary> further =
        java.util.stream.IntStream.range(0, questions)
            .mapToObj(i -> new QuestionSummary("q" + i, "Q" + i, 1, 1, List.of()))
            .toList();
    return new ElectionSummary(
        "e",
        "Board",
        "",
        type,
        min,
        max,
        Instant.EPOCH,
        Instant.EPOCH,
        ElectionStatus.DRAFT,
        "",
        false,
        List.of(),
        further,
        Set.of(),
        true,
        false);
  }

  @Test
  void theBallotIsDescribedInWords() {
    assertEquals(
        "one candidate; then 2 questions",
        summary(BallotType.SINGLE_CHOICE, 1, 1, 2).ballotDescription().english());
    assertEquals(
        "one candidate; then 1 question",
        summary(BallotType.SINGLE_CHOICE, 1, 1, 1).ballotDescription().english());
    assertEquals(
        "approval, 1 to 2 candidates",
        summary(BallotType.APPROVAL, 1, 2, 0).ballotDescription().english());
    assertEquals(
        "approbation, de 0 à 1200 candidats ; puis 2 questions",
        summary(BallotType.APPROVAL, 0, 1200, 2).ballotDescription().in(Locale.FRENCH));
  }

  @Test
  void aQuestionsBoundsAreDescribedInWords() {
    assertEquals(
        "one answer", new QuestionSummary("q", "Q", 1, 1, List.of()).choiceDescription().english());
    assertEquals(
        "0 to 2 answers",
        new QuestionSummary("q", "Q", 0, 2, List.of()).choiceDescription().english());
    assertEquals(
        "de 0 à 2 réponses",
        new QuestionSummary("q", "Q", 0, 2, List.of()).choiceDescription().in(Locale.FRENCH));
  }
}
