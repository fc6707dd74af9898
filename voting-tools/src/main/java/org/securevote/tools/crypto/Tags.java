package org.securevote.tools.crypto;

/** The domain tags: the first field of every transcript, one per proof kind or use. */
final class Tags {
  static final String TRUSTEE_KEY = "securevote/v1/trustee-key";
  static final String COEFFICIENT = "securevote/v1/coefficient";
  static final String ZERO_OR_ONE = "securevote/v1/zero-or-one";
  static final String CONSTANT = "securevote/v1/constant";
  static final String COUNT_IN_RANGE = "securevote/v1/count-in-range";
  static final String QUESTION_COUNT = "securevote/v1/question-count";
  static final String PARTIAL_DECRYPTION = "securevote/v1/partial-decryption";
  static final String SHARE_TRANSPORT = "securevote/v1/share-transport";

  private Tags() {}
}
