package org.securevote.staff.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securevote.account.entity.Role;
import org.securevote.platform.DisplayText;

/** Whom an administrator invites, and in which staff role. */
public record StaffInvitation(
    @NotBlank(message = "Give the person's email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email,
    @NotBlank(message = "Give the person's name.")
        @Size(max = 200, message = "A name has at most 200 characters.")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
        String name,
    @NotNull(message = "Choose a role.") Role role) {}
