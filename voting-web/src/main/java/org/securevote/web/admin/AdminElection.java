package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Consumer;
import org.securevote.ballot.boundary.ElectionTurnout;
import org.securevote.ballot.boundary.ResultsRelease;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.ElectionSummary;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.DisplayText;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.web.support.Feedback;
import org.securevote.web.support.ViewerZone;

/**
 * Backing bean of {@code /admin/election.xhtml}: terms, candidates, roll and the lifecycle actions
 * of one election. Actions that cannot be undone ask for confirmation first.
 */
@Named
@ViewScoped
public class AdminElection implements Serializable {
  /** Lifecycle actions, with the question each asks before it runs. */
  private static final Map<String, String> CONFIRM =
      Map.of(
          "schedule", "Schedule it? Its terms, candidates and window can no longer be edited.",
          "open", "Open voting now, before the scheduled opening?",
          "close", "Close voting now? Nobody can vote afterwards, and the ballots are counted.",
          "cancel", "Cancel this election? It cannot be reopened.",
          "publish", "Publish the results for everyone?");

  @Inject ElectionAdministration administration;
  @Inject VoterRegistry registry;
  @Inject ElectionTurnout turnouts;
  @Inject ViewerZone zone;

  private String id;
  private ElectionSummary election;
  private ElectionTurnout.Figures turnout;
  private final VoterListing roll = new VoterListing();
  private final TermsForm form = new TermsForm();
  private String pendingAction;

  @NotBlank(message = "Give the candidate's name.")
  @Size(max = 200, message = "A name has at most 200 characters.")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
  private String candidateName;

  @Size(max = 2000, message = "A description has at most 2000 characters.")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
  private String candidateDescription;

  @Size(max = 64, message = "A voter ID has at most 64 characters.")
  private String voterRef;

  /** Loads the election named by the {@code id} view parameter. */
  public void load() {
    if (election == null) {
      try {
        refresh();
        form.load(election, zone);
      } catch (IllegalArgumentException | org.securevote.election.entity.ElectionRuleViolation e) {
        Feedback.error("There is no such election.");
        Feedback.status(404);
      }
    }
  }

  public void saveTerms() {
    form.terms(zone)
        .ifPresent(t -> act(() -> administration.revise(electionId(), t), "Changes saved."));
  }

  public void addCandidate() {
    if (act(
        () -> administration.addCandidate(electionId(), candidateName, candidateDescription),
        "Candidate added.")) {
      candidateName = null;
      candidateDescription = null;
    }
  }

  public void removeCandidate(String candidateId) {
    act(() -> administration.removeCandidate(electionId(), candidateId), "Candidate removed.");
  }

  public void moveCandidate(String candidateId, boolean up) {
    act(() -> administration.moveCandidate(electionId(), candidateId, up), null);
  }

  public void enrol() {
    if (act(() -> registry.enrol(electionId(), voterRef), "Voter added to the roll.")) {
      voterRef = null;
    }
  }

  public void unenrol(String ref) {
    act(() -> registry.unenrol(electionId(), ref), "Voter removed from the roll.");
  }

  /** First step of a lifecycle action: ask. */
  public void ask(String action) {
    pendingAction = CONFIRM.containsKey(action) ? action : null;
  }

  public void dismiss() {
    pendingAction = null;
  }

  /** Second step: do what was asked. */
  public void confirm() {
    String action = pendingAction;
    pendingAction = null;
    if (action == null) {
      return;
    }
    Consumer<ElectionId> step =
        switch (action) {
          case "schedule" -> administration::schedule;
          case "open" -> administration::openNow;
          case "close" -> administration::closeNow;
          case "cancel" -> administration::cancel;
          default -> administration::publish;
        };
    act(() -> step.accept(electionId()), "Done: the election is now " + next(action) + ".");
  }

  private static String next(String action) {
    return switch (action) {
      case "schedule" -> "scheduled";
      case "open" -> "open";
      case "close" -> "closed and counted";
      case "cancel" -> "cancelled";
      default -> "published";
    };
  }

  private boolean act(Runnable action, String success) {
    boolean done = Feedback.attempt(action, success);
    refresh();
    return done;
  }

  private void refresh() {
    election = administration.election(electionId());
    turnout = turnouts.of(electionId());
    roll.load(registry, electionId());
  }

  private ElectionId electionId() {
    return new ElectionId(id);
  }

  public boolean isDraft() {
    return election != null && election.status() == ElectionStatus.DRAFT;
  }

  public boolean isRollOpen() {
    return election != null
        && (election.status() == ElectionStatus.DRAFT
            || election.status() == ElectionStatus.SCHEDULED);
  }

  public boolean can(String action) {
    if (election == null) {
      return false;
    }
    ElectionStatus s = election.status();
    return switch (action) {
      case "schedule" -> s == ElectionStatus.DRAFT;
      case "open" -> s == ElectionStatus.SCHEDULED;
      case "close" -> s == ElectionStatus.SCHEDULED || s == ElectionStatus.OPEN;
      case "cancel" ->
          s == ElectionStatus.DRAFT || s == ElectionStatus.SCHEDULED || s == ElectionStatus.OPEN;
      case "publish" -> s == ElectionStatus.CLOSED;
      default -> false;
    };
  }

  /** Whether the results page shows this election's results to the election office yet. */
  public boolean isCounted() {
    return election != null && ResultsRelease.visible(election.status(), true);
  }

  public String getQuestion() {
    return pendingAction == null ? null : CONFIRM.get(pendingAction);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ElectionSummary getElection() {
    return election;
  }

  public ElectionTurnout.Figures getTurnout() {
    return turnout;
  }

  public VoterListing getRoll() {
    return roll;
  }

  public TermsForm getForm() {
    return form;
  }

  public String getPendingAction() {
    return pendingAction;
  }

  public String getCandidateName() {
    return candidateName;
  }

  public void setCandidateName(String candidateName) {
    this.candidateName = candidateName;
  }

  public String getCandidateDescription() {
    return candidateDescription;
  }

  public void setCandidateDescription(String candidateDescription) {
    this.candidateDescription = candidateDescription;
  }

  public String getVoterRef() {
    return voterRef;
  }

  public void setVoterRef(String voterRef) {
    this.voterRef = voterRef;
  }
}
