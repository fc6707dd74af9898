package org.securevote.election.entity;

/** DRAFT → SCHEDULED → OPEN → CLOSED → PUBLISHED; CANCELLED from any state before CLOSED. */
public enum ElectionStatus {
  DRAFT,
  SCHEDULED,
  OPEN,
  CLOSED,
  PUBLISHED,
  CANCELLED
}
