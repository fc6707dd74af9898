package org.securevote.voter.entity;

/**
 * How long what an admin gives for a voter may be: one home for the forms, the boundary and the
 * roll file's checks. The words that refuse it are texts ({@code voter.*}, {@code roll.problem.*}).
 */
public final class VoterFields {
  public static final int REF_MAX = 64;
  public static final int NAME_MAX = 200;
  public static final int EMAIL_MAX = 254;

  private VoterFields() {}
}
