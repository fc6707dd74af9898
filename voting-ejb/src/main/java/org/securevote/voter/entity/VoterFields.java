package org.securevote.voter.entity;

/**
 * What an admin may give for a voter, and the words that refuse it: one home for the forms, the
 * boundary and the roll file's problem list.
 */
public final class VoterFields {
  public static final int REF_MAX = 64;
  public static final int NAME_MAX = 200;
  public static final int EMAIL_MAX = 254;

  public static final String REF_MISSING = "Give the voter ID.";
  public static final String REF_TOO_LONG = "A voter ID has at most " + REF_MAX + " characters.";
  public static final String NAME_MISSING = "Give the voter's name.";
  public static final String NAME_TOO_LONG = "A name has at most " + NAME_MAX + " characters.";
  public static final String EMAIL_MISSING = "Give the voter's email address.";
  public static final String EMAIL_TOO_LONG =
      "An email address has at most " + EMAIL_MAX + " characters.";

  private VoterFields() {}

  /** A voter ID that another voter has, as a roll file's problem list says it. */
  public static String refTaken(String ref) {
    return "voter ID " + ref + " already exists";
  }

  /** An address that an account signs in with already (voter or staff). */
  public static String emailTaken(String email) {
    return email + " already belongs to an account";
  }

  public static String notAnEmail(String typed) {
    return "'" + typed + "' is not an email address";
  }
}
