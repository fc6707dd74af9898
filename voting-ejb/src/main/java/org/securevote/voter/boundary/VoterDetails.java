package org.securevote.voter.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securevote.platform.DisplayText;
import org.securevote.voter.entity.VoterFields;

/** What an admin types about a voter. */
public record VoterDetails(
    @NotBlank(message = VoterFields.REF_MISSING)
        @Size(max = VoterFields.REF_MAX, message = VoterFields.REF_TOO_LONG)
        String voterRef,
    @NotBlank(message = VoterFields.NAME_MISSING)
        @Size(max = VoterFields.NAME_MAX, message = VoterFields.NAME_TOO_LONG)
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
        String name,
    @NotBlank(message = VoterFields.EMAIL_MISSING)
        @Size(max = VoterFields.EMAIL_MAX, message = VoterFields.EMAIL_TOO_LONG)
        String email) {}
