package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
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
import org.securevote.trustee.boundary.CeremonyStanding;
import org.securevote.trustee.boundary.CeremonyStep;
import org.securevote.trustee.boundary.TrusteeAppointments;
import org.securevote.trustee.boundary.TrusteeStanding;
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
  @Inject TrusteeAppointments appointments;

  private String id;
  private ElectionSummary election;
  private ElectionTurnout.Figures turnout;
  private final VoterListing roll = new VoterListing();
  private final TermsForm form = new TermsForm();
  private ElectionAction pendingAction;
  private CeremonyStanding ceremony;

  /** The trustees' email addresses, one a line: trustee 1 first. */
  @Size(max = 20_000, message = "That is too long for a list of trustees.")
  private String trusteeEmails;

  private int threshold = 1;

  @NotBlank(message = "Give the candidate's name.")
  @Size(max = 200, message = "A name has at most 200 characters.")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
  private String candidateName;

  @Size(max = 2000, message = "A description has at most 2000 characters.")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
  private String candidateDescription;

  @Size(max = VoterFields.REF_MAX, message = "{securevote.voter.refTooLong}")
  private String voterRef;

  /** Loads the election named by the {@code id} view parameter. */
  public void load() {
    if (election == null) {
      try {
        refresh();
        form.load(election, zone);
        showAppointed();
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
        () -> administration.addCandidate(electionId(), candidateName, candidateDescription, null),
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

  /** Names the trustees (k of n); the key ceremony starts again. */
  public void appointTrustees() {
    List<String> emails =
        trusteeEmails == null ? List.of() : List.of(trusteeEmails.split("[\\r\\n,;]+"));
    CeremonyStep[] done = new CeremonyStep[1];
    if (act(() -> done[0] = appointments.appoint(electionId(), emails, threshold), null)) {
      boolean mailed = !done[0].did().contains("could not be emailed");
      Feedback.info(
          mailed
              ? "Trustees appointed; each was emailed an invitation."
              : "Trustees appointed, but "
                  + done[0].did().substring(done[0].did().indexOf("the invitation"))
                  + ". Appoint them again to resend.");
    }
  }

  /** Drops every file, share and confirmation of the ceremony; the same trustees start again. */
  public void restartCeremony() {
    act(() -> appointments.restart(electionId()), "The key ceremony starts again.");
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

  /** Runs an admin action, shows its outcome and reloads the election. */
  boolean act(Runnable action, String success) {
    boolean done = Feedback.attempt(action, success);
    refresh();
    return done;
  }

  private void refresh() {
    election = administration.election(electionId());
    turnout = turnouts.of(electionId());
    roll.load(registry, electionId());
    ceremony = appointments.ceremony(electionId());
  }

  /** The appointment form starts from the trustees appointed so far. */
  private void showAppointed() {
    if (ceremony.appointed()) {
      trusteeEmails =
          String.join("\n", ceremony.seats().stream().map(TrusteeStanding::email).toList());
      threshold = ceremony.threshold();
    }
  }

  ElectionId electionId() {
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

  public CeremonyStanding getCeremony() {
    return ceremony;
  }

  public String getTrusteeEmails() {
    return trusteeEmails;
  }

  public void setTrusteeEmails(String trusteeEmails) {
    this.trusteeEmails = trusteeEmails;
  }

  public int getThreshold() {
    return threshold;
  }

  public void setThreshold(int threshold) {
    this.threshold = threshold;
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
