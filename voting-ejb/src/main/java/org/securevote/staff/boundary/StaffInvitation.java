package org.securevote.staff.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securevote.account.entity.Role;
import org.securevote.platform.DisplayText;

/** Whom an administrator invites, and in which staff role. */
public record StaffInvitation(
    @NotBlank(message = "{staff.emailMissing}") @Size(max = 254, message = "{staff.emailTooLong}")
        String email,
    @NotBlank(message = "{staff.nameMissing}")
        @Size(max = 200, message = "{staff.nameTooLong}")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{staff.nameBidi}")
        String name,
    @NotNull(message = "{staff.roleMissing}") Role role) {}
