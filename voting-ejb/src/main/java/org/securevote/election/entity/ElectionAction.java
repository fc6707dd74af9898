package org.securevote.election.entity;

/**
 * What an admin can do to an election as a whole. {@link Election#allowedActions()} says which are
 * allowed in the election's current status; the election's own methods refuse the others.
 */
public enum ElectionAction {
  /** Change the terms or the candidates. */
  EDIT,
  SCHEDULE,
  /** Open voting before the scheduled opening. */
  OPEN,
  /** Close voting before the scheduled closing; the ballots are added up (encrypted) at once. */
  CLOSE,
  CANCEL,
  PUBLISH
}
