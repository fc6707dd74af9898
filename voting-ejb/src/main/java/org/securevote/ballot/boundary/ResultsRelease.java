package org.securevote.ballot.boundary;

import org.securevote.election.entity.ElectionStatus;

/** Who may see an election's results: everyone once published, the election office from closing. */
public final class ResultsRelease {
  private ResultsRelease() {}

  /** {@code staff} is an admin or an auditor. */
  public static boolean visible(ElectionStatus status, boolean staff) {
    return status == ElectionStatus.PUBLISHED || (staff && status == ElectionStatus.CLOSED);
  }
}
