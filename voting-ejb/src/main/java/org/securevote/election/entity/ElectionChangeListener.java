package org.securevote.election.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostUpdate;

/**
 * Tells the rest of the application when an election row is written, whoever wrote it (an admin,
 * the election clock, the tally): the one place that cannot miss a change.
 */
public class ElectionChangeListener {
  @Inject Event<ElectionChanged> changed;

  @PostUpdate
  void updated(Election election) {
    changed.fire(new ElectionChanged(election.id()));
  }
}
