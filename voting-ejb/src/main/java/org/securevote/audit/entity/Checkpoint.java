package org.securevote.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.securevote.integrity.Signing;
import org.securevote.tools.crypto.AuditCheckpoint;

/** The server's signature on the chain's head at one entry (docs/audit-trail.md). */
@Entity
@Table(name = "audit_checkpoint")
public class Checkpoint {
  @Id private long seq;

  private String hash;

  @Column(name = "signed_at")
  private OffsetDateTime signedAt;

  private String signature;

  protected Checkpoint() {}

  /** Signs entry's seq and hash, in the bytes {@link AuditCheckpoint#message} defines. */
  public Checkpoint(AuditEntry entry, Signing signing, Instant now) {
    this.seq = entry.seq();
    this.hash = entry.hash();
    this.signedAt = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.signature =
        HexFormat.of()
            .formatHex(
                signing.sign(
                    Signing.utf8(AuditCheckpoint.TAG),
                    Signing.utf8(Long.toString(seq)),
                    Signing.utf8(hash)));
  }

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }

  public String signature() {
    return signature;
  }
}
