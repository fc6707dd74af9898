package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.util.List;
import org.securevote.audit.control.AuditSubject;

/**
 * Where an election's decryption stands, as trustee {@code trustee} sees it: how many ballots were
 * added up (once {@code closed}), which trustees have sent valid partial decryptions and whether
 * the k needed are in.
 */
public record DecryptionState(
    String electionId,
    String title,
    String stage,
    boolean closed,
    int trustee,
    int trustees,
    int threshold,
    long ballots,
    List<Integer> decryptedBy,
    boolean decrypted)
    implements AuditSubject, Serializable {

  public DecryptionState {
    decryptedBy = List.copyOf(decryptedBy);
  }

  /** Whether this trustee's partial decryptions are in. */
  public boolean sent() {
    return decryptedBy.contains(trustee);
  }

  @Override
  public String auditName() {
    return "election:" + electionId;
  }

  @Override
  public String auditDetail() {
    return "trustee " + trustee + "'s partial decryptions checked and kept";
  }
}
