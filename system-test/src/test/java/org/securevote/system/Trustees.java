package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securevote.it.TrusteeWork;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.Ballots;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;

/**
 * Trustees over HTTP for system tests: a k-of-n ceremony and encrypted ballots written to the test
 * database (what the ceremony pages and the ballot page store), then each trustee signs in,
 * downloads BALLOTS.json, checks and adds it up with the tool's own code and sends its partial
 * decryptions, as `trustee decrypt` and the trustee page would.
 */
final class Trustees {
  static final String PASSWORD = "trustee-password-not-secret";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Trustees() {}

  /** A draft election's completed ceremony: the trustees' accounts, shares and the key. */
  record KeyCeremony(List<String> emails, List<BigInteger> shares, ElectionKey key) {}

  /** Appoints n new trustee accounts, stores their public files and adopts K (draft only). */
  static KeyCeremony complete(String electionId, int k, int n) {
    List<Polynomial> polynomials = new ArrayList<>();
    List<PublicFile> files = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    try (Connection db = connect()) {
      update(
          db,
          "update election set trustee_count = ?, threshold = ? where id = ?",
          n,
          k,
          electionId);
      for (int i = 1; i <= n; i++) {
        String email = TestAccounts.create("TRUSTEE", PASSWORD);
        emails.add(email);
        Polynomial polynomial = Polynomial.random(k, RANDOM);
        polynomials.add(polynomial);
        PublicFile file =
            new PublicFile(
                new Ceremony(electionId, n, k, i),
                TrusteePublicKey.publish(electionId, i, KeyPair.generate(RANDOM), RANDOM),
                polynomial.commit(electionId, i, RANDOM));
        files.add(file);
        update(
            db,
            "insert into trustee (election_id, trustee_index, account_id, public_file, confirmed)"
                + " select ?, ?, id, ?, true from account where email = ?",
            electionId,
            i,
            JsonFiles.text(file.toJson()),
            email);
      }
      Ceremony ceremony = new Ceremony(electionId, n, k, 1);
      ElectionKey key = PublicFiles.of(ceremony, files).electionKey();
      update(
          db,
          "update election set public_key = ?, fingerprint = ? where id = ?",
          Group.pointHex(key.publicKey()),
          CeremonyFingerprint.of(ceremony, files).hex(),
          electionId);
      List<BigInteger> shares = new ArrayList<>();
      for (int j = 1; j <= n; j++) {
        BigInteger share = BigInteger.ZERO;
        for (Polynomial p : polynomials) {
          share = share.add(p.at(j));
        }
        shares.add(share.mod(Group.ORDER));
      }
      return new KeyCeremony(emails, shares, key);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stores an encrypted ballot per choice (0-based) and a participation per voter, as casting does;
   * the receipt is random here (the receipts are the ballot box's business).
   */
  static void cast(String electionId, ElectionKey key, int candidates, Map<String, Integer> votes) {
    try (Connection db = connect()) {
      for (Map.Entry<String, Integer> vote : votes.entrySet()) {
        EncryptedBallot ballot =
            EncryptedBallot.encrypt(
                    electionId, key.publicKey(), candidates, vote.getValue(), RANDOM)
                .ballot();
        String tracker = Tracker.of(electionId, ballot);
        byte[] receipt = new byte[64];
        RANDOM.nextBytes(receipt);
        update(
            db,
            "insert into ballot (id, election_id, tracker, content, short_tracker, receipt,"
                + " encrypted_by) values (?, ?, ?, ?, ?, ?, 'voter')",
            UUID.randomUUID().toString().replace("-", ""),
            electionId,
            tracker,
            JsonFiles.text(BallotJson.toJson(ballot)),
            Tracker.shortForm(tracker),
            HexFormat.of().formatHex(receipt));
        for (Ciphertext c : ballot.selections()) {
          update(
              db,
              "insert into ballot_ciphertext (election_id, a) values (?, ?)",
              electionId,
              Group.pointHex(c.a()));
        }
        update(
            db,
            "insert into participation (election_id, account_id)"
                + " select ?, id from account where email = ?",
            electionId,
            vote.getKey());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trustee j's BALLOTS.json, downloaded as the trustee page's link does. */
  static Path download(WebSession trustee, String electionId) {
    HttpResponse<String> ballots =
        trustee.get("/api/trustee/elections/" + electionId + "/decryption/ballots");
    assertEquals(200, ballots.statusCode(), ballots.body());
    try {
      Path file = Files.createTempFile("BALLOTS", ".json");
      Files.writeString(file, ballots.body(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What `trustee decrypt` writes for trustee j: the ballots file read and every ballot checked by
   * the tool's own reader, the sums it adds up itself, each partially decrypted with a proof.
   */
  static String decrypt(Path ballotsFile, ElectionKey key, int trustee, BigInteger share) {
    Ballots ballots = Ballots.read(ballotsFile);
    return TrusteeWork.partials(
        key, trustee, share, ballots.candidates(), ballots.sums(key, ballotsFile));
  }

  /**
   * These trustees (1-based) of the ceremony each sign in, download BALLOTS.json, decrypt it with
   * the tool's reader and send their partial decryptions, which the server takes.
   */
  static void decryptAndSend(KeyCeremony ceremony, String electionId, int... trustees) {
    for (int trustee : trustees) {
      WebSession session = new WebSession();
      session.signIn(ceremony.emails().get(trustee - 1), PASSWORD);
      String partials =
          decrypt(
              download(session, electionId),
              ceremony.key(),
              trustee,
              ceremony.shares().get(trustee - 1));
      HttpResponse<String> sent = send(session, electionId, partials);
      assertEquals(200, sent.statusCode(), sent.body());
    }
  }

  /** Sends a partial decryptions file to the API, as a scripted trustee would. */
  static HttpResponse<String> send(WebSession trustee, String electionId, String file) {
    return trustee.send(
        "POST",
        "/api/trustee/elections/" + electionId + "/decryption/partials",
        "application/json",
        file,
        Map.of("Origin", origin()));
  }

  static String origin() {
    java.net.URI uri = Deployed.url("/");
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
