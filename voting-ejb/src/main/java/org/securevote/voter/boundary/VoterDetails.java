package org.securevote.voter.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securevote.platform.DisplayText;

/** What an admin types about a voter. */
public record VoterDetails(
    @NotBlank(message = "Give the voter ID.")
        @Size(max = 64, message = "A voter ID has at most 64 characters.")
        String voterRef,
    @NotBlank(message = "Give the voter's name.")
        @Size(max = 200, message = "A name has at most 200 characters.")
        @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = DisplayText.BIDI_REFUSED)
        String name,
    @NotBlank(message = "Give the voter's email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email) {}
