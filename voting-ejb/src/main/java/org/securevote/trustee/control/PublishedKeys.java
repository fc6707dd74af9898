package org.securevote.trustee.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;
import org.securevote.trustee.entity.Trustee;

/**
 * The key an election's ceremony produced, rebuilt from the trustees' stored public files and
 * checked against what the election adopted. Keys are frozen once an election leaves the draft, so
 * those are kept in memory: a cast should not re-check n*(k+1) proofs of knowledge.
 */
@ApplicationScoped
public class PublishedKeys {
  @PersistenceContext EntityManager em;

  private final Map<String, PublishedKey> frozen = new ConcurrentHashMap<>();

  /** Empty while the election has no complete ceremony (or does not exist). */
  public Optional<PublishedKey> of(String electionId) {
    PublishedKey known = frozen.get(electionId);
    if (known != null) {
      return Optional.of(known);
    }
    Election election = em.find(Election.class, electionId);
    if (election == null || election.publicKey().isEmpty()) {
      return Optional.empty();
    }
    PublishedKey key = rebuild(election);
    if (election.status() != ElectionStatus.DRAFT) {
      frozen.put(electionId, key);
    }
    return Optional.of(key);
  }

  private PublishedKey rebuild(Election election) {
    String id = election.id().value();
    int n = election.trusteeCount().orElseThrow();
    int k = election.threshold().orElseThrow();
    List<PublicFile> files = new ArrayList<>();
    for (Trustee t :
        em.createNamedQuery(Trustee.OF_ELECTION, Trustee.class)
            .setParameter("election", id)
            .getResultList()) {
      String source = "trustee-" + t.index() + ".public.json";
      PublicFile file = PublicFile.fromJson(JsonFiles.parse(t.publicFile().orElseThrow(), source));
      files.add(file);
    }
    Ceremony ceremony = new Ceremony(id, n, k, 1);
    for (int i = 0; i < files.size(); i++) {
      files.get(i).check(ceremony, i + 1, "trustee-" + (i + 1) + ".public.json");
    }
    PublicFiles publics = PublicFiles.of(ceremony, files);
    CeremonyFingerprint fingerprint = CeremonyFingerprint.of(ceremony, files);
    // The election adopted exactly this key and fingerprint; anything else is a corrupted store.
    if (!Group.pointHex(publics.electionKey().publicKey()).equals(election.publicKey().get())
        || !fingerprint.hex().equals(election.fingerprint().orElse(""))) {
      throw new IllegalStateException(
          "election " + id + ": the stored public files do not give the adopted key");
    }
    return new PublishedKey(publics.electionKey(), fingerprint, files);
  }
}
