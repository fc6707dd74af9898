package org.securevote.notification.control;

/** Delivers a short text message to a person; mail today, an SMS gateway could be another. */
public interface MessageSender {
  /**
   * @throws UndeliverableMessage when the message could not be handed over for delivery
   */
  void send(String recipient, String subject, String text);

  /** The message could not be handed over; nothing was sent. */
  class UndeliverableMessage extends RuntimeException {
    public UndeliverableMessage(String message, Throwable cause) {
      super(message, cause);
    }

    /** The mail server's or mail library's own words, which name no choice and no other voter. */
    public String reason() {
      Throwable cause = getCause() == null ? this : getCause();
      String message = cause.getMessage();
      return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
  }
}
