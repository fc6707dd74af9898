package org.securevote.election.control;

import java.util.List;
import org.securevote.election.entity.ElectionId;

/**
 * Fired by the election clock after each round of openings and closings, outside any transaction,
 * with the elections still accepting ballots.
 */
public record ClockTicked(List<ElectionId> running) {}
