package org.securevote.election.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.election.control.ClockTicked;
import org.securevote.election.entity.ElectionId;

/**
 * Every ten seconds, on every instance: opens and closes what is due, then tells the ballots (which
 * shuffle and sweep on {@link ClockTicked}). The timer is not persistent on purpose: {@link
 * ElectionSchedule} makes each step safe to run on several instances at once, so no timer state has
 * to survive or be shared.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // no tick before the schema is there, even on a first start
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ElectionClock {
  private static final Logger LOG = Logger.getLogger(ElectionClock.class.getName());

  @Inject ElectionSchedule schedule;
  @Inject Event<ClockTicked> ticked;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void tick() {
    each(schedule.dueToOpen(), schedule::openIfDue, "open");
    each(schedule.dueToClose(), schedule::closeIfDue, "close");
    ticked.fire(new ClockTicked(schedule.running()));
  }

  private static void each(java.util.List<ElectionId> ids, Consumer<ElectionId> step, String what) {
    for (ElectionId id : ids) {
      try {
        step.accept(id);
      } catch (RuntimeException e) {
        // One failing election must not stop the others; the next tick tries it again.
        LOG.log(Level.SEVERE, "Could not " + what + " election " + id, e);
      }
    }
  }
}
