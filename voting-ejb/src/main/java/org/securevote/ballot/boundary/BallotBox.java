package org.securevote.ballot.boundary;

import static org.securevote.account.entity.Role.Names.VOTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.ballot.control.BallotIntake;
import org.securevote.ballot.control.VotingWindow;
import org.securevote.ballot.entity.Ballot;
import org.securevote.ballot.entity.Participation;
import org.securevote.election.control.ElectionNetwork;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.Text;
import org.securevote.platform.UniqueViolation;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.voter.control.CallingVoter;
import org.securevote.voter.entity.ElectionAccountKey;
import org.securevote.voter.entity.Eligibility;
import org.securevote.voter.entity.Voter;

/** Where voters cast their one secret ballot per election. */
@Stateless
@RolesAllowed(VOTER)
public class BallotBox {
  @PersistenceContext EntityManager em;
  @Inject BallotIntake intake;
  @Inject SuspiciousActivity suspicious;
  @Inject Clock clock;
  @Inject CallingVoter callingVoter;

  @Inject
  @ConfigProperty(name = "voting.shuffle.batch", defaultValue = "25")
  int shuffleBatch;

  /**
   * Records that the caller voted and stores the ballot their device encrypted (the JSON of
   * docs/election-crypto.md), in one transaction, once every proof holds for this election. The
   * participation key, not a prior read, is what refuses a second ballot; any refusal rolls back
   * both.
   */
  @ElectionNetwork
  @VotingWindow
  public Receipt cast(@NotNull ElectionId election, @NotNull String ballotJson) {
    Voter voter = caller();
    Election e = em.find(Election.class, election.value());
    mayCast(voter, e);
    PublishedKey key = keyOf(e);
    EncryptedBallot ballot = intake.read(ballotJson);
    intake.check(e, key, ballot);
    return accept(voter, e, ballot, BallotIntake.BY_VOTER);
  }

  /**
   * The page without JavaScript: the server encrypts the chosen candidates (one on a single-choice
   * ballot) with the same scheme and proofs, and the receipt says so. It sees the choice here, as
   * any server that encrypts would.
   */
  @ElectionNetwork
  @VotingWindow
  public Receipt castChoice(@NotNull ElectionId election, @NotNull List<String> candidateIds) {
    Voter voter = caller();
    Election e = em.find(Election.class, election.value());
    mayCast(voter, e);
    Set<Integer> chosen = new TreeSet<>();
    for (String candidateId : candidateIds) {
      int index = e.candidates().indexOf(e.candidate(candidateId).orElse(null));
      if (index < 0) {
        throw new BallotRefused(BallotRefused.Kind.INVALID, Text.of("ballot.onlyOnBallot"));
      }
      chosen.add(index);
    }
    if (chosen.size() != candidateIds.size()) {
      throw new BallotRefused(BallotRefused.Kind.INVALID, Text.of("ballot.eachOnce"));
    }
    BallotPaper.of(e, false, "")
        .refusal(chosen)
        .ifPresent(
            wrong -> {
              throw new BallotRefused(BallotRefused.Kind.INVALID, wrong);
            });
    PublishedKey key = keyOf(e);
    return accept(voter, e, intake.encrypt(e, key, chosen), BallotIntake.BY_SERVER);
  }

  /** An election takes ballots only under the key its trustees' completed ceremony made. */
  private PublishedKey keyOf(Election e) {
    return intake
        .publishedKey(e)
        .orElseThrow(
            () ->
                new BallotRefused(BallotRefused.Kind.CONFLICT, Text.of("ballot.noKey", e.title())));
  }

  private void mayCast(Voter voter, Election e) {
    requireOnRoll(voter, e.id(), Text.of("ballot.notOnRollOf", e.title()));
    if (!voter.codeConfirmedFor(e, clock.instant())) {
      throw new BallotRefused(
          BallotRefused.Kind.NOT_ALLOWED,
          voter.verifiedAt().isEmpty()
              ? Text.of("ballot.confirmFirst")
              : Text.of("ballot.confirmAgain"));
    }
  }

  private Receipt accept(Voter voter, Election e, EncryptedBallot ballot, String encryptedBy) {
    String election = e.id().value();
    try {
      em.persist(new Participation(election, voter.accountId()));
      em.flush();
    } catch (PersistenceException failure) {
      if (!UniqueViolation.causes(failure)) {
        throw failure;
      }
      suspicious.record(SuspiciousActivity.DOUBLE_VOTE, voter.account().email(), election);
      throw new BallotRefused(
          BallotRefused.Kind.CONFLICT, Text.of("ballot.alreadyVoted", e.title()));
    }
    Ballot stored = intake.store(e, ballot, encryptedBy);
    return new Receipt(
        election,
        e.title(),
        stored.shortTracker(),
        stored.tracker(),
        encryptedBy,
        stored.receipt(),
        intake.receiptKey(),
        shuffleBatch,
        e.closesAt());
  }

  /** The caller's elections: every election they are on the roll of, except drafts. */
  public List<VoterElection> myElections() {
    Voter voter = callerIfVoter().orElse(null);
    if (voter == null) {
      return List.of(); // signed in with the VOTER role but not registered on any roll
    }
    List<String> ids =
        em.createNamedQuery(Eligibility.ELECTIONS_OF, String.class)
            .setParameter("account", voter.accountId())
            .getResultList();
    var now = clock.instant();
    return ids.stream()
        .map(id -> em.find(Election.class, id))
        .filter(e -> e.status() != ElectionStatus.DRAFT)
        .sorted((a, b) -> b.opensAt().compareTo(a.opensAt()))
        .map(
            e ->
                new VoterElection(
                    e.id().value(),
                    e.title(),
                    e.status(),
                    e.opensAt(),
                    e.closesAt(),
                    voted(e.id().value(), voter),
                    e.acceptsBallotsAt(now)))
        .toList();
  }

  /** The ballot paper of an election the caller may vote in. */
  @ElectionNetwork
  public BallotPaper paper(@NotNull ElectionId election) {
    Voter voter = caller();
    Election e = em.find(Election.class, election.value());
    if (e == null || e.status() == ElectionStatus.DRAFT) {
      throw new BallotRefused(BallotRefused.Kind.NOT_ALLOWED, Text.of("ballot.notOnRoll"));
    }
    requireOnRoll(voter, election, Text.of("ballot.notOnRoll"));
    return BallotPaper.of(
        e,
        !voter.codeConfirmedFor(e, clock.instant()),
        intake.publishedKey(e).map(k -> Group.pointHex(k.key().publicKey())).orElse(""));
  }

  public boolean hasVoted(@NotNull ElectionId election) {
    return voted(election.value(), caller());
  }

  /** Refuses, and records as suspicious, a voter who is not on the election's roll. */
  private void requireOnRoll(Voter voter, ElectionId election, Text refusal) {
    if (em.find(Eligibility.class, new ElectionAccountKey(election.value(), voter.accountId()))
        == null) {
      suspicious.record(SuspiciousActivity.NOT_ON_ROLL, voter.account().email(), election.value());
      throw new BallotRefused(BallotRefused.Kind.NOT_ALLOWED, refusal);
    }
  }

  private boolean voted(String electionId, Voter voter) {
    return em.find(Participation.class, new ElectionAccountKey(electionId, voter.accountId()))
        != null;
  }

  private Voter caller() {
    return callerIfVoter()
        .orElseThrow(
            () ->
                new BallotRefused(
                    BallotRefused.Kind.NOT_ALLOWED, Text.of("verification.notAVoter")));
  }

  private Optional<Voter> callerIfVoter() {
    return callingVoter.find();
  }
}
