package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.securevote.ballot.entity.Ballot;
import org.securevote.election.entity.Election;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.RandomIds;
import org.securevote.integrity.Signing;
import org.securevote.platform.Text;
import org.securevote.platform.UniqueViolation;
import org.securevote.tools.crypto.BallotVerdict;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.FormatRefusal;
import org.securevote.tools.format.JsonFiles;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;

/**
 * How an encrypted ballot enters the store: read in the protocol's shape, every proof checked
 * against the election's published key, then stored with its tracker and the server's signed
 * receipt, each ciphertext's A in ballot_ciphertext, whose key refuses a repeat. The ballot box and
 * the test fixtures share it, so no ballot is stored another way.
 */
@Dependent
public class BallotIntake {
  /** Who encrypted a ballot, as the receipt and the record say it. */
  public static final String BY_VOTER = "voter";

  public static final String BY_SERVER = "server";

  private static final String RECEIPT_TAG = "securevote/v1/receipt";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject PublishedKeys publishedKeys;
  @Inject KeyRing keys;

  /** The election's key, once its trustees have completed the key ceremony. */
  public Optional<PublishedKey> publishedKey(Election election) {
    return publishedKeys.of(election.id().value());
  }

  /** The ballot as sent; refused, naming what is wrong, unless it has the protocol's shape. */
  public EncryptedBallot read(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidBallot(Text.of("ballot.invalid.none"));
    }
    try {
      return BallotJson.fromJson(JsonFiles.parse(json, "the ballot"));
    } catch (FormatRefusal | CryptoRefusal e) {
      throw new InvalidBallot(Text.of("ballot.invalid.notEncrypted", e.getMessage()));
    }
  }

  /**
   * Refuses a ballot whose proofs do not hold for this election, its key, its candidates and how
   * many of them each of its questions chooses.
   */
  public void check(Election election, PublishedKey key, EncryptedBallot ballot) {
    BallotVerdict verdict =
        ballot.verify(election.id().value(), key.key().publicKey(), election.ballotLayout());
    if (!verdict.valid()) {
      throw new InvalidBallot(
          Text.of(
              "ballot.invalid.refused",
              Text.of("ballot.invalid." + verdict.failed().name(), verdict.candidate() + 1)));
    }
  }

  /**
   * What the no-JavaScript page gets: the server encrypts the chosen positions (0-based), with the
   * same proofs. The caller has checked that each question's count is within its bounds.
   */
  public EncryptedBallot encrypt(Election election, PublishedKey key, Set<Integer> chosen) {
    return EncryptedBallot.encrypt(
            election.id().value(), key.key().publicKey(), election.ballotLayout(), chosen, RANDOM)
        .ballot();
  }

  /**
   * Stores a checked ballot with its tracker and receipt. A ciphertext (its A) or tracker already
   * stored in this election refuses the whole ballot: a replayed or copied ballot.
   */
  public Ballot store(Election election, EncryptedBallot ballot, String encryptedBy) {
    String electionId = election.id().value();
    String tracker = Tracker.of(electionId, ballot);
    Ballot stored =
        Ballot.encrypted(
            RandomIds.next(),
            electionId,
            BallotJson.toJson(ballot).toString(),
            tracker,
            Tracker.shortForm(tracker),
            receipt(electionId, tracker, encryptedBy),
            encryptedBy);
    try {
      for (Ciphertext c : ballot.selections()) {
        em.createNativeQuery("insert into ballot_ciphertext (election_id, a) values (?1, ?2)")
            .setParameter(1, electionId)
            .setParameter(2, Group.pointHex(c.a()))
            .executeUpdate();
      }
      em.persist(stored);
      em.flush();
    } catch (PersistenceException failure) {
      if (!UniqueViolation.causes(failure)) {
        throw failure;
      }
      throw new InvalidBallot(Text.of("ballot.invalid.repeats"));
    }
    return stored;
  }

  /** The receipt key's Ed25519 signature, 128 hex digits, over the record's receipt message. */
  public String receipt(String electionId, String tracker, String encryptedBy) {
    return receipt(keys.signing(), electionId, tracker, encryptedBy);
  }

  static String receipt(Signing signing, String electionId, String tracker, String encryptedBy) {
    byte[] signature =
        signing.sign(
            Signing.utf8(RECEIPT_TAG),
            Signing.utf8(electionId),
            Signing.utf8(tracker),
            Signing.utf8(encryptedBy));
    return HexFormat.of().formatHex(signature);
  }

  /** The public key receipts verify with, 64 hex digits. */
  public String receiptKey() {
    return HexFormat.of().formatHex(keys.signing().publicKey());
  }
}
