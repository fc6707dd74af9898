package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a voter keeps after casting: the tracker to look up on the bulletin board, and when it
 * appears there at the latest: once {@code shuffleBatch} new ballots are waiting, or at {@code
 * closesAt}.
 */
public record Receipt(
    String electionId, String electionTitle, String tracker, int shuffleBatch, Instant closesAt)
    implements Serializable {}
