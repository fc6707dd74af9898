package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.securevote.election.control.VotingEnded;
import org.securevote.election.control.VotingEnding;
import org.securevote.election.entity.ElectionStatus;

/**
 * The ballots' part of an election's end, inside the closing's transaction: no cast can commit
 * between the closing and the count, and the ballots of a cancelled election, though never counted,
 * do not stay linkable to their voters.
 */
@Dependent
public class ClosingCount {
  @Inject CastLock lock;
  @Inject Shuffle shuffle;
  @Inject Tally tally;

  void stopCasts(@Observes VotingEnding ending) {
    lock.excludeCasts(ending.election());
  }

  void settle(@Observes VotingEnded ended) {
    shuffle.shuffle(ended.election().id(), 0);
    if (ended.election().status() == ElectionStatus.CLOSED) {
      tally.addUp(ended.election());
    }
  }
}
