package org.securevote.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/** Sends through the server's mail session {@code mail/voting}, which server-config sets up. */
@ApplicationScoped
public class MailSender implements MessageSender {
  @Resource(lookup = "mail/voting")
  Session session;

  @Override
  public void send(String recipient, String subject, String text) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(); // the session's mail.from
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new UndeliverableMessage("The email to " + recipient + " could not be sent", e);
    }
  }
}
