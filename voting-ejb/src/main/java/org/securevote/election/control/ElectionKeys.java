package org.securevote.election.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.RandomIds;
import org.securevote.integrity.Sealing;
import org.securevote.integrity.Signing;

/** Each election's ballot key: random, stored only sealed under the master key. */
@Dependent
public class ElectionKeys {
  @Inject KeyRing keys;

  public byte[] newSealedKey(ElectionId election) {
    return Sealing.seal(keys.masterKey(), RandomIds.bytes(Sealing.KEY_BYTES), place(election));
  }

  public byte[] ballotKey(Election election) {
    return Sealing.open(keys.masterKey(), election.sealedKey(), place(election.id()));
  }

  private static byte[] place(ElectionId election) {
    return Signing.utf8("election-key:" + election.value());
  }
}
