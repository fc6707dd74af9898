package org.securevote.voter.entity;

/**
 * A single mail to one voter, as its failure is listed; the list names it by the text {@code
 * voter.letter.} and the kind's name.
 */
public enum LetterKind {
  /** The one-time code that confirms a voter before casting. */
  CODE,
  /** The link to choose a password. */
  PASSWORD_LINK,
  /** A notice that a change to the voter's account was asked for, made or refused. */
  NOTICE
}
