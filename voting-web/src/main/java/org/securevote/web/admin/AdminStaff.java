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
import org.securevote.account.entity.Role;
import org.securevote.platform.DisplayText;
import org.securevote.platform.Refusal;
import org.securevote.staff.boundary.StaffInvitation;
import org.securevote.staff.boundary.StaffMember;
import org.securevote.staff.boundary.StaffRoster;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /admin/staff.xhtml}: invite, deactivate and reactivate staff. */
@Named
@ViewScoped
public class AdminStaff implements Serializable {
  /** The roles an invitation may give, in the order the form offers them. */
  public static final List<Role> INVITABLE = List.of(Role.AUDITOR, Role.ADMIN, Role.TRUSTEE);

  @Inject StaffRoster roster;

  private List<StaffMember> members;

  @NotBlank(message = "{securevote.staff.emailMissing}")
  @Email(message = "{securevote.staff.emailInvalid}")
  @Size(max = 254, message = "{securevote.staff.emailTooLong}")
  private String email;

  @NotBlank(message = "{securevote.staff.nameMissing}")
  @Size(max = 200, message = "{securevote.staff.nameTooLong}")
  @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{securevote.staff.nameBidi}")
  private String name;

  private Role role = Role.AUDITOR;

  /** Everyone in a staff role, read once per change. */
  public List<StaffMember> getMembers() {
    if (members == null) {
      members = roster.staff();
    }
    return members;
  }

  public List<Role> getRoles() {
    return INVITABLE;
  }

  public void invite() {
    String invited = email;
    if (act(
        () -> roster.invite(new StaffInvitation(email, name, role)),
        "An invitation to choose a password was emailed to " + invited + ".")) {
      email = null;
      name = null;
      role = Role.AUDITOR;
    }
  }

  public void reinvite(String address) {
    act(() -> roster.reinvite(address), "A new invitation was emailed to " + address + ".");
  }

  public void deactivate(String address) {
    act(() -> roster.deactivate(address), address + " can no longer sign in.");
  }

  public void reactivate(String address) {
    act(() -> roster.reactivate(address), address + " can sign in again.");
  }

  public void withdraw(String address, Role taken) {
    act(
        () -> roster.withdraw(address, taken),
        address + " is no longer " + taken.withArticle() + ".");
  }

  /** A refusal shows its message with its own status (409 for the last administrator). */
  private boolean act(Runnable action, String success) {
    members = null;
    try {
      return Feedback.attempt(action, success, Refusal.class);
    } catch (Refusal refused) {
      Feedback.refused(refused);
      return false;
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
