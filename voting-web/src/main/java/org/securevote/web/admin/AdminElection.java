package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.securevote.ballot.boundary.ElectionTurnout;
import org.securevote.ballot.boundary.ResultsRelease;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.ElectionSummary;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.ElectionAction;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.DisplayText;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.entity.VoterFields;
import org.securevote.web.support.Feedback;
import org.securevote.web.support.ViewerZone;

/**
 * Backing bean of {@code /admin/election.xhtml}: terms, candidates, roll and the lifecycle actions
 * of one election. Actions that cannot be undone ask for confirmation first.
 */
@Named
@ViewScoped
public class AdminElection implements Serializable {
  /** A lifecycle action as this page runs it: the question it asks first, then what it did. */
  private record Step(
      String question, BiConsumer<ElectionAdministration, ElectionId> run, String outcome) {}

  /** The lifecycle actions, each confirmed before it runs; editing needs no confirmation. */
  private static final Map<ElectionAction, Step> STEPS =
      new EnumMap<>(
          Map.of(
              ElectionAction.SCHEDULE,
              new Step(
                  "Schedule it? Its terms, candidates and window can no longer be edited.",
                  ElectionAdministration::schedule,
                  "scheduled"),
              ElectionAction.OPEN,
              new Step(
                  "Open voting now, before the scheduled opening?",
                  ElectionAdministration::openNow,
                  "open"),
              ElectionAction.CLOSE,
              new Step(
                  "Close voting now? Nobody can vote afterwards; the ballots are added up"
                      + " and the trustees then decrypt the totals.",
                  ElectionAdministration::closeNow,
                  "closed"),
              ElectionAction.CANCEL,
              new Step(
                  "Cancel this election? It cannot be reopened.",
                  ElectionAdministration::cancel,
                  "cancelled"),
              ElectionAction.PUBLISH,
              new Step(
                  "Publish the results for everyone?",
                  ElectionAdministration::publish,
                  "published")));

  @Inject ElectionAdministration administration;
  @Inject VoterRegistry registry;
  @Inject ElectionTurnout turnouts;
  @Inject ViewerZone zone;

  private String id;
  private ElectionSummary election;
  private ElectionTurnout.Figures turnout;
  private final VoterListing roll = new VoterListing();
  private final TermsForm form = new TermsForm();
  private ElectionAction pendingAction;

  @NotBlank(message = "Give the candidate's name.")
  @Size(max = 200, message = "A name has at most 200 characters.")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
  private String candidateName;

  @Size(max = 2000, message = "A description has at most 2000 characters.")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
  private String candidateDescription;

  @Size(max = VoterFields.REF_MAX, message = VoterFields.REF_TOO_LONG)
  private String voterRef;

  /** Loads the election named by the {@code id} view parameter. */
  public void load() {
    if (election == null) {
      try {
        refresh();
        form.load(election, zone);
      } catch (IllegalArgumentException e) { // not an election id at all
        Feedback.refused(new NoSuchElection());
      } catch (NoSuchElection e) {
        Feedback.refused(e);
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
  public void ask(ElectionAction action) {
    pendingAction = STEPS.containsKey(action) ? action : null;
  }

  public void dismiss() {
    pendingAction = null;
  }

  /** Second step: do what was asked. */
  public void confirm() {
    Step step = pendingAction == null ? null : STEPS.get(pendingAction);
    pendingAction = null;
    if (step == null) {
      return;
    }
    act(
        () -> step.run().accept(administration, electionId()),
        "Done: the election is now " + step.outcome() + ".");
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

  /** Whether the terms and candidates can be changed. */
  public boolean isEditable() {
    return can(ElectionAction.EDIT);
  }

  /** Whether voters can still be added to or removed from the roll (until voting starts). */
  public boolean isRollOpen() {
    return election != null && election.rollCanChange();
  }

  /** Whether the election's status allows the action, as the election itself says. */
  public boolean can(ElectionAction action) {
    return election != null && election.allowedActions().contains(action);
  }

  /** Whether the results page shows this election's results to the election office yet. */
  public boolean isCounted() {
    return election != null
        && ResultsRelease.visible(election.status(), election.decrypted(), true);
  }

  public String getQuestion() {
    return pendingAction == null ? null : STEPS.get(pendingAction).question();
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

  public ElectionAction getPendingAction() {
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
