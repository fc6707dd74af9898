package org.securevote.voter.boundary;

import java.time.Instant;
import org.securevote.platform.Text;
import org.securevote.voter.entity.CredentialChange;

/**
 * A change waiting for a second staff member, as approval pages show it; {@code decidable} when the
 * viewer may approve or refuse it (they did not ask for it).
 */
public record ChangeRequest(
    String id,
    String voterRef,
    String voterName,
    String currentEmail,
    Text change,
    String requestedBy,
    Instant requestedAt,
    boolean decidable)
    implements java.io.Serializable {
  static ChangeRequest of(CredentialChange c, String viewer) {
    return new ChangeRequest(
        c.id(),
        c.voter().voterRef(),
        c.voter().account().displayName(),
        c.voter().account().email(),
        c.newEmail()
            .map(e -> Text.of("change.request.email", e))
            .orElse(Text.of("change.request.passwordLink")),
        c.requestedBy(),
        c.requestedAt(),
        c.decidableBy(viewer));
  }
}
