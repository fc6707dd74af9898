package org.securevote.account;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.account.boundary.AccountDirectory;
import org.securevote.account.boundary.AccountSummary;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.system.Deployed;

/** The boundary's own {@code @RolesAllowed}, whatever a page or URL constraint allows. */
@ExtendWith(ArquillianExtension.class)
class AccountDirectoryRolesIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "account-roles-it.war")
        .addPackage(AccountDirectory.class.getPackage())
        .addClasses(Account.class, Role.class, Role.Names.class, Deployed.class)
        .addClasses(org.securevote.platform.Text.class) // roles are named by a Text
        .addClasses(AsVoter.class, AsAdmin.class)
        .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /** Calls the directory in the VOTER role. */
  @Stateless
  @RunAs(Role.Names.VOTER)
  public static class AsVoter {
    @Inject AccountDirectory directory;

    public List<AccountSummary> accounts() {
      return directory.staff();
    }
  }

  /** Calls the directory in the ADMIN role. */
  @Stateless
  @RunAs(Role.Names.ADMIN)
  public static class AsAdmin {
    @Inject AccountDirectory directory;

    public List<AccountSummary> accounts() {
      return directory.staff();
    }
  }

  @Inject AsVoter voter;
  @Inject AsAdmin admin;

  @Test
  void voterCallingAnAdministratorsMethodIsRefused() {
    assertThrows(EJBAccessException.class, () -> voter.accounts());
  }

  @Test
  void administratorReadsTheAccountsFromPostgresql() {
    List<AccountSummary> accounts = admin.accounts();
    assertTrue(
        accounts.stream().anyMatch(a -> a.roles().contains(Role.ADMIN)),
        "the first administrator is listed: " + accounts);
  }
}
