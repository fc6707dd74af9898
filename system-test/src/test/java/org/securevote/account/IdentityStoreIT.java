package org.securevote.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.account.control.PasswordHashing;
import org.securevote.account.entity.Role;
import org.securevote.web.security.SecurityConfiguration;

/** The application's database identity store, inside Payara, against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class IdentityStoreIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "identity-store-it.war")
        .addClasses(
            SecurityConfiguration.class, PasswordHashing.class, Role.class, Role.Names.class)
        .addClasses(org.securevote.platform.Text.class) // roles are named by a Text
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject IdentityStoreHandler identityStore;
  @Inject PasswordHashing passwords;

  @Resource(lookup = "jdbc/voting")
  DataSource database;

  @Test
  void acceptsTheRightPasswordAndReportsTheRoles() throws Exception {
    String email = account("correct horse battery staple", true);

    CredentialValidationResult result =
        identityStore.validate(
            new UsernamePasswordCredential(email, "correct horse battery staple"));

    assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
    assertEquals(email, result.getCallerPrincipal().getName());
    assertTrue(result.getCallerGroups().contains("VOTER"), result.getCallerGroups().toString());
  }

  @Test
  void rejectsAWrongPassword() throws Exception {
    String email = account("correct horse battery staple", true);

    CredentialValidationResult result =
        identityStore.validate(new UsernamePasswordCredential(email, "correct horse battery"));

    assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
  }

  @Test
  void rejectsADeactivatedAccountEvenWithItsPassword() throws Exception {
    String email = account("correct horse battery staple", false);

    CredentialValidationResult result =
        identityStore.validate(
            new UsernamePasswordCredential(email, "correct horse battery staple"));

    assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
  }

  @Test
  void comparesTheEmailWithoutRegardToCase() throws Exception {
    String email = account("correct horse battery staple", true);

    CredentialValidationResult result =
        identityStore.validate(
            new UsernamePasswordCredential(email.toUpperCase(), "correct horse battery staple"));

    assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
  }

  private String account(String password, boolean active) throws Exception {
    String email = "store-" + UUID.randomUUID() + "@example.org";
    try (Connection db = database.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into account (email, display_name, password_hash, active)"
                    + " values (?, 'Store test', ?, ?) returning id");
        PreparedStatement grant =
            db.prepareStatement(
                "insert into account_role (account_id, role) values (?, 'VOTER')")) {
      insert.setString(1, email);
      insert.setString(2, passwords.hash(password.toCharArray()));
      insert.setBoolean(3, active);
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        grant.setLong(1, id.getLong(1));
      }
      grant.executeUpdate();
    }
    return email;
  }
}
