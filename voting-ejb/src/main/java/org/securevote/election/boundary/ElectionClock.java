package org.securevote.election.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every ten seconds, on every instance, runs a {@link ClockRound}. The timer is not persistent on
 * purpose: each step of a round is safe to run on several instances at once, so no timer state has
 * to survive or be shared.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // no tick before the schema is there, even on a first start
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ElectionClock {
  @Inject ClockRound round;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void tick() {
    round.run();
  }
}
