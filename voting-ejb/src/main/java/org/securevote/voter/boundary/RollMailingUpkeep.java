package org.securevote.voter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.election.control.ClockTicked;
import org.securevote.notification.control.MessageSender;

/**
 * On every tick of the election clock, sends the next batch of the mailings admins asked for, if
 * the pace allows one: claimed in one transaction, mailed outside any, recorded in another. A
 * failure is logged and left to the next tick.
 */
@Stateless
@PermitAll // sends only what admins asked for, at the configured pace
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step has its own
public class RollMailingUpkeep {
  private static final Logger LOG = Logger.getLogger(RollMailingUpkeep.class.getName());

  @Inject RollMailingBatches batches;
  @Inject MessageSender sender;

  public void afterTick(@Observes ClockTicked tick) {
    try {
      batches.claimNext().ifPresent(this::send);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not send the next batch of a mailing", e);
    }
  }

  private void send(RollMailingBatches.Batch batch) {
    int sent = 0;
    Map<Long, String> failures = new LinkedHashMap<>();
    for (var letter : batch.letters().entrySet()) {
      try {
        sender.send(letter.getValue().to(), letter.getValue().subject(), letter.getValue().text());
        sent++;
      } catch (MessageSender.UndeliverableMessage e) {
        failures.put(letter.getKey(), e.reason());
      }
    }
    batches.record(batch, sent, failures);
  }
}
