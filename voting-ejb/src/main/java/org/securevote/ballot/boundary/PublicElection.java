package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.securevote.election.entity.ElectionStatus;

/**
 * An election as anyone may see it: no roll, no results before publication. {@code stage} is the
 * status in words, or "awaiting trustees" between closing and decrypted results.
 */
public record PublicElection(
    String id,
    String title,
    String description,
    ElectionStatus status,
    Instant opensAt,
    Instant closesAt,
    long eligible,
    long ballotsCast,
    String stage)
    implements Serializable {}
