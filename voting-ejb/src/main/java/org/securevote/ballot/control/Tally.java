package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.securevote.audit.control.HashChain;
import org.securevote.ballot.entity.EncryptedTotal;
import org.securevote.ballot.entity.Participation;
import org.securevote.ballot.entity.TallyReport;
import org.securevote.ballot.entity.TrusteeDecryption;
import org.securevote.ballot.entity.VoteCount;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.ThresholdDecryption;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PartialsFile;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.voter.entity.Eligibility;

/**
 * Counts without opening a ballot. At closing it adds up each candidate's ciphertexts over every
 * stored ballot, streamed a page at a time, and stores the encrypted totals; once k trustees'
 * partial decryptions of those totals are in, it combines them, finds each count by the bounded
 * discrete log and stores the results and the tally digest. With no ballots every count is 0 at
 * once: there is nothing to decrypt.
 */
@Dependent
public class Tally {
  @PersistenceContext EntityManager em;
  @Inject StoredBallots stored;
  @Inject RunningTally running;
  @Inject HashChain chain;
  @Inject Clock clock;

  /**
   * At closing, after the last shuffle: the encrypted totals and the report; the results too when
   * there are no ballots. The shuffles have added up nearly every ballot already (RunningTally);
   * this adds those never summed.
   */
  public TallyReport addUp(Election election) {
    Instant started = clock.instant();
    String electionId = election.id().value();
    List<Candidate> candidates = election.candidates();
    Optional<EncryptedSum> summed = running.verified(electionId, candidates.size());
    EncryptedSum sum = summed.orElseGet(() -> new EncryptedSum(candidates.size()));
    stored.forEach(
        electionId,
        summed.isPresent() ? StoredBallots.Among.UNSUMMED : StoredBallots.Among.ALL,
        ballot -> sum.add(ballot.id(), ballot.tracker(), ballot.content()));
    int counted = sum.counted();
    List<String> rejected = sum.rejected();
    if (counted > 0) {
      for (int i = 0; i < candidates.size(); i++) {
        Ciphertext total = sum.total(i);
        em.persist(
            new EncryptedTotal(
                electionId,
                candidates.get(i).id(),
                Group.pointHex(total.a()),
                Group.pointHex(total.b())));
      }
    }
    TallyReport report =
        new TallyReport(
            electionId,
            counted,
            rejected,
            (int) count(Eligibility.COUNT, electionId),
            (int) count(Participation.COUNT, electionId),
            clock.instant(),
            clock.millis() - started.toEpochMilli());
    em.persist(report);
    if (counted == 0) {
      List<Long> zeros = candidates.stream().map(c -> 0L).toList();
      store(election, 0, List.of(), zeros);
      chain.append("system", "tally.decrypted", election.id().auditName(), "no ballots: all 0");
    }
    return report;
  }

  /**
   * Once at least k trustees' checked partial decryptions are stored, combines them into the counts
   * and stores the results. Returns whether the results now exist.
   */
  public boolean decryptWhenReady(Election election, PublishedKey key) {
    String electionId = election.id().value();
    List<PartialsFile> files =
        em.createNamedQuery(TrusteeDecryption.OF_ELECTION, TrusteeDecryption.class)
            .setParameter("election", electionId)
            .getResultStream()
            .map(d -> PartialsFile.fromJson(JsonFiles.parse(d.partialsFile(), "stored partials")))
            .toList();
    if (files.size() < key.key().threshold()) {
      return false;
    }
    List<Ciphertext> totals = totals(election);
    TallyReport report = em.find(TallyReport.class, electionId);
    List<Long> counts = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      int candidate = i;
      List<PartialDecryption> partials =
          files.stream().map(f -> f.partials().get(candidate)).toList();
      OptionalLong count =
          ThresholdDecryption.decrypt(key.key(), totals.get(i), partials, report.counted());
      if (count.isEmpty()) {
        // Valid proofs yet no count in 0..ballots: the stored ballots or totals were tampered with.
        chain.append(
            "system",
            "tally.undecryptable",
            election.id().auditName(),
            election.candidates().get(i).name() + ": no count in 0.." + report.counted());
        return false;
      }
      counts.add(count.getAsLong());
    }
    store(election, report.counted(), totals, counts);
    chain.append(
        "system",
        "tally.decrypted",
        election.id().auditName(),
        "by trustees "
            + files.stream()
                .map(f -> String.valueOf(f.trustee()))
                .collect(Collectors.joining(", ")));
    return true;
  }

  /** The stored encrypted totals in candidate order; empty when there were no ballots. */
  public List<Ciphertext> totals(Election election) {
    Map<String, EncryptedTotal> byCandidate = new HashMap<>();
    em.createNamedQuery(EncryptedTotal.OF_ELECTION, EncryptedTotal.class)
        .setParameter("election", election.id().value())
        .getResultStream()
        .forEach(t -> byCandidate.put(t.candidateId(), t));
    if (byCandidate.isEmpty()) {
      return List.of();
    }
    return election.candidates().stream()
        .map(c -> byCandidate.get(c.id()))
        .map(t -> Ciphertext.fromHex(t.a(), t.b()))
        .toList();
  }

  private void store(Election election, long ballots, List<Ciphertext> totals, List<Long> counts) {
    List<Candidate> candidates = election.candidates();
    List<Count.Line> lines = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      em.persist(
          new VoteCount(election.id().value(), candidates.get(i).id(), counts.get(i).intValue()));
      lines.add(
          new Count.Line(
              candidates.get(i).name(),
              totals.isEmpty() ? "" : Group.pointHex(totals.get(i).a()),
              totals.isEmpty() ? "" : Group.pointHex(totals.get(i).b()),
              counts.get(i)));
    }
    election.recordTally(Count.digest(election.id().value(), ballots, lines));
  }

  private long count(String query, String electionId) {
    return em.createNamedQuery(query, Long.class)
        .setParameter("election", electionId)
        .getSingleResult();
  }
}
