package org.securevote.voter.boundary;

import java.time.Instant;
import org.securevote.voter.entity.Voter;

/** A voter as admin pages show them. */
public record VoterSummary(
    String voterRef,
    String name,
    String email,
    boolean active,
    boolean activated,
    Instant verifiedAt)
    implements java.io.Serializable {
  static VoterSummary of(Voter v) {
    return new VoterSummary(
        v.voterRef(),
        v.account().displayName(),
        v.account().email(),
        v.account().active(),
        v.account().hasPassword(),
        v.verifiedAt().orElse(null));
  }
}
