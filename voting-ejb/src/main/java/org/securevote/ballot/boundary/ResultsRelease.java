package org.securevote.ballot.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.ejb.SessionContext;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.Text;

/**
 * Who may see an election's results (the results page, the API and the election record): nobody
 * before the trustees have decrypted them; then the election office (admins, auditors) at once and
 * everyone once published.
 */
public final class ResultsRelease {
  private ResultsRelease() {}

  /** Whether the caller is of the election office (an admin or an auditor). */
  static boolean staff(SessionContext caller) {
    return caller.isCallerInRole(ADMIN) || caller.isCallerInRole(AUDITOR);
  }

  /** {@code decrypted}: the results exist; {@code staff}: the caller is an admin or an auditor. */
  public static boolean visible(ElectionStatus status, boolean decrypted, boolean staff) {
    return decrypted
        && (status == ElectionStatus.PUBLISHED || (staff && status == ElectionStatus.CLOSED));
  }

  /** Refuses (CONFLICT) with what stands in the way, unless the caller may see the results. */
  static void require(Election e, boolean staff) {
    if (!visible(e.status(), e.tallyDigest().isPresent(), staff)) {
      throw new ResultsNotAvailable(
          staff && e.awaitingTrustees()
              ? Text.of("results.notDecrypted", e.title())
              : Text.of("results.notPublished", e.title()));
    }
  }
}
