package org.securevote.trustee.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securevote.election.entity.Election;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;
import org.securevote.trustee.entity.CeremonyShare;
import org.securevote.trustee.entity.Trustee;

/** What an election's ceremony holds in the store: its trustees, their files, and its outcome. */
@Dependent
public class CeremonyLedger {
  @PersistenceContext EntityManager em;

  public List<Trustee> trustees(String electionId) {
    return em.createNamedQuery(Trustee.OF_ELECTION, Trustee.class)
        .setParameter("election", electionId)
        .getResultList();
  }

  public List<CeremonyShare> shares(String electionId) {
    return em.createNamedQuery(CeremonyShare.OF_ELECTION, CeremonyShare.class)
        .setParameter("election", electionId)
        .getResultList();
  }

  /** The n public files in trustee order, once every trustee has published one. */
  public Optional<List<PublicFile>> publicFiles(Election election) {
    List<Trustee> trustees = trustees(election.id().value());
    int n = election.trusteeCount().orElse(0);
    if (n == 0
        || trustees.size() != n
        || trustees.stream().anyMatch(t -> t.publicFile().isEmpty())) {
      return Optional.empty();
    }
    List<PublicFile> files = new ArrayList<>();
    for (Trustee t : trustees) {
      files.add(
          PublicFile.fromJson(
              JsonFiles.parse(t.publicFile().orElseThrow(), PublicFile.name(t.index()))));
    }
    return Optional.of(files);
  }

  /** The fingerprint the trustees compare out of band, once every public file is in. */
  public Optional<CeremonyFingerprint> fingerprint(Election election) {
    return publicFiles(election).map(files -> CeremonyFingerprint.of(ceremony(election), files));
  }

  /**
   * Adopts the election key once every trustee confirmed the shares it received: K and the
   * fingerprint are computed here from the stored public files, never taken from a trustee.
   *
   * @return whether the ceremony is complete now
   */
  public boolean completeIfConfirmed(Election election) {
    List<Trustee> trustees = trustees(election.id().value());
    if (trustees.size() != election.trusteeCount().orElse(0)
        || !trustees.stream().allMatch(Trustee::confirmed)) {
      return false;
    }
    List<PublicFile> files = publicFiles(election).orElseThrow();
    Ceremony ceremony = ceremony(election);
    PublicFiles publics = PublicFiles.of(ceremony, files);
    election.adoptKey(
        Group.pointHex(publics.electionKey().publicKey()),
        CeremonyFingerprint.of(ceremony, files).hex());
    return true;
  }

  /** Forgets every file, share and confirmation, and the key: the ceremony starts again. */
  public void restart(Election election) {
    deleteShares(election.id().value());
    trustees(election.id().value()).forEach(Trustee::restart);
    election.dropKey();
  }

  /** Removes the election's trustees and everything they sent. */
  public void dismissAll(String electionId) {
    deleteShares(electionId);
    trustees(electionId).forEach(em::remove);
    em.flush(); // the new trustees take the same seats
  }

  private void deleteShares(String electionId) {
    shares(electionId).forEach(em::remove);
    em.flush();
  }

  /** The ceremony as the tool's files state it (the trustee number is the caller's business). */
  public static Ceremony ceremony(Election election) {
    return new Ceremony(
        election.id().value(),
        election.trusteeCount().orElseThrow(),
        election.threshold().orElseThrow(),
        1);
  }
}
