package org.securevote.voter.boundary;

import java.time.Instant;
import java.util.List;
import org.securevote.voter.entity.MailingKind;

/**
 * How far a mailing to an election's roll has got. {@code failedVoters} lists the voter IDs whose
 * invitation could not be handed to the mail server; it is always empty for a reminder, which would
 * otherwise name voters who had not voted.
 */
public record MailingProgress(
    long id,
    MailingKind kind,
    String requestedBy,
    Instant requestedAt,
    int rollSize,
    int passed,
    int claimed,
    int sent,
    int failed,
    Instant walkedAt,
    List<String> failedVoters) {

  /** Every voter passed and every mail taken has been sent or has failed. */
  public boolean done() {
    return walkedAt != null && sent + failed == claimed;
  }

  /** Mails taken for sending whose outcome is unknown: the instance stopped while sending them. */
  public int unknown(Instant now) {
    boolean stalled = walkedAt != null && walkedAt.plusSeconds(300).isBefore(now);
    return stalled ? claimed - sent - failed : 0;
  }
}
