package org.securevote.ballot.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.securevote.ballot.control.StoredBallots;
import org.securevote.ballot.control.Tally;
import org.securevote.ballot.entity.Participation;
import org.securevote.ballot.entity.TrusteeDecryption;
import org.securevote.ballot.entity.VoteCount;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.integrity.KeyRing;
import org.securevote.platform.Text;
import org.securevote.tools.format.BallotQuestions;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;

/**
 * The election record (docs/election-record.md): everything needed to check an election end to end,
 * for whoever may see its results ({@link ResultsRelease}). Its head comes in one call and its
 * ballots a page at a time, so the record of 100,000 ballots is streamed, never held whole.
 */
@Stateless
@PermitAll
public class ElectionRecords {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject PublishedKeys keys;
  @Inject KeyRing keyRing;
  @Inject StoredBallots stored;
  @Inject Tally tally;

  public RecordHead head(@NotNull ElectionId id) {
    Election e = released(id);
    PublishedKey key = keys.of(id.value()).orElseThrow();
    List<String> names = e.candidates().stream().map(Candidate::ballotName).toList();
    Map<String, Integer> votes = new HashMap<>();
    em.createNamedQuery(VoteCount.OF_ELECTION, VoteCount.class)
        .setParameter("election", id.value())
        .getResultStream()
        .forEach(v -> votes.put(v.candidateId(), v.votes()));
    return new RecordHead(
        e.id().value(),
        e.title(),
        e.ballotType().name(),
        e.choiceBounds().min(),
        e.choiceBounds().max(),
        questions(e),
        e.opensAt(),
        e.closesAt(),
        names,
        e.trusteeCount().orElseThrow(),
        e.threshold().orElseThrow(),
        key.publicFiles().stream().map(PublicFile::toJson).map(JsonFiles::text).toList(),
        e.publicKey().orElseThrow(),
        key.fingerprint().hex(),
        HexFormat.of().formatHex(keyRing.signing().publicKey()),
        em.createNamedQuery(Participation.COUNT, Long.class)
            .setParameter("election", id.value())
            .getSingleResult(),
        EncryptedTotals.named(names, tally.totals(e)),
        em.createNamedQuery(TrusteeDecryption.OF_ELECTION, TrusteeDecryption.class)
            .setParameter("election", id.value())
            .getResultStream()
            .map(TrusteeDecryption::partialsFile)
            .toList(),
        e.candidates().stream()
            .map(c -> new RecordHead.Result(c.ballotName(), votes.getOrDefault(c.id(), 0)))
            .toList());
  }

  /**
   * The election's further questions as the record and BALLOTS.json list them, in ballot order;
   * empty for a ballot of one question.
   */
  static List<BallotQuestions.Question> questions(Election e) {
    return e.questions().stream()
        .map(q -> new BallotQuestions.Question(q.title(), e.answers(q).size(), q.bounds()))
        .toList();
  }

  /** A page of the record's ballots, in tracker order, from where the previous page ended. */
  public PostedBallot.Page ballots(@NotNull ElectionId id, @NotNull String after) {
    return PostedBallot.Page.of(stored.counted(released(id).id().value(), after));
  }

  private Election released(ElectionId id) {
    Election e = em.find(Election.class, id.value());
    if (e == null || e.status() == ElectionStatus.DRAFT) {
      throw new NoSuchElection();
    }
    ResultsRelease.require(e, ResultsRelease.staff(session));
    if (e.publicKey().isEmpty()) {
      throw new ResultsNotAvailable(Text.of("record.noKey", e.title()));
    }
    return e;
  }
}
