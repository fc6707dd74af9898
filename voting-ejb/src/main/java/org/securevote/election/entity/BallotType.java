package org.securevote.election.entity;

/** How many candidates a ballot names, and whether their order counts. */
public enum BallotType {
  /** Exactly one candidate. */
  SINGLE_CHOICE,
  /** Any number of distinct candidates (counted when this type is enabled). */
  APPROVAL,
  /** Distinct candidates in order of preference (counted when this type is enabled). */
  RANKED;

  /** Whether this server can take and count ballots of this type yet. */
  public boolean supported() {
    return this == SINGLE_CHOICE;
  }
}
