package org.securevote.system;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;

/**
 * A one-trustee key ceremony, done with the trustees' own library and written straight into the
 * test database for a draft election: what the trustee pages will do over HTTP. Ballots are
 * encrypted to the key it gives the election.
 */
final class TestCeremony {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TestCeremony() {}

  static void complete(String electionId) {
    String email = TestAccounts.create("TRUSTEE", "unused-" + UUID.randomUUID());
    Ceremony ceremony = new Ceremony(electionId, 1, 1, 1);
    PublicFile file =
        new PublicFile(
            ceremony,
            TrusteePublicKey.publish(electionId, 1, KeyPair.generate(RANDOM), RANDOM),
            Polynomial.random(1, RANDOM).commit(electionId, 1, RANDOM));
    String key = Group.pointHex(PublicFiles.of(ceremony, List.of(file)).electionKey().publicKey());
    String fingerprint = CeremonyFingerprint.of(ceremony, List.of(file)).hex();
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "")) {
      db.setAutoCommit(false);
      try (PreparedStatement terms =
          db.prepareStatement(
              "update election set trustee_count = 1, threshold = 1 where id = ?"
                  + " and status = 'DRAFT'")) {
        terms.setString(1, electionId);
        if (terms.executeUpdate() != 1) {
          throw new IllegalStateException("election " + electionId + " is not a draft");
        }
      }
      try (PreparedStatement trustee =
          db.prepareStatement(
              "insert into trustee (election_id, trustee_index, account_id, public_file, confirmed)"
                  + " select ?, 1, id, ?, true from account where email = ?")) {
        trustee.setString(1, electionId);
        trustee.setString(2, JsonFiles.text(file.toJson()));
        trustee.setString(3, email);
        trustee.executeUpdate();
      }
      try (PreparedStatement adopt =
          db.prepareStatement("update election set public_key = ?, fingerprint = ? where id = ?")) {
        adopt.setString(1, key);
        adopt.setString(2, fingerprint);
        adopt.setString(3, electionId);
        adopt.executeUpdate();
      }
      db.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not complete the test ceremony", e);
    }
  }
}
