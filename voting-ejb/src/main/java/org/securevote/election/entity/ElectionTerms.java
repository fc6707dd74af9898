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
    @NotBlank(message = "Give the election a title.")
        @Size(max = 200, message = "A title has at most 200 characters.")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
        String title,
    @Size(max = 4000, message = "A description has at most 4000 characters.")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
        String description,
    @NotNull(message = "Choose a ballot type.") BallotType ballotType,
    @NotNull(message = "Say when voting opens.") Instant opensAt,
    @NotNull(message = "Say when voting closes.") Instant closesAt,
    @Size(max = 2000, message = "The allowed networks take at most 2000 characters.")
        String allowedNetworks,
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
