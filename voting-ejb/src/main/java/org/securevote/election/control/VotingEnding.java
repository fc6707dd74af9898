package org.securevote.election.control;

import org.securevote.election.entity.ElectionId;

/**
 * Fired synchronously just before an election closes or is cancelled, before its row is locked or
 * changed: observers stop new ballots for the rest of the transaction.
 */
public record VotingEnding(ElectionId election) {}
