package org.securevote.election.entity;

/** How many candidates a ballot names, and whether their order counts. */
public enum BallotType {
  /** Exactly one candidate. */
  SINGLE_CHOICE,
  /** Between the election's minimum and maximum number of distinct candidates. */
  APPROVAL,
  /** Distinct candidates in order of preference (counted when this type is enabled). */
  RANKED;

  /** Whether this server can take and count ballots of this type yet. */
  public boolean supported() {
    return this != RANKED;
  }
}
