package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.securevote.ballot.entity.Ballot;
import org.securevote.election.control.ElectionKeys;
import org.securevote.election.entity.Election;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.RandomIds;
import org.securevote.integrity.Sealing;
import org.securevote.integrity.Signing;
import org.securevote.integrity.Trackers;

/** Turns a choice into a stored ballot, and checks and opens stored ballots for the tally. */
@Dependent
public class BallotSealer {
  @Inject ElectionKeys electionKeys;
  @Inject KeyRing keys;

  public Ballot seal(Election election, Choice choice) {
    String ballotId = RandomIds.next();
    String electionId = election.id().value();
    byte[] sealed =
        Sealing.seal(
            electionKeys.ballotKey(election), choice.encode(), place(electionId, ballotId));
    byte[] signature =
        keys.signing().sign(Signing.utf8(electionId), Signing.utf8(ballotId), sealed);
    return new Ballot(ballotId, electionId, sealed, signature, Trackers.of(sealed));
  }

  /** Opens a ballot whose signature holds; throws when it was altered in any way. */
  public Choice open(byte[] ballotKey, byte[] publicKey, Ballot ballot) {
    byte[] sealed = ballot.sealed();
    boolean signed =
        Signing.verify(
            publicKey,
            ballot.signature(),
            Signing.utf8(ballot.electionId()),
            Signing.utf8(ballot.id()),
            sealed);
    if (!signed) {
      throw new Sealing.TamperedException("Signature does not match");
    }
    if (!Trackers.of(sealed).equals(ballot.tracker())) {
      throw new Sealing.TamperedException("Tracker does not match");
    }
    return Choice.decode(Sealing.open(ballotKey, sealed, place(ballot.electionId(), ballot.id())));
  }

  private static byte[] place(String electionId, String ballotId) {
    return Signing.utf8("ballot:" + electionId + ":" + ballotId);
  }
}
