package org.securevote.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.ballot.control.BallotIntake;
import org.securevote.ballot.control.Shuffle;
import org.securevote.ballot.entity.Ballot;
import org.securevote.ballot.entity.Participation;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.tools.format.BallotJson;
import org.securevote.voter.entity.Eligibility;
import org.securevote.voter.entity.Voter;

/** Test data written straight through JPA, each call in its own transaction. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Fixtures {
  public static final List<String> VOTERS =
      List.of(
          "voter1@it.example.org",
          "voter2@it.example.org",
          "voter3@it.example.org",
          "voter4@it.example.org",
          "voter5@it.example.org");

  @PersistenceContext EntityManager em;
  @Inject BallotIntake intake;
  @Inject Shuffle shuffle;

  /**
   * Stores one encrypted ballot per candidate id, as the ballot box would but without voters: each
   * encrypted here under the election's published key for that candidate's position, checked and
   * stored through the ballot box's own {@link BallotIntake}. For counting tests; returns the
   * ballot ids.
   */
  public List<String> castWithoutVoters(String electionId, List<String> candidateIds) {
    Election election = em.find(Election.class, electionId);
    var key = intake.publishedKey(election).orElseThrow();
    List<String> order = election.candidates().stream().map(Candidate::id).toList();
    return candidateIds.stream()
        .map(
            c -> {
              int index = order.indexOf(c);
              if (index < 0) {
                throw new IllegalArgumentException("no candidate " + c + " in " + electionId);
              }
              var ballot = intake.encrypt(election, key, java.util.Set.of(index));
              intake.check(election, key, ballot);
              Ballot stored = intake.store(election, ballot, BallotIntake.BY_VOTER);
              return stored.id();
            })
        .toList();
  }

  /**
   * The JSON a voter's device sends for this candidate: encrypted here, as the browser does, under
   * the election's published key.
   */
  public String ballotFor(String electionId, String candidateId) {
    Election election = em.find(Election.class, electionId);
    int index = election.candidates().stream().map(Candidate::id).toList().indexOf(candidateId);
    return BallotJson.toJson(
            intake.encrypt(
                election, intake.publishedKey(election).orElseThrow(), java.util.Set.of(index)))
        .toString();
  }

  /**
   * Stores encrypted ballots as the ballot box does, without voters: each choice (a 0-based
   * candidate position) encrypted in-process to the election's published key and stored through the
   * ballot box's own {@link BallotIntake}.
   *
   * @return the ballots' trackers (64 hex)
   */
  public List<String> castEncrypted(String electionId, List<Integer> choices) {
    Election election = em.find(Election.class, electionId);
    var key = intake.publishedKey(election).orElseThrow();
    List<String> trackers = new ArrayList<>();
    for (int choice : choices) {
      var ballot = intake.encrypt(election, key, java.util.Set.of(choice));
      intake.check(election, key, ballot);
      trackers.add(intake.store(election, ballot, BallotIntake.BY_VOTER).tracker());
    }
    return trackers;
  }

  /**
   * Gives the election's trustee seats 1..m to the test trustee callers' accounts (created once),
   * in place of the accounts a {@link Ceremonies} fixture made, so in-container tests can act as
   * trustee i.
   */
  public void seatTrustees(String electionId) {
    List<Object[]> seats =
        rows("select trustee_index from trustee where election_id = ?1 order by 1", electionId);
    for (int i = 0; i < seats.size() && i < Callers.TRUSTEES.size(); i++) {
      String email = Callers.TRUSTEES.get(i);
      Account account =
          em.createNamedQuery(Account.BY_EMAIL, Account.class)
              .setParameter("email", email)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (account == null) {
        account = new Account(email, "IT trustee " + (i + 1), null, Set.of(Role.TRUSTEE));
        em.persist(account);
        em.flush();
      }
      sql(
          "update trustee set account_id = ?1 where election_id = ?2 and trustee_index = ?3",
          account.id(),
          electionId,
          ((Number) seats.get(i)[0]).intValue());
    }
  }

  /** Records that a test voter voted, as the ballot box does beside their ballot. */
  public void participate(String electionId, String email) {
    Voter voter =
        em.createNamedQuery(Voter.BY_EMAIL, Voter.class)
            .setParameter("email", email)
            .getSingleResult();
    em.persist(new Participation(electionId, voter.accountId()));
  }

  /** Shuffles an election's new ballots as the clock does while voting is open. */
  public int shuffleBatch(String electionId, int minimum) {
    return shuffle.shuffle(new ElectionId(electionId), minimum);
  }

  /** Shuffles every new ballot of an election now, whatever the batch size. */
  public int shuffleAll(String electionId) {
    return shuffle.shuffle(new ElectionId(electionId), 0);
  }

  /** The five test voters exist (created once per database). */
  public void ensureTestVoters() {
    for (String email : VOTERS) {
      boolean exists =
          !em.createNamedQuery(Voter.BY_EMAIL, Voter.class)
              .setParameter("email", email)
              .getResultList()
              .isEmpty();
      if (!exists) {
        Account account = new Account(email, email, null, Set.of(Role.VOTER));
        em.persist(account);
        Voter voter = new Voter(account, "IT-" + email.substring(0, email.indexOf('@')));
        voter.markVerified(java.time.Instant.now(), "test-fixture");
        em.persist(voter);
      }
    }
  }

  /** Puts a test voter on an election's roll without the roll rules (for any status). */
  public void enrol(String electionId, String email) {
    Voter voter =
        em.createNamedQuery(Voter.BY_EMAIL, Voter.class)
            .setParameter("email", email)
            .getSingleResult();
    em.persist(new Eligibility(electionId, voter.accountId()));
  }

  /** Runs native SQL, e.g. to tamper with a row the way a database intruder would. */
  public int sql(String statement, Object... parameters) {
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public List<Object[]> rows(String select, Object... parameters) {
    var query = em.createNativeQuery(select);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> result = query.getResultList();
    return result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
  }
}
