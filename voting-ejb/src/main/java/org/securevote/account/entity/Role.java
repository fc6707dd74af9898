package org.securevote.account.entity;

import org.securevote.platform.Text;

/** What a signed-in person may do. Role names double as group names in the identity store. */
public enum Role {
  ADMIN("Administrator"),
  VOTER("Voter"),
  AUDITOR("Auditor"),
  TRUSTEE("Trustee");

  private final String word;

  Role(String word) {
    this.word = word;
  }

  /** The role's English word, e.g. "Administrator", as the audit trail names it. */
  public String word() {
    return word;
  }

  /** How pages name the role in their viewer's language: the text {@code account.role.ADMIN}. */
  public Text text() {
    return Text.of("account.role." + name());
  }

  /** Constants for annotations such as {@code @RolesAllowed}, which cannot take enum values. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String VOTER = "VOTER";
    public static final String AUDITOR = "AUDITOR";
    public static final String TRUSTEE = "TRUSTEE";

    private Names() {}
  }
}
