package org.securevote.voter.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Which page of voters to list, in voter-ID order: those on the roll of {@code election} (or all
 * when null) whose voter ID, name or email contains {@code search} (any when blank), the first
 * {@code size} after voter ID {@code after}, or the last {@code size} before {@code before}.
 */
public record VoterQuery(
    String election,
    @Size(max = 200, message = "{voter.searchTooLong}") String search,
    @Size(max = 64) String after,
    @Size(max = 64) String before,
    @Min(1) @Max(500) int size) {

  boolean backwards() {
    return before != null && !before.isBlank();
  }
}
