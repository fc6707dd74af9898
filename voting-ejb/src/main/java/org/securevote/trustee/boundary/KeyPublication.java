package org.securevote.trustee.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;

/**
 * An election's public key for everyone, once the election has left the draft: K, the ceremony
 * fingerprint the trustees compared, and every trustee's public file, from which anyone can
 * recompute both.
 */
@Stateless
@PermitAll
public class KeyPublication {
  @PersistenceContext EntityManager em;
  @Inject PublishedKeys keys;

  /** The key of a scheduled (or later) election; none for drafts or unknown elections. */
  public Optional<PublishedKey> of(@NotNull ElectionId id) {
    Election election = em.find(Election.class, id.value());
    if (election == null || election.status() == ElectionStatus.DRAFT) {
      return Optional.empty();
    }
    return keys.of(id.value());
  }

  /** K and the fingerprint, for the bulletin board page. */
  public Optional<KeySummary> summary(@NotNull ElectionId id) {
    return of(id)
        .map(k -> new KeySummary(Group.pointHex(k.key().publicKey()), k.fingerprint().hex()));
  }

  /** The election key in hex and the ceremony fingerprint, also in groups as trustees read it. */
  public record KeySummary(String publicKey, String fingerprint) {
    public String fingerprintGrouped() {
      return CeremonyStanding.grouped(fingerprint);
    }
  }

  /** The key as {@code GET /api/public/elections/{id}/key} gives it (docs/election-record.md). */
  public String json(@NotNull ElectionId id) {
    PublishedKey key = of(id).orElseThrow(NoSuchElection::new);
    JsonArrayBuilder publics = Json.createArrayBuilder();
    for (PublicFile file : key.publicFiles()) {
      publics.add(file.toJson());
    }
    return JsonFiles.text(
        Json.createObjectBuilder()
            .add("electionId", key.electionId())
            .add("trustees", key.publicFiles().size())
            .add("threshold", key.key().threshold())
            .add("publicKey", Group.pointHex(key.key().publicKey()))
            .add("fingerprint", key.fingerprint().hex())
            .add("trusteePublics", publics)
            .build());
  }
}
