package org.securevote.tools.crypto;

/**
 * What checking a ballot found: valid, or the first check that failed (with the candidate's
 * position, 0-based, for a per-candidate check, the question's for a question's count; -1
 * otherwise).
 */
public record BallotVerdict(Check failed, int candidate) {

  public enum Check {
    /** One ciphertext and one 0-or-1 proof per candidate of the election. */
    CANDIDATE_COUNT,
    /** The ciphertext for the candidate encrypts 0 or 1. */
    ZERO_OR_ONE,
    /** The ciphertexts add up to exactly 1: one candidate chosen. */
    SUM_IS_ONE,
    /** The ciphertexts add up to a count within the election's bounds (an approval ballot). */
    COUNT_IN_RANGE,
    /** Each question's ciphertexts add up to a count within its bounds (several questions). */
    QUESTION_COUNT
  }

  public static final BallotVerdict VALID = new BallotVerdict(null, -1);

  public boolean valid() {
    return failed == null;
  }

  public String describe() {
    if (failed == null) {
      return "valid";
    }
    return switch (failed) {
      case CANDIDATE_COUNT -> "the ballot does not hold one ciphertext and proof per candidate";
      case ZERO_OR_ONE ->
          "the proof that the ciphertext for candidate "
              + (candidate + 1)
              + " encrypts 0 or 1 fails";
      case SUM_IS_ONE -> "the proof that exactly one candidate is chosen fails";
      case COUNT_IN_RANGE ->
          "the proof that the number of candidates chosen is within the election's bounds fails";
      case QUESTION_COUNT ->
          candidate < 0
              ? "the ballot does not prove a count for each of the election's questions"
              : "the proof that the number of answers chosen in question "
                  + (candidate + 1)
                  + " is within its bounds fails";
    };
  }
}
