package org.securevote.election.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.securevote.platform.DisplayText;

/**
 * What an admin decides about an election before it is scheduled. {@code allowedNetworks} lists the
 * CIDR ranges voters may vote from (empty: any); {@code freshCodeRequired} makes every voter
 * confirm a new one-time code shortly before casting. {@code minChoices..maxChoices} is how many
 * candidates an approval ballot may choose; a single-choice ballot chooses exactly one.
 */
public record ElectionTerms(
    @NotBlank(message = "{election.titleRequired}")
        @Size(max = 200, message = "{election.titleTooLong}")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{election.bidiRefused}")
        String title,
    @Size(max = 4000, message = "{election.descriptionTooLong}")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{election.bidiRefused}")
        String description,
    @NotNull(message = "{election.ballotTypeRequired}") BallotType ballotType,
    @NotNull(message = "{election.opensAtRequired}") Instant opensAt,
    @NotNull(message = "{election.closesAtRequired}") Instant closesAt,
    @Size(max = 2000, message = "{election.networksTooLong}") String allowedNetworks,
    boolean freshCodeRequired,
    int minChoices,
    int maxChoices) {

  /** Terms open to voters on any network, with the code confirmed once per voter. */
  public ElectionTerms(
      String title, String description, BallotType ballotType, Instant opensAt, Instant closesAt) {
    this(title, description, ballotType, opensAt, closesAt, "", false);
  }

  /** Terms whose ballot chooses exactly one candidate. */
  public ElectionTerms(
      String title,
      String description,
      BallotType ballotType,
      Instant opensAt,
      Instant closesAt,
      String allowedNetworks,
      boolean freshCodeRequired) {
    this(
        title,
        description,
        ballotType,
        opensAt,
        closesAt,
        allowedNetworks,
        freshCodeRequired,
        1,
        1);
  }
}
