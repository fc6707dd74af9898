package org.securevote.ballot.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.election.control.ClockTicked;
import org.securevote.election.entity.ElectionId;

/**
 * On every tick of the election clock, after its openings and closings: shuffles the new ballots of
 * running elections and samples their turnout for the dashboard, then sweeps away what those
 * shuffles, closings and cancellations left in the database files. A failure is logged and left to
 * the next tick.
 */
@Stateless
@PermitAll // acts only on what is due; nobody can make it do more
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step has its own
public class BallotUpkeep {
  private static final Logger LOG = Logger.getLogger(BallotUpkeep.class.getName());

  @Inject BallotShuffles shuffles;
  @Inject BallotSweep sweep;
  @Inject Dashboards dashboards;

  public void afterTick(@Observes ClockTicked tick) {
    for (ElectionId id : tick.running()) {
      try {
        shuffles.shuffleWaiting(id);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not shuffle ballots of election " + id, e);
      }
      try {
        dashboards.sampleTurnout(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not sample the turnout of election " + id, e);
      }
    }
    try {
      sweep.sweepIfDue();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not sweep after shuffles; the next tick tries again", e);
    }
  }
}
