package org.securevote.election.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionAction;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.election.entity.Question;
import org.securevote.platform.Text;

/**
 * An election as the admin pages show it: terms, state, candidates and the actions its state
 * allows.
 */
public record ElectionSummary(
    String id,
    String title,
    String description,
    BallotType ballotType,
    int minChoices,
    int maxChoices,
    Instant opensAt,
    Instant closesAt,
    ElectionStatus status,
    String allowedNetworks,
    boolean freshCodeRequired,
    List<CandidateSummary> candidates,
    List<QuestionSummary> questions,
    Set<ElectionAction> allowedActions,
    boolean rollCanChange,
    boolean awaitingTrustees)
    implements java.io.Serializable {

  /** The status in words, or "awaiting trustees" between closing and decrypted results. */
  public String stage() {
    return awaitingTrustees ? "awaiting trustees" : status.name().toLowerCase();
  }

  /** Whether the results exist: decrypted by the trustees (or all 0 without ballots). */
  public boolean decrypted() {
    return (status == ElectionStatus.CLOSED || status == ElectionStatus.PUBLISHED)
        && !awaitingTrustees;
  }

  /** The ballot in words, e.g. "approval, 1 to 3 candidates", and its further questions. */
  public Text ballotDescription() {
    Text own =
        ballotType == BallotType.APPROVAL
            ? Text.of("election.ballot.approval", minChoices, maxChoices)
            : Text.of("election.ballot.single");
    return questions.isEmpty()
        ? own
        : Text.of("election.ballot.withQuestions", own, questions.size());
  }

  /** A candidate in ballot order; questionId is null for the election's own question. */
  public record CandidateSummary(
      String id, String name, String description, int displayOrder, String questionId)
      implements java.io.Serializable {}

  /** A further question after the election's own, with its answers in ballot order. */
  public record QuestionSummary(
      String id, String title, int minChoices, int maxChoices, List<CandidateSummary> answers)
      implements java.io.Serializable {
    /** Its bounds in words, e.g. "one answer" or "0 to 2 answers". */
    public Text choiceDescription() {
      return minChoices == 1 && maxChoices == 1
          ? Text.of("election.question.one")
          : Text.of("election.question.range", minChoices, maxChoices);
    }
  }

  /** The election's own candidates, without the further questions' answers. */
  public List<CandidateSummary> ownCandidates() {
    return candidates.stream().filter(c -> c.questionId() == null).toList();
  }

  private static CandidateSummary candidate(Candidate c) {
    return new CandidateSummary(
        c.id(),
        c.name(),
        c.description(),
        c.displayOrder(),
        c.question().map(Question::id).orElse(null));
  }

  static ElectionSummary of(Election e, Instant now) {
    return new ElectionSummary(
        e.id().value(),
        e.title(),
        e.description(),
        e.ballotType(),
        e.choiceBounds().min(),
        e.choiceBounds().max(),
        e.opensAt(),
        e.closesAt(),
        e.status(),
        e.allowedNetworks().toString(),
        e.freshCodeRequired(),
        e.candidates().stream().map(ElectionSummary::candidate).toList(),
        e.questions().stream()
            .map(
                q ->
                    new QuestionSummary(
                        q.id(),
                        q.title(),
                        q.bounds().min(),
                        q.bounds().max(),
                        e.answers(q).stream().map(ElectionSummary::candidate).toList()))
            .toList(),
        e.allowedActions(),
        e.rollCanChange(now),
        e.awaitingTrustees());
  }
}
