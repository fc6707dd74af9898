package org.securevote.election.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionAction;
import org.securevote.election.entity.ElectionStatus;

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

  /** The ballot in words, e.g. "approval, 1 to 3 candidates". */
  public String ballotDescription() {
    return ballotType == BallotType.APPROVAL
        ? "approval, " + minChoices + " to " + maxChoices + " candidates"
        : "one candidate";
  }

  /** A candidate in ballot order. */
  public record CandidateSummary(String id, String name, String description, int displayOrder)
      implements java.io.Serializable {}

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
        e.candidates().stream()
            .map(c -> new CandidateSummary(c.id(), c.name(), c.description(), c.displayOrder()))
            .toList(),
        e.allowedActions(),
        e.rollCanChange(now),
        e.awaitingTrustees());
  }
}
