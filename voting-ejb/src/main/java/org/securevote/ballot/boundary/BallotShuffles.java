package org.securevote.ballot.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.ballot.control.Shuffle;
import org.securevote.election.entity.ElectionId;

/** Shuffles an open election's new ballots onto the board once a whole batch is waiting. */
@Stateless
@PermitAll // acts only on what is due; nobody can make it do more
public class BallotShuffles {
  @Inject Shuffle shuffle;

  @Inject
  @ConfigProperty(name = "voting.shuffle.batch", defaultValue = "25")
  int shuffleBatch;

  /** One election per transaction, so one failing election does not hold up the others. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int shuffleWaiting(ElectionId id) {
    return shuffle.shuffle(id, shuffleBatch);
  }
}
