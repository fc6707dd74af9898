package org.securevote.ballot.boundary;

import java.time.Instant;
import java.util.List;
import org.securevote.tools.format.BallotQuestions;

/**
 * Everything of an election record but its ballots, which are read a page at a time: the terms, the
 * ceremony's public files (JSON), the key, the server's receipt key, how many voted, the encrypted
 * totals, the trustees' partial decryption files (JSON) and the results.
 */
public record RecordHead(
    String electionId,
    String title,
    String ballotType,
    int minChoices,
    int maxChoices,
    List<BallotQuestions.Question> questions,
    Instant opensAt,
    Instant closesAt,
    List<String> candidates,
    int trustees,
    int threshold,
    List<String> trusteePublics,
    String publicKey,
    String fingerprint,
    String receiptKey,
    long voted,
    List<EncryptedTotals.Total> encryptedTotals,
    List<String> partialDecryptions,
    List<Result> results) {

  /** A candidate's count. */
  public record Result(String candidate, long count) {}
}
