package org.securevote.ballot.boundary;

import java.time.Instant;
import org.securevote.election.entity.ElectionStatus;

/** An election on the signed-in voter's roll, as their dashboard shows it. */
public record VoterElection(
    String id,
    String title,
    ElectionStatus status,
    Instant opensAt,
    Instant closesAt,
    boolean voted,
    boolean openNow) {}
