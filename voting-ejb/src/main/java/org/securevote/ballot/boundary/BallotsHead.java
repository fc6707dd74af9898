package org.securevote.ballot.boundary;

import java.util.List;
import org.securevote.tools.format.BallotQuestions;

/** BALLOTS.json without its ballots: the election, its key K, the ceremony's fingerprint, names. */
public record BallotsHead(
    String electionId,
    String publicKey,
    String fingerprint,
    List<String> candidates,
    int minChoices,
    int maxChoices,
    List<BallotQuestions.Question> questions) {}
