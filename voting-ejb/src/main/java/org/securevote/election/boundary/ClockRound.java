package org.securevote.election.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.election.control.ClockTicked;
import org.securevote.election.entity.ElectionId;

/**
 * One round of the election clock: opens and closes what is due, then tells the ballots (which
 * shuffle, sample turnout and sweep on {@link ClockTicked}). Every instance of a cluster runs
 * rounds, at the same moments; each step locks what it changes and re-checks, so it happens once.
 */
@Stateless
@PermitAll // acts only on what is due by the clock; nobody can make it do more
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step has its own
public class ClockRound {
  private static final Logger LOG = Logger.getLogger(ClockRound.class.getName());

  @Inject ElectionSchedule schedule;
  @Inject Event<ClockTicked> ticked;

  /**
   * The elections this round opened and closed (another instance's round may have done the rest).
   */
  public record Done(List<ElectionId> opened, List<ElectionId> closed) {}

  public Done run() {
    List<ElectionId> opened = each(schedule.dueToOpen(), schedule::openIfDue, "open");
    List<ElectionId> closed = each(schedule.dueToClose(), schedule::closeIfDue, "close");
    ticked.fire(new ClockTicked(schedule.running()));
    return new Done(opened, closed);
  }

  private static List<ElectionId> each(
      List<ElectionId> ids, Predicate<ElectionId> step, String what) {
    List<ElectionId> done = new ArrayList<>();
    for (ElectionId id : ids) {
      try {
        if (step.test(id)) {
          done.add(id);
        }
      } catch (RuntimeException e) {
        // One failing election must not stop the others; the next round tries it again.
        LOG.log(Level.SEVERE, "Could not " + what + " election " + id, e);
      }
    }
    return done;
  }
}
