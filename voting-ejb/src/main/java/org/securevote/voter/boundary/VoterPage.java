package org.securevote.voter.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of voters in voter-ID order; {@code more} says whether further voters lie beyond it in
 * the direction the query went (after its last, or before its first when it asked for "before").
 */
public record VoterPage(List<VoterSummary> voters, boolean more) implements Serializable {}
