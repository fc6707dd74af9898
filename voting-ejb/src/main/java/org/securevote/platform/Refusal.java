package org.securevote.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request the business refuses, with a message for the person who asked. Every refusal of every
 * component is one of these, so each entry point (a page, the API) turns them into its own answer
 * in one place. Rolled back, unless a subclass says otherwise.
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends RuntimeException {
  /** What sort of refusal, in the business's words; entry points map it to their own terms. */
  public enum Kind {
    /** What was sent cannot be accepted as it is: a choice not on the ballot, a bad file. */
    INVALID,
    /** The caller may not do this: not on the roll, from a network the election does not allow. */
    NOT_ALLOWED,
    /** There is no such thing, or none this caller may see. */
    NOT_FOUND,
    /** Not in the current state of things: already voted, voting closed, not published yet. */
    CONFLICT
  }

  private final Kind kind;
  private final Text text;

  /** A refusal whose message is a text; its exception message is the English one. */
  protected Refusal(Kind kind, Text text) {
    super(text.english());
    this.kind = kind;
    this.text = text;
  }

  /** The message in the viewer's language where it has one. */
  public String message(java.util.Locale locale) {
    return text.in(locale);
  }

  /** What the refusal says, to pass on as another component's refusal. */
  public Text text() {
    return text;
  }

  public Kind kind() {
    return kind;
  }
}
