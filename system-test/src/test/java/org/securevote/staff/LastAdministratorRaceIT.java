package org.securevote.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.staff.boundary.StaffRefused;
import org.securevote.staff.boundary.StaffRoster;

/**
 * Two administrators deactivating each other at the same moment, when they are the only two: one
 * must be refused, or nobody could administer any more. The other administrators of the test
 * database are deactivated for the test and reactivated after it.
 */
@ExtendWith(ArquillianExtension.class)
class LastAdministratorRaceIT {
  private static final int ROUNDS = 12;

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("last-admin-race-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject StaffRoster roster;
  @Inject Fixtures fixtures;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void twoAdministratorsRemovingEachOtherAtOnceLeaveOne() throws Exception {
    String first = administrator();
    String second = administrator();
    List<Object> others =
        fixtures
            .rows(
                "select a.id from account a join account_role r on r.account_id = a.id"
                    + " where r.role = 'ADMIN' and a.active and a.password_hash is not null"
                    + " and a.email not in (?, ?)",
                first,
                second)
            .stream()
            .map(r -> r[0])
            .toList();
    others.forEach(id -> fixtures.sql("update account set active = false where id = ?", id));
    try {
      for (int round = 0; round < ROUNDS; round++) {
        fixtures.sql("update account set active = true where email in (?, ?)", first, second);
        CountDownLatch start = new CountDownLatch(1);
        Future<Boolean> one = executor.submit(() -> deactivated(start, first));
        Future<Boolean> two = executor.submit(() -> deactivated(start, second));
        start.countDown();

        int done = (one.get() ? 1 : 0) + (two.get() ? 1 : 0);

        assertEquals(1, done, "round " + round + ": exactly one deactivation goes through");
        assertEquals(
            1,
            fixtures
                .rows("select 1 from account where active and email in (?, ?)", first, second)
                .size(),
            "round " + round + ": one administrator is left");
      }
    } finally {
      others.forEach(id -> fixtures.sql("update account set active = true where id = ?", id));
    }
  }

  private boolean deactivated(CountDownLatch start, String email) throws Exception {
    start.await();
    try {
      admin.call(() -> roster.deactivate(email));
      return true;
    } catch (StaffRefused refused) {
      return false;
    }
  }

  /** A fresh active administrator with a (dummy) password hash; its email. */
  private String administrator() {
    String email = "race-" + UUID.randomUUID() + "@example.org";
    fixtures.sql(
        "insert into account (email, display_name, password_hash) values (?, 'Race', 'x')", email);
    fixtures.sql(
        "insert into account_role (account_id, role)"
            + " select id, 'ADMIN' from account where email = ?",
        email);
    return email;
  }
}
