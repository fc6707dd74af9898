package org.securevote.voter.entity;

/** A single mail to one voter, as its failure is listed. */
public enum LetterKind {
  /** The one-time code that confirms a voter before casting. */
  CODE("voting code"),
  /** The link to choose a password. */
  PASSWORD_LINK("password link"),
  /** A notice that a change to the voter's account was asked for, made or refused. */
  NOTICE("account notice");

  private final String description;

  LetterKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
