package org.securevote.ballot.control;

import org.securevote.election.entity.ElectionId;

/** A shuffle posted new trackers on an election's bulletin board (fired in its transaction). */
public record BoardPosted(ElectionId id) {}
