package org.securevote.audit.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HexFormat;
import org.securevote.audit.control.TrailPages;
import org.securevote.integrity.KeyRing;
import org.securevote.tools.verify.TrailCheck;

/**
 * Checks the whole stored trail as the trustees' tool checks an export (TrailCheck), and also that
 * each checkpoint signed the hash its entry has and names an entry that exists. Reads only, with no
 * transaction and no audit entry of its own, so it runs while appends are held up.
 */
@Stateless
@RolesAllowed({ADMIN, AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrailVerification {
  @Inject TrailPages pages;
  @Inject KeyRing keys;

  public TrailVerdict check() {
    TrailCheck check = new TrailCheck(publicKey());
    pages.walk(
        pages.head(),
        stored -> {
          if (stored.checkpointHash() != null
              && !stored.checkpointHash().equals(stored.row().hash())) {
            check.refuseCheckpoint(
                stored.row().seq(), "its checkpoint was signed on a hash the entry does not have");
          }
          check.accept(stored.row());
        });
    pages
        .orphanCheckpoint()
        .ifPresent(seq -> check.refuseCheckpoint(seq, "a checkpoint names it, but it is missing"));
    return TrailVerdict.of(check);
  }

  /** The Ed25519 key checkpoints verify with, 64 hex digits; the same key signs receipts. */
  @PermitAll
  public String publicKey() {
    return HexFormat.of().formatHex(keys.signing().publicKey());
  }
}
