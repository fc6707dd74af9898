package org.securevote.voter.entity;

/** What a mailing to an election's roll says, and to whom of the roll. */
public enum MailingKind {
  /** A password link to each voter on the roll who has no password yet. */
  INVITATION,
  /** A reminder to each voter on the roll who has not voted, while voting is open. */
  REMINDER
}
