package org.securevote.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Puts sign-in accounts straight into the test database, the way an administrator's tools will. The
 * hash is written in the platform's PBKDF2 format by independent code, so a sign-in with it also
 * checks that the identity store reads that format.
 */
public final class TestAccounts {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ITERATIONS = 210_000;

  private TestAccounts() {}

  /** A fresh, active account with one role; returns its email. */
  public static String create(String role, String password) {
    return create(role, password, role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org");
  }

  /** A fresh, active account with one role and the given email; returns the email. */
  public static String create(String role, String password, String email) {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "")) {
      long id;
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into account (email, display_name, password_hash) values (?, ?, ?)"
                  + " returning id")) {
        insert.setString(1, email);
        insert.setString(2, "Test " + role.toLowerCase());
        insert.setString(3, pbkdf2(password));
        try (ResultSet key = insert.executeQuery()) {
          key.next();
          id = key.getLong(1);
        }
      }
      try (PreparedStatement grant =
          db.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
        grant.setLong(1, id);
        grant.setString(2, role);
        grant.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test account", e);
    }
    return email;
  }

  /** A verified voter with a password and a fresh voter ID; returns {voter ID, email}. */
  public static String[] createVoter(String password) {
    return createVoter(password, true);
  }

  /** A voter with a password, verified or not; returns {voter ID, email}. */
  public static String[] createVoter(String password, boolean verified) {
    String email = create("VOTER", password);
    String ref = "V-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement insert =
            db.prepareStatement(
                "insert into voter (account_id, voter_ref, verified_at, verification_method)"
                    + " select id, ?, case when ? then now() end, case when ? then 'test' end"
                    + " from account where email = ?")) {
      insert.setString(1, ref);
      insert.setBoolean(2, verified);
      insert.setBoolean(3, verified);
      insert.setString(4, email);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test voter", e);
    }
    return new String[] {ref, email};
  }

  /**
   * A fresh, usable password link for a new account without a password, stored as the application
   * stores one (only the SHA-256 of the token); returns the link's path.
   */
  public static String activationLink() {
    String email = create("VOTER", "unused-" + UUID.randomUUID());
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement insert =
            db.prepareStatement(
                "insert into activation_token (token_hash, account_id, expires_at)"
                    + " select ?, id, now() + interval '1 hour' from account where email = ?")) {
      insert.setString(
          1,
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(token.getBytes(StandardCharsets.UTF_8))));
      insert.setString(2, email);
      insert.executeUpdate();
    } catch (SQLException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not create a password link", e);
    }
    return "/public/activate.xhtml?token=" + token;
  }

  static String pbkdf2(String password) {
    return pbkdf2(password, ITERATIONS);
  }

  /**
   * The same format with fewer iterations: the stored hash names its count and the identity store
   * honours it, so a benchmark's many voters sign in without the server's full PBKDF2 cost.
   */
  static String pbkdf2(String password, int iterations) {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    try {
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
