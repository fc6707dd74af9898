package org.securevote.election.entity;

/**
 * DRAFT → SCHEDULED → OPEN → CLOSED → PUBLISHED; CANCELLED from any state before CLOSED. A CLOSED
 * election awaits its trustees until they have decrypted the totals ({@code
 * Election.awaitingTrustees}); only then can it be published.
 */
public enum ElectionStatus {
  DRAFT,
  SCHEDULED,
  OPEN,
  CLOSED,
  PUBLISHED,
  CANCELLED
}
