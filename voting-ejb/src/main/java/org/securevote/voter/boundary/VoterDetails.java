package org.securevote.voter.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securevote.platform.DisplayText;
import org.securevote.voter.entity.VoterFields;

/** What an admin types about a voter. */
public record VoterDetails(
    @NotBlank(message = "{voter.refMissing}")
        @Size(max = VoterFields.REF_MAX, message = "{voter.refTooLong}")
        String voterRef,
    @NotBlank(message = "{voter.nameMissing}")
        @Size(max = VoterFields.NAME_MAX, message = "{voter.nameTooLong}")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{voter.nameBidi}")
        String name,
    @NotBlank(message = "{voter.emailMissing}")
        @Size(max = VoterFields.EMAIL_MAX, message = "{voter.emailTooLong}")
        String email) {}
