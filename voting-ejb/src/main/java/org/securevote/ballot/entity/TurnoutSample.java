package org.securevote.ballot.entity;

import java.io.Serializable;
import java.time.Instant;

/** How many ballots were in by a minute of an open election (a row of turnout_sample). */
public record TurnoutSample(Instant minute, long ballots) implements Serializable {}
