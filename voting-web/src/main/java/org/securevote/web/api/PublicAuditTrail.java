package org.securevote.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.securevote.audit.boundary.TrailExport;
import org.securevote.audit.boundary.TrailVerification;

/** What anyone needs to check an exported audit trail: the key its checkpoints verify with. */
@Path("public/audit")
@RequestScoped
public class PublicAuditTrail {
  @Inject TrailVerification verification;
  @Inject TrailExport export;

  /** The server's Ed25519 public key, 64 hex digits: the same key that signs ballot receipts. */
  @GET
  @Path("key")
  @Produces(MediaType.TEXT_PLAIN)
  public String key() {
    return verification.publicKey();
  }

  /**
   * The server's OpenPGP public key that signs sealed trail exports, for {@code gpg --import}; its
   * fingerprint never changes while VOTING_SIGNING_KEY does not.
   */
  @GET
  @Path("openpgp-key.asc")
  @Produces("application/pgp-keys")
  public String openPgpKey() {
    return export.openPgpKey();
  }
}
