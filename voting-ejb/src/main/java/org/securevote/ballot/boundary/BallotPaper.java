package org.securevote.ballot.boundary;

import java.time.Instant;
import java.util.List;
import org.securevote.election.entity.BallotType;
import org.securevote.tools.crypto.ChoiceBounds;

/**
 * What the ballot page shows: the question, how many candidates to choose, the candidates in ballot
 * order, whether the voter must confirm an emailed code before casting, and the election key K (66
 * hex, empty until the trustees' ceremony is complete) that the voter's device encrypts to, in this
 * candidate order.
 */
public record BallotPaper(
    String electionId,
    String title,
    String description,
    BallotType ballotType,
    int minChoices,
    int maxChoices,
    Instant closesAt,
    boolean codeNeeded,
    String publicKey,
    List<Option> options)
    implements java.io.Serializable {
  /** How many candidates a ballot chooses. */
  public ChoiceBounds bounds() {
    return new ChoiceBounds(minChoices, maxChoices);
  }

  /** Whether the voter chooses exactly one candidate (radio buttons) or several (checkboxes). */
  public boolean singleChoice() {
    return bounds().singleChoice();
  }

  /** What the ballot asks, e.g. "Choose between 1 and 3 candidates." */
  public String instruction() {
    return howMany(bounds());
  }

  /** The instruction for these bounds; also the refusal of a ballot outside them. */
  public static String howMany(ChoiceBounds bounds) {
    int min = bounds.min();
    int max = bounds.max();
    if (min == max) {
      return min == 1 ? "Choose one candidate." : "Choose exactly " + min + " candidates.";
    }
    if (min == 0) {
      return max == 1 ? "Choose one candidate or none." : "Choose up to " + max + " candidates.";
    }
    return "Choose between " + min + " and " + max + " candidates.";
  }

  /** One candidate on the ballot. */
  public record Option(String candidateId, String name, String description)
      implements java.io.Serializable {}
}
