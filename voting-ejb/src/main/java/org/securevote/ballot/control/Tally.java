package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securevote.ballot.entity.Ballot;
import org.securevote.ballot.entity.Participation;
import org.securevote.ballot.entity.TallyReport;
import org.securevote.ballot.entity.VoteCount;
import org.securevote.election.control.ElectionKeys;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.Sealing;
import org.securevote.voter.entity.Eligibility;

/**
 * Counts a closed election in one pass over its ballots: checks each signature and tracker, opens
 * the sealed choice and counts it. A ballot that fails any check is reported by id, never counted
 * and never dropped silently. The digest covers every ballot's id, tracker and verdict and the
 * totals, so anyone holding the ballot list can recompute it.
 */
@Dependent
public class Tally {
  @PersistenceContext EntityManager em;
  @Inject BallotSealer sealer;
  @Inject ElectionKeys electionKeys;
  @Inject KeyRing keys;
  @Inject Clock clock;

  public TallyReport count(Election election) {
    Instant started = clock.instant();
    byte[] ballotKey = electionKeys.ballotKey(election);
    byte[] publicKey = keys.signing().publicKey();
    Map<String, Integer> votes = new LinkedHashMap<>();
    election.candidates().forEach(c -> votes.put(c.id(), 0));
    List<String> rejected = new ArrayList<>();
    MessageDigest digest = sha256();
    int counted = 0;
    List<Ballot> ballots =
        em.createNamedQuery(Ballot.OF_ELECTION, Ballot.class)
            .setParameter("election", election.id().value())
            .getResultList();
    for (Ballot ballot : ballots) {
      String verdict;
      try {
        Choice choice = sealer.open(ballotKey, publicKey, ballot);
        if (choice.candidateIds().size() != 1 || !votes.containsKey(choice.candidateIds().get(0))) {
          throw new Sealing.TamperedException("Not a valid choice for this election");
        }
        votes.merge(choice.candidateIds().get(0), 1, Integer::sum);
        counted++;
        verdict = "counted";
      } catch (Sealing.TamperedException | IllegalArgumentException e) {
        rejected.add(ballot.id());
        verdict = "rejected";
      }
      update(digest, ballot.id() + ":" + ballot.tracker() + ":" + verdict);
    }
    for (Candidate candidate : election.candidates()) {
      int n = votes.get(candidate.id());
      update(digest, "total:" + candidate.id() + ":" + n);
      em.persist(new VoteCount(election.id().value(), candidate.id(), n));
    }
    long eligible =
        em.createNamedQuery(Eligibility.COUNT, Long.class)
            .setParameter("election", election.id().value())
            .getSingleResult();
    long participations =
        em.createNamedQuery(Participation.COUNT, Long.class)
            .setParameter("election", election.id().value())
            .getSingleResult();
    String hex = HexFormat.of().formatHex(digest.digest());
    election.recordTally(hex);
    TallyReport report =
        new TallyReport(
            election.id().value(),
            counted,
            rejected,
            (int) eligible,
            (int) participations,
            clock.instant(),
            clock.millis() - started.toEpochMilli());
    em.persist(report);
    return report;
  }

  private static void update(MessageDigest digest, String line) {
    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
