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
  }
}
