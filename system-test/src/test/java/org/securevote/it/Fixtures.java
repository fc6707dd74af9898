package org.securevote.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.ballot.control.BallotSealer;
import org.securevote.ballot.control.Choice;
import org.securevote.ballot.control.Shuffle;
import org.securevote.ballot.entity.Ballot;
import org.securevote.ballot.entity.Participation;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.RandomIds;
import org.securevote.integrity.Signing;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SingleChoiceBallot;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;
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
  @Inject BallotSealer sealer;
  @Inject Shuffle shuffle;
  @Inject PublishedKeys publishedKeys;
  @Inject KeyRing keyRing;

  /** Stores ballots as the ballot box would, without voters: for counting tests. */
  public List<String> castWithoutVoters(String electionId, List<String> candidateIds) {
    Election election = em.find(Election.class, electionId);
    return candidateIds.stream()
        .map(
            c -> {
              Ballot ballot = sealer.seal(election, new Choice(List.of(c)));
              em.persist(ballot);
              return ballot.id();
            })
        .toList();
  }

  /**
   * Stores encrypted ballots as the ballot box does, without voters: each choice (a 0-based
   * candidate position) encrypted in-process to the election's published key with its proofs, its
   * tracker, a receipt signed with the server's key, and one ballot_ciphertext row per selection.
   *
   * @return the ballots' trackers (64 hex)
   */
  public List<String> castEncrypted(String electionId, List<Integer> choices) {
    Election election = em.find(Election.class, electionId);
    PublishedKey key = publishedKeys.of(electionId).orElseThrow();
    int candidates = election.candidates().size();
    List<String> trackers = new ArrayList<>();
    for (int choice : choices) {
      SingleChoiceBallot ballot =
          SingleChoiceBallot.encrypt(
                  electionId, key.key().publicKey(), candidates, choice, new SecureRandom())
              .ballot();
      String tracker = TrackerDigest.of(electionId, ballot);
      String receipt =
          HexFormat.of()
              .formatHex(
                  keyRing
                      .signing()
                      .sign( // the transcript fields of the receipt (record-spec), length-prefixed
                          Signing.utf8("securevote/v1/receipt"),
                          Signing.utf8(electionId),
                          Signing.utf8(tracker),
                          Signing.utf8("voter")));
      em.persist(
          Ballot.encrypted(
              RandomIds.next(),
              electionId,
              JsonFiles.text(BallotJson.toJson(ballot)),
              tracker,
              TrackerDigest.shortForm(tracker),
              receipt,
              "voter"));
      for (Ciphertext c : ballot.selections()) {
        em.createNativeQuery("insert into ballot_ciphertext (election_id, a) values (?1, ?2)")
            .setParameter(1, electionId)
            .setParameter(2, Group.pointHex(c.a()))
            .executeUpdate();
      }
      trackers.add(tracker);
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
