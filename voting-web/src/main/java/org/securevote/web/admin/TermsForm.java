package org.securevote.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.securevote.election.boundary.ElectionSummary;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.platform.DisplayText;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;
import org.securevote.web.support.ViewerZone;

/** The fields of an election's terms as typed, with times in the viewer's zone. */
public class TermsForm implements Serializable {
  @NotBlank(message = "{securevote.adminElection.titleRequired}")
  @Size(max = 200, message = "{securevote.adminElection.titleTooLong}")
  @Pattern(
      regexp = DisplayText.NO_BIDI_CONTROLS,
      message = "{securevote.adminElection.bidiRefused}")
  private String title;

  @Size(max = 4000, message = "{securevote.adminElection.descriptionTooLong}")
  @Pattern(
      regexp = DisplayText.NO_BIDI_CONTROLS,
      message = "{securevote.adminElection.bidiRefused}")
  private String description;

  private BallotType ballotType = BallotType.SINGLE_CHOICE;
  private int minChoices = 1;
  private int maxChoices = 1;
  private String opensAt;
  private String closesAt;

  @Size(max = 2000, message = "{securevote.adminElection.networksTooLong}")
  private String allowedNetworks;

  private boolean freshCodeRequired;

  /** Fills the form from a stored election. */
  public void load(ElectionSummary election, ViewerZone zone) {
    title = election.title();
    description = election.description();
    ballotType = election.ballotType();
    minChoices = election.minChoices();
    maxChoices = election.maxChoices();
    opensAt = zone.field(election.opensAt());
    closesAt = zone.field(election.closesAt());
    allowedNetworks = election.allowedNetworks();
    freshCodeRequired = election.freshCodeRequired();
  }

  /** The terms, or empty with a message for each time that is not a date and time. */
  public Optional<ElectionTerms> terms(ViewerZone zone) {
    Optional<Instant> opens = zone.parse(opensAt);
    Optional<Instant> closes = zone.parse(closesAt);
    if (opens.isEmpty()) {
      Feedback.error(Text.of("adminElection.opensAtMissing"));
    }
    if (closes.isEmpty()) {
      Feedback.error(Text.of("adminElection.closesAtMissing"));
    }
    if (opens.isEmpty() || closes.isEmpty()) {
      return Optional.empty();
    }
    if (!inCalendar(opens.get(), zone) || !inCalendar(closes.get(), zone)) {
      Feedback.error(Text.of("election.calendar"));
      return Optional.empty();
    }
    return Optional.of(
        new ElectionTerms(
            title,
            description,
            ballotType,
            opens.get(),
            closes.get(),
            allowedNetworks,
            freshCodeRequired,
            minChoices,
            maxChoices));
  }

  /** A year as typed from 2000 to 9999: what the pages, the clock and the database all handle. */
  private static boolean inCalendar(Instant instant, ViewerZone zone) {
    int year = instant.atZone(zone.getZone()).getYear();
    return year >= 2000 && year <= 9999;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BallotType getBallotType() {
    return ballotType;
  }

  public void setBallotType(BallotType ballotType) {
    this.ballotType = ballotType;
  }

  public int getMinChoices() {
    return minChoices;
  }

  public void setMinChoices(int minChoices) {
    this.minChoices = minChoices;
  }

  public int getMaxChoices() {
    return maxChoices;
  }

  public void setMaxChoices(int maxChoices) {
    this.maxChoices = maxChoices;
  }

  public String getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(String opensAt) {
    this.opensAt = opensAt;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(String closesAt) {
    this.closesAt = closesAt;
  }

  public String getAllowedNetworks() {
    return allowedNetworks;
  }

  public void setAllowedNetworks(String allowedNetworks) {
    this.allowedNetworks = allowedNetworks;
  }

  public boolean isFreshCodeRequired() {
    return freshCodeRequired;
  }

  public void setFreshCodeRequired(boolean freshCodeRequired) {
    this.freshCodeRequired = freshCodeRequired;
  }
}
