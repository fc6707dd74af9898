package org.securevote.election.control;

import org.securevote.election.entity.Election;

/**
 * Fired synchronously once an election is closed or cancelled, in the same transaction: observers
 * settle its ballots (shuffle them, and count them if it closed) before anything commits.
 */
public record VotingEnded(Election election) {}
