package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.securevote.platform.DisplayText;
import org.securevote.voter.boundary.MailFailures;
import org.securevote.voter.boundary.VoterChange;
import org.securevote.voter.boundary.VoterDetails;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.boundary.VoterSummary;
import org.securevote.voter.entity.VoterFields;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /admin/voters.xhtml}: add, edit, deactivate and reactivate voters. */
@Named
@ViewScoped
public class AdminVoters implements Serializable {
  @Inject VoterRegistry registry;
  @Inject MailFailures failures;

  private final VoterListing voters = new VoterListing();
  private boolean loaded;
  private List<MailFailures.Listed> mailFailures;
  private String editing; // voter ID being edited, or null when adding

  @NotBlank(message = "{securevote.voter.refMissing}")
  @Size(max = VoterFields.REF_MAX, message = "{securevote.voter.refTooLong}")
  private String voterRef;

  @NotBlank(message = "{securevote.voter.nameMissing}")
  @Size(max = VoterFields.NAME_MAX, message = "{securevote.voter.nameTooLong}")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{securevote.voter.nameBidi}")
  private String name;

  @NotBlank(message = "{securevote.voter.emailMissing}")
  @Email(message = "{securevote.voter.emailInvalid}")
  @Size(max = VoterFields.EMAIL_MAX, message = "{securevote.voter.emailTooLong}")
  private String email;

  /** The latest single mails to voters that could not be sent, read once per view. */
  public List<MailFailures.Listed> getMailFailures() {
    if (mailFailures == null) {
      mailFailures = failures.recent();
    }
    return mailFailures;
  }

  public int getMailFailuresShown() {
    return MailFailures.SHOWN;
  }

  /** The list's search and position, as the view parameters set them; not yet read. */
  public VoterListing getListing() {
    return voters;
  }

  /** Reads the list before the page renders, so a refused search can still answer 400. */
  public void load() {
    getVoters();
  }

  /** The list, read once per change. */
  public VoterListing getVoters() {
    if (!loaded) {
      voters.load(registry, null);
      loaded = true;
    }
    return voters;
  }

  public void save() {
    mailFailures = null; // a notice this sends may fail and be listed
    VoterDetails details = new VoterDetails(voterRef, name, email);
    boolean done =
        editing == null
            ? Feedback.attempt(() -> registry.register(details), "Voter " + voterRef + " added.")
            : Feedback.attempt(() -> told(registry.update(editing, details)));
    if (done) {
      voters.show(editing == null ? voterRef : editing); // the voter just saved, with its buttons
      clear();
    }
    loaded = false;
  }

  public void edit(VoterSummary voter) {
    editing = voter.voterRef();
    voterRef = voter.voterRef();
    name = voter.name();
    email = voter.email();
  }

  public void clear() {
    editing = null;
    voterRef = null;
    name = null;
    email = null;
  }

  public void sendActivation(String ref) {
    mailFailures = null; // the link may fail and be listed
    Feedback.attempt(
        () -> {
          if (!registry.sendActivation(ref).waitsForApproval()) {
            Feedback.info("A link to choose a password was emailed to " + ref + ".");
          } else {
            Feedback.info(
                "The new password link for "
                    + ref
                    + " waits for a second staff member's approval; the voter was told.");
          }
        });
  }

  private static void told(VoterChange change) {
    Feedback.info(
        change.waitsForApproval()
            ? "Voter "
                + change.voterRef()
                + ": the email change waits for a second staff member's approval (Approvals);"
                + " the voter's current address was told."
            : "Voter updated.");
  }

  public void deactivate(String ref) {
    Feedback.attempt(() -> registry.deactivate(ref), "Voter " + ref + " can no longer sign in.");
    loaded = false;
  }

  public void reactivate(String ref) {
    Feedback.attempt(() -> registry.reactivate(ref), "Voter " + ref + " can sign in again.");
    loaded = false;
  }

  public String getEditing() {
    return editing;
  }

  public String getVoterRef() {
    return voterRef;
  }

  public void setVoterRef(String voterRef) {
    this.voterRef = voterRef;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
